package org.coopera.report;

import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.coopera.report.ActionPlanReportData.Bulletin;
import org.coopera.report.ActionPlanReportData.MeasureLine;
import org.coopera.report.ActionPlanReportData.ObjectiveSection;
import org.coopera.report.ActionPlanReportData.StatusCounts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The action-plan progress report as an editable Word document (Apache POI), with the wording and
 * the parts of the PDF; headings in Word's heading styles and a table of contents.
 */
@Component
class ActionPlanReportDocx {

    private final MessageSource messages;

    ActionPlanReportDocx(MessageSource messages) {
        this.messages = messages;
    }

    byte[] docx(ActionPlanReportData r, Locale locale) {
        ReportTexts t = new ReportTexts(messages, locale);
        try (DocxWriter doc = new DocxWriter(locale, t.t("report.plan.title", r.year()))) {
            doc.text(t.t("report.brand"), 11, true, DocxWriter.BLUE);
            doc.heading(DocxWriter.TITLE, t.t("report.plan.title", r.year()), false);
            doc.text(r.policyTitle(locale), 13, false, null);
            doc.text(t.t("report.plan.cover.plan", r.planTitle(locale)), 13, false, null);
            doc.text(t.t("report.plan.cover.year", r.year()), 13, false, null);
            doc.text(t.t("report.generated", t.date(r.generatedOn())), 10, false, "555555");
            doc.tableOfContents(t.t("report.toc"), t.t("report.docx.toc-placeholder"));
            summary(doc, r, t);
            for (ObjectiveSection objective : r.objectives()) {
                objective(doc, r, objective, t);
            }
            bulletins(doc, r, t);
            return doc.bytes();
        }
    }

    private static void summary(DocxWriter doc, ActionPlanReportData r, ReportTexts t) {
        doc.heading(DocxWriter.HEADING_1, t.t("report.plan.section.summary"), true);
        var y = r.progressReport();
        if (y == null) {
            doc.text(t.t("report.plan.report.none", r.year()));
        } else {
            doc.text(y.title(t.locale()), 10, true, null);
            doc.text(y.publishedOn() != null ? t.t("report.plan.report.published", y.version(), t.date(y.publishedOn()))
                    : t.t("report.plan.report.state", y.version(), t.reportStatus(y.status())), 10, false, "555555");
            if (y.summary() != null && !y.summary().isBlank()) {
                doc.text(y.summary());
            }
        }
        StatusCounts c = r.counts();
        doc.heading(DocxWriter.HEADING_2, t.t("report.plan.counts.heading"), false);
        doc.text(t.t("report.plan.counts.lead", c.total(), c.done(), c.inProgress()));
        XWPFTable table = doc.table(t.t("report.plan.col.objective"), t.t("policy.status.DONE"),
                t.t("policy.status.IN_PROGRESS"), t.t("policy.status.NOT_STARTED"), t.t("policy.status.ABANDONED"),
                t.t("policy.status.none"), t.t("report.col.total"));
        for (ObjectiveSection o : r.objectives()) {
            counts(table, t.t("report.plan.objective.short", o.number()), o.counts());
        }
        counts(table, t.t("report.col.total"), c);
    }

    private static void counts(XWPFTable table, String label, StatusCounts c) {
        DocxWriter.row(table, label, Integer.toString(c.done()), Integer.toString(c.inProgress()),
                Integer.toString(c.notStarted()), Integer.toString(c.abandoned()), Integer.toString(c.notReported()),
                Integer.toString(c.total()));
    }

    private static void objective(DocxWriter doc, ActionPlanReportData r, ObjectiveSection o, ReportTexts t) {
        doc.heading(DocxWriter.HEADING_1, t.t("report.plan.objective.heading", o.number(), o.title(t.locale())), true);
        StatusCounts k = o.counts();
        doc.text(t.t("report.plan.objective.counts", k.total(), k.done(), k.inProgress(),
                k.notStarted() + k.abandoned() + k.notReported()), 10, false, "555555");
        if (o.measures().isEmpty()) {
            doc.text(t.t("report.none"));
        }
        for (MeasureLine m : o.measures()) {
            doc.heading(DocxWriter.HEADING_2, t.t("report.plan.measure.code", m.code()) + " " + m.title(t.locale()),
                    false);
            doc.text(t.t("report.plan.measure.status", t.measureStatus(m.status())));
            if (m.leadOrganisation() != null) {
                doc.text(t.t("report.plan.measure.lead", m.leadOrganisation()));
            }
            if (!m.partners().isEmpty()) {
                doc.text(t.t("report.plan.measure.partners", String.join(", ", m.partners())));
            }
            if (m.narrative() == null || m.narrative().isBlank()) {
                doc.text(t.t("report.plan.measure.no-narrative"), 10, false, "666666");
            } else {
                doc.text(t.t("report.plan.measure.narrative", r.year()), 10, true, null);
                doc.text(m.narrative());
                if (!m.evidenceLinks().isEmpty()) {
                    doc.text(t.t("report.plan.measure.evidence", String.join(" ", m.evidenceLinks())), 9, false,
                            "555555");
                }
            }
        }
    }

    private static void bulletins(DocxWriter doc, ActionPlanReportData r, ReportTexts t) {
        doc.heading(DocxWriter.HEADING_1, t.t("report.plan.section.bulletins"), true);
        if (r.bulletins().isEmpty()) {
            doc.text(t.t("report.plan.bulletins.none"));
        }
        for (Bulletin b : r.bulletins()) {
            doc.heading(DocxWriter.HEADING_2, t.t("report.highlight.title", t.date(b.date()), b.title()), false);
            java.util.List<String> about = new java.util.ArrayList<>();
            if (b.aboutReport()) {
                about.add(t.t("report.plan.subject.report", r.year()));
            }
            if (b.aboutPlan()) {
                about.add(t.t("report.plan.subject.plan"));
            }
            if (!b.measures().isEmpty()) {
                about.add(t.t("report.plan.subject.measures", String.join(", ", b.measures())));
            }
            doc.text(t.t("report.highlight.about") + " " + String.join(", ", about), 10, false, "555555");
        }
        doc.text(t.t("report.data-as-of", t.date(r.generatedOn())), 10, false, "555555");
    }
}
