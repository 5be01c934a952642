package org.coopera.policy;

import java.util.List;

/** A measure's progress in one reporting year, from one version of the year's report. */
public record YearlyProgress(long progressId, long reportId, int reportVersion, ReportStatus reportStatus,
                             int reportingStartYear, MeasureStatus status, String narrative,
                             List<String> evidenceLinks) {

    /** "2007-2008". */
    public String reportingYear() {
        return Texts.year(reportingStartYear);
    }
}
