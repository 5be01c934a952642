package org.coopera.bulletin;

/** A related link: a label and an http or https address. */
public record BulletinLink(String label, String url) {
}
