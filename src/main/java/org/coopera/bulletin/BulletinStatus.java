package org.coopera.bulletin;

/** Drafts are seen by editors only; published bulletins by everyone signed in. */
public enum BulletinStatus {
    DRAFT, PUBLISHED
}
