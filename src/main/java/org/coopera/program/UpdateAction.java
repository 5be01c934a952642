package org.coopera.program;

/** A step in a status update's life, recorded with who did it, when and why. */
public enum UpdateAction {
    CREATED, SUBMITTED, RETURNED, APPROVED
}
