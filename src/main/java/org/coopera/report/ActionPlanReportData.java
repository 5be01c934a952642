package org.coopera.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.coopera.policy.MeasureStatus;
import org.coopera.policy.ReportStatus;

/**
 * Everything the yearly progress report of an action plan shows (the shape of the published
 * « rapport d'étape »): per objective, the measures with their status and narrative for the year
 * and the counts per status, and the bulletins attached to the plan, to the year's progress report
 * and to the plan's measures.
 *
 * @param reportingYear the first year of the reporting year (2007 for 2007-2008)
 * @param progressReport the latest version of the year's progress report; null when none is written yet
 */
public record ActionPlanReportData(long actionPlanId, String policyTitleFr, String policyTitleEn, String planTitleFr,
                                   String planTitleEn, int startYear, int endYear, int reportingYear,
                                   LocalDate generatedOn, YearReport progressReport, StatusCounts counts,
                                   List<ObjectiveSection> objectives, List<Bulletin> bulletins) {

    /** "2006-2009". */
    public String period() {
        return startYear + "-" + endYear;
    }

    /** "2007-2008". */
    public String year() {
        return reportingYear + "-" + (reportingYear + 1);
    }

    public String policyTitle(Locale locale) {
        return ProgramReportData.english(locale) ? policyTitleEn : policyTitleFr;
    }

    public String planTitle(Locale locale) {
        return ProgramReportData.english(locale) ? planTitleEn : planTitleFr;
    }

    /** The year's progress report as written in Coopera. */
    public record YearReport(int version, String titleFr, String titleEn, ReportStatus status, LocalDate publishedOn,
                             String summary) {

        public String title(Locale locale) {
            return ProgramReportData.english(locale) ? titleEn : titleFr;
        }
    }

    /** How many measures are in each status for the year; {@code notReported}: no progress written for the year. */
    public record StatusCounts(int done, int inProgress, int notStarted, int abandoned, int notReported) {

        public int total() {
            return done + inProgress + notStarted + abandoned + notReported;
        }

        static StatusCounts of(List<MeasureLine> measures) {
            int[] n = new int[5];
            for (MeasureLine m : measures) {
                n[m.status() == null ? 4 : switch (m.status()) {
                    case DONE -> 0;
                    case IN_PROGRESS -> 1;
                    case NOT_STARTED -> 2;
                    case ABANDONED -> 3;
                }]++;
            }
            return new StatusCounts(n[0], n[1], n[2], n[3], n[4]);
        }
    }

    /** An objective of the policy with its measures in the plan, by code. */
    public record ObjectiveSection(int number, String titleFr, String titleEn, StatusCounts counts,
                                   List<MeasureLine> measures) {

        public String title(Locale locale) {
            return ProgramReportData.english(locale) ? titleEn : titleFr;
        }
    }

    /**
     * A measure with its status and narrative for the year (null when not reported).
     *
     * @param evidenceLinks http(s) addresses given as evidence
     */
    public record MeasureLine(String code, String titleFr, String titleEn, String leadOrganisation,
                              List<String> partners, MeasureStatus status, String narrative,
                              List<String> evidenceLinks) {

        public String title(Locale locale) {
            return ProgramReportData.english(locale) ? titleEn : titleFr;
        }
    }

    /** A published bulletin attached to the plan, the year's report or measures (their codes in {@code measures}). */
    public record Bulletin(long id, LocalDate date, String title, String language, boolean aboutPlan,
                           boolean aboutReport, List<String> measures) {
    }
}
