package org.coopera.policy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.policy.ProgressReportRecord;
import org.coopera.policy.ReportStatus;

/** A report's year, plan, version and status (a badge), its publication date, and whether it is frozen. */
class ReportState extends Div {

    ReportState(ProgressReportRecord report) {
        var line = new Paragraph();
        line.setId("report-state");
        line.add(new Span(getTranslation("policy.ui.report.state", report.reportingYear(), report.actionPlanPeriod(),
                report.reportVersion())), new Span(" "), PolicyUi.badge(this, report.status()));
        if (report.publishedOn() != null) {
            line.add(new Span(" " + getTranslation("policy.ui.report.published-on",
                    LocalizedDates.date(report.publishedOn(), getLocale()))));
        }
        add(line);
        if (report.status() == ReportStatus.PUBLISHED) {
            var frozen = new Paragraph(getTranslation(report.latest() ? "policy.ui.report.frozen"
                    : "policy.ui.report.superseded"));
            frozen.setId("report-frozen");
            add(frozen);
        }
    }
}
