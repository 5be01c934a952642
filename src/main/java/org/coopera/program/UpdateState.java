package org.coopera.program;

/** Where a status update is in its review. Only approved updates count in dashboards and reports. */
public enum UpdateState {
    DRAFT, SUBMITTED, RETURNED, APPROVED;

    /** Its author may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
