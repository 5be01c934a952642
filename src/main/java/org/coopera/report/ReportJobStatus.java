package org.coopera.report;

/** Where a report generation job stands. */
public enum ReportJobStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
