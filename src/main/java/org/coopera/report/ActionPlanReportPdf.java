package org.coopera.report;

import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The action-plan progress report as PDF: the HTML/CSS template {@code reports/action-plan-report.html}
 * filled by Thymeleaf and rendered like the programme report (same fonts and typography).
 */
@Component
class ActionPlanReportPdf {

    private final ProgramReportPdf renderer;

    ActionPlanReportPdf(ProgramReportPdf renderer) {
        this.renderer = renderer;
    }

    String html(ActionPlanReportData data, Locale locale) {
        return renderer.html("action-plan-report", data, locale);
    }

    byte[] pdf(ActionPlanReportData data, Locale locale) {
        return renderer.render(html(data, locale));
    }
}
