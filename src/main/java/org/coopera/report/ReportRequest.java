package org.coopera.report;

import java.util.Set;

/**
 * What a user asks for: a programme report ({@code programId}) or an action-plan report
 * ({@code actionPlanId} and the first year of the reporting year, 2007 for 2007-2008), in one
 * language ("fr" or "en") and one or both formats (one archived document per format).
 */
public record ReportRequest(ReportKind kind, Long programId, Long actionPlanId, Integer reportingYear, String language,
                            Set<ReportFormat> formats) {

    public static ReportRequest program(long programId, String language, Set<ReportFormat> formats) {
        return new ReportRequest(ReportKind.PROGRAM, programId, null, null, language, formats);
    }

    public static ReportRequest actionPlan(long actionPlanId, int reportingYear, String language,
                                           Set<ReportFormat> formats) {
        return new ReportRequest(ReportKind.ACTION_PLAN, null, actionPlanId, reportingYear, language, formats);
    }
}
