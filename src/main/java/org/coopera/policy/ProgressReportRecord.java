package org.coopera.policy;

import java.time.LocalDate;
import java.util.Locale;

/** A version of a progress report. {@code latest} is false once a newer version exists. */
public record ProgressReportRecord(long id, long version, long actionPlanId, String actionPlanPeriod,
                                   int reportingStartYear, int reportVersion, String titleFr, String titleEn,
                                   String summary, ReportStatus status, LocalDate publishedOn, Long documentFileId, boolean latest) {

    public String title(Locale locale) {
        return Texts.pick(locale, titleFr, titleEn);
    }

    /** "2007-2008". */
    public String reportingYear() {
        return Texts.year(reportingStartYear);
    }

    public boolean editable() {
        return status != ReportStatus.PUBLISHED;
    }
}
