package org.coopera.program;

/** A project's status, after the IATI activity status codelist (code 1 to 6). */
public enum ProjectStatus {
    PIPELINE(1), IMPLEMENTATION(2), FINALISATION(3), CLOSED(4), CANCELLED(5), SUSPENDED(6);

    private final int iatiCode;

    ProjectStatus(int iatiCode) {
        this.iatiCode = iatiCode;
    }

    /** The IATI ActivityStatus code. */
    public int iatiCode() {
        return iatiCode;
    }
}
