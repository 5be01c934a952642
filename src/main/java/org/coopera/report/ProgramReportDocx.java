package org.coopera.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.coopera.report.ProgramReportData.AnnexLine;
import org.coopera.report.ProgramReportData.CoChair;
import org.coopera.report.ProgramReportData.Highlight;
import org.coopera.report.ProgramReportData.ProjectLine;
import org.coopera.report.ProgramReportData.SectorCount;
import org.coopera.report.ProgramReportData.SectorSection;
import org.coopera.report.ProgramReportData.StatusCount;
import org.coopera.report.ProgramReportData.Summary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The biennial programme report as an editable Word document (DOCX, Apache POI), with the same
 * wording (i18n/report) and the same parts as the PDF.
 */
@Component
class ProgramReportDocx {

    private static final String FONT = "DejaVu Sans";
    private static final String BLUE = "1D4F91";

    private final MessageSource messages;

    ProgramReportDocx(MessageSource messages) {
        this.messages = messages;
    }

    byte[] docx(ProgramReportData r, Locale locale) {
        ReportTexts t = new ReportTexts(messages, locale);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            cover(doc, r, t);
            group(doc, r, t);
            summary(doc, r.summary(), t);
            projects(doc, r, t);
            highlights(doc, r, t);
            annex(doc, r, t);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cover(XWPFDocument doc, ProgramReportData r, ReportTexts t) {
        text(doc, t.t("report.brand"), 11, true, BLUE);
        text(doc, t.t("report.program.title", r.workingGroup().acronym(), r.period()), 22, true, BLUE);
        text(doc, r.workingGroup().name(t.locale()), 13, false, null);
        text(doc, t.t("report.cover.partner", r.workingGroup().partner(t.locale())), 13, false, null);
        text(doc, t.t("report.cover.period", r.period()), 13, false, null);
        text(doc, t.t("report.generated", t.date(r.generatedOn())), 10, false, "555555");
    }

    private static void group(XWPFDocument doc, ProgramReportData r, ReportTexts t) {
        chapter(doc, t.t("report.section.group"));
        heading(doc, t.t("report.group.cochairs"));
        if (r.coChairs().isEmpty()) {
            text(doc, t.t("report.none"));
        } else {
            XWPFTable table = table(doc, t.t("report.col.side"), t.t("report.col.name"), t.t("report.col.title"));
            for (CoChair c : r.coChairs()) {
                row(table, c.quebec() ? t.t("report.side.quebec") : r.workingGroup().partner(t.locale()), c.name(),
                        c.title());
            }
        }
        heading(doc, t.t("report.group.adoption"));
        text(doc, r.adoptedAt() == null ? t.t("report.group.not-adopted") : t.t("report.group.adopted",
                r.adoptedAt().number(), t.date(r.adoptedAt().date()), r.adoptedAt().place()));
        heading(doc, t.t("report.group.priorities"));
        text(doc, r.priorities() == null || r.priorities().isBlank() ? t.t("report.none") : r.priorities());
        heading(doc, t.t("report.group.themes"));
        if (r.themes().isEmpty()) {
            text(doc, t.t("report.none"));
        }
        r.themes().forEach(theme -> text(doc, "• " + t.theme(theme)));
    }

    private static void summary(XWPFDocument doc, Summary s, ReportTexts t) {
        chapter(doc, t.t("report.section.summary"));
        text(doc, t.t("report.summary.lead", s.adopted(), s.current()));
        heading(doc, t.t("report.summary.by-sector"));
        XWPFTable sectors = table(doc, t.t("report.col.sector"), t.t("report.col.adopted"), t.t("report.col.current"));
        for (SectorCount c : s.bySector()) {
            row(sectors, c.name(t.locale()), Integer.toString(c.adopted()), Integer.toString(c.current()));
        }
        row(sectors, t.t("report.col.total"), Integer.toString(s.adopted()), Integer.toString(s.current()));
        heading(doc, t.t("report.summary.by-status"));
        XWPFTable statuses = table(doc, t.t("report.col.status"), t.t("report.col.adopted"), t.t("report.col.current"));
        for (StatusCount c : s.byStatus()) {
            row(statuses, t.status(c.status()), Integer.toString(c.adopted()), Integer.toString(c.current()));
        }
        heading(doc, t.t("report.summary.health"));
        XWPFTable health = table(doc, t.t("report.col.health"), t.t("report.col.projects"));
        s.byHealth().forEach(h -> row(health, t.health(h.health()), Integer.toString(h.projects())));
    }

    private static void projects(XWPFDocument doc, ProgramReportData r, ReportTexts t) {
        chapter(doc, t.t("report.section.projects"));
        for (SectorSection sector : r.sectors()) {
            heading(doc, t.t("report.sector.heading", sector.name(t.locale()), sector.projects().size()));
            for (ProjectLine p : sector.projects()) {
                text(doc, p.code() + " " + p.title(t.locale()), 10, true, null);
                text(doc, t.t("report.project.facts", t.status(p.status()), t.health(p.health()),
                        p.progressPercent() == null ? t.t("report.project.no-progress") : t.percent(p.progressPercent())));
                if (p.leadQuebec() != null) {
                    text(doc, t.t("report.project.lead-quebec", p.leadQuebec()));
                }
                if (p.leadPartner() != null) {
                    text(doc, t.t("report.project.lead-partner", p.leadPartner()));
                }
                if (!p.partners().isEmpty()) {
                    text(doc, t.t("report.project.others", String.join(", ", p.partners())));
                }
                if (p.narrative() == null) {
                    text(doc, t.t("report.project.no-update"), 10, false, "666666");
                } else {
                    text(doc, t.t("report.project.narrative", t.date(p.lastUpdate())), 10, true, null);
                    text(doc, p.narrative());
                }
            }
        }
    }

    private static void highlights(XWPFDocument doc, ProgramReportData r, ReportTexts t) {
        chapter(doc, t.t("report.section.highlights"));
        if (r.highlights().isEmpty()) {
            text(doc, t.t("report.highlights.none"));
        }
        for (Highlight h : r.highlights()) {
            text(doc, t.t("report.highlight.title", t.date(h.date()), h.title()), 10, true, null);
            text(doc, t.t("report.highlight.about") + " " + String.join(", ", h.subjects().stream()
                    .map(s -> t.t("report.subject." + s.kind().name(), s.label())).toList()));
        }
    }

    private static void annex(XWPFDocument doc, ProgramReportData r, ReportTexts t) {
        chapter(doc, t.t("report.section.annex"));
        text(doc, t.t("report.data-as-of", t.date(r.generatedOn())));
        annexPart(doc, t, "added", r.annex().added());
        annexPart(doc, t, "dropped", r.annex().dropped());
        annexPart(doc, t, "carried", r.annex().carriedOver());
    }

    private static void annexPart(XWPFDocument doc, ReportTexts t, String part, List<AnnexLine> lines) {
        heading(doc, t.t("report.annex." + part, lines.size()));
        if (lines.isEmpty()) {
            text(doc, t.t("report.none"));
            return;
        }
        XWPFTable table = table(doc, t.t("report.col.project"), t.t("report.col.status"));
        for (AnnexLine l : lines) {
            row(table, l.code() + " " + l.title(t.locale())
                    + (l.carriedFrom() == null ? "" : " — " + t.t("report.annex.carried-from", l.carriedFrom())),
                    t.status(l.status()));
        }
    }

    // ---- building blocks ----------------------------------------------------------------------

    private static void chapter(XWPFDocument doc, String title) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setPageBreak(true);
        run(paragraph, title, 16, true, BLUE);
    }

    private static void heading(XWPFDocument doc, String title) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setSpacingBefore(200);
        paragraph.setKeepNext(true);
        run(paragraph, title, 12, true, BLUE);
    }

    private static void text(XWPFDocument doc, String text) {
        text(doc, text, 10, false, null);
    }

    private static void text(XWPFDocument doc, String text, int size, boolean bold, String color) {
        run(doc.createParagraph(), text, size, bold, color);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, String color) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        if (color != null) {
            run.setColor(color);
        }
        String[] lines = text == null ? new String[] {""} : text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak(BreakType.TEXT_WRAPPING);
            }
            run.setText(lines[i]);
        }
        return run;
    }

    private static XWPFTable table(XWPFDocument doc, String... headers) {
        XWPFTable table = doc.createTable(1, headers.length);
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int i = 0; i < headers.length; i++) {
            XWPFParagraph cell = head.getCell(i).getParagraphs().getFirst();
            run(cell, headers[i], 10, true, null);
            head.getCell(i).setColor("E8EEF7");
        }
        return table;
    }

    private static void row(XWPFTable table, String... cells) {
        XWPFTableRow row = table.createRow();
        row.setCantSplitRow(true);
        for (int i = 0; i < cells.length; i++) {
            run(row.getCell(i).getParagraphs().getFirst(), cells[i], 10, false, null);
        }
    }
}
