package org.coopera.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.coopera.program.FundingTotal;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
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
 * wording (i18n/report) and the same parts as the PDF: Word heading styles (navigation pane), a
 * table-of-contents field, and the sector summary as a native Word chart with its table.
 */
@Component
class ProgramReportDocx {

    private static final String BLUE = DocxWriter.BLUE;

    private final MessageSource messages;

    ProgramReportDocx(MessageSource messages) {
        this.messages = messages;
    }

    byte[] docx(ProgramReportData r, Locale locale) {
        ReportTexts t = new ReportTexts(messages, locale);
        try (DocxWriter doc = new DocxWriter(locale, t.t("report.program.title", r.workingGroup().acronym(), r.period()))) {
            cover(doc, r, t);
            doc.tableOfContents(t.t("report.toc"), t.t("report.docx.toc-placeholder"));
            group(doc, r, t);
            summary(doc, r.summary(), t);
            regions(doc, r, t);
            funding(doc, r, t);
            projects(doc, r, t);
            highlights(doc, r, t);
            annex(doc, r, t);
            return doc.bytes();
        }
    }

    private static void cover(DocxWriter doc, ProgramReportData r, ReportTexts t) {
        text(doc, t.t("report.brand"), 11, true, BLUE);
        doc.heading(DocxWriter.TITLE, t.t("report.program.title", r.workingGroup().acronym(), r.period()), false);
        text(doc, r.workingGroup().name(t.locale()), 13, false, null);
        text(doc, t.t("report.cover.partner", r.workingGroup().partner(t.locale())), 13, false, null);
        text(doc, t.t("report.cover.period", r.period()), 13, false, null);
        text(doc, t.t("report.generated", t.date(r.generatedOn())), 10, false, "555555");
    }

    private static void group(DocxWriter doc, ProgramReportData r, ReportTexts t) {
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

    private static void summary(DocxWriter doc, Summary s, ReportTexts t) {
        chapter(doc, t.t("report.section.summary"));
        text(doc, t.t("report.summary.lead", s.adopted(), s.current()));
        heading(doc, t.t("report.summary.by-sector"));
        sectorChart(doc, s, t);
        XWPFTable sectors = table(doc, t.t("report.col.sector"), t.t("report.col.adopted"), t.t("report.col.current"));
        for (SectorCount c : s.bySector()) {
            row(sectors, c.name(t.locale()), Integer.toString(c.adopted()), Integer.toString(c.current()));
        }
        row(sectors, t.t("report.col.total"), Integer.toString(s.adopted()), Integer.toString(s.current()));
        heading(doc, t.t("report.summary.by-status"));
        if (s.byStatus().isEmpty()) {
            text(doc, t.t("report.none"));
        } else {
            XWPFTable statuses = table(doc, t.t("report.col.status"), t.t("report.col.adopted"),
                    t.t("report.col.current"));
            for (StatusCount c : s.byStatus()) {
                row(statuses, t.status(c.status()), Integer.toString(c.adopted()), Integer.toString(c.current()));
            }
        }
        heading(doc, t.t("report.summary.health"));
        if (s.byHealth().isEmpty()) {
            text(doc, t.t("report.none"));
        } else {
            XWPFTable health = table(doc, t.t("report.col.health"), t.t("report.col.projects"));
            s.byHealth().forEach(h -> row(health, t.health(h.health()), Integer.toString(h.projects())));
        }
    }

    /** The current projects per Québec region, and how many state none. */
    private static void regions(DocxWriter doc, ProgramReportData r, ReportTexts t) {
        heading(doc, t.t("report.summary.regions"));
        text(doc, t.t("report.regions.lead", r.regions().withoutRegion()));
        if (!r.regions().byRegion().isEmpty()) {
            XWPFTable regions = table(doc, t.t("report.col.region"), t.t("report.col.projects"));
            r.regions().byRegion().forEach(g -> row(regions, g.name(t.locale()), Integer.toString(g.projects())));
        }
    }

    /** The amounts approved, committed and paid per fiscal year, with the total. */
    private static void funding(DocxWriter doc, ProgramReportData r, ReportTexts t) {
        heading(doc, t.t("report.summary.funding"));
        FundingTotal all = r.fundingTotal();
        if (all == null) {
            text(doc, t.t("report.funding.none"));
        } else {
            text(doc, t.t("report.funding.lead", t.money(all.approved()), t.money(all.paid()), all.projects()));
            XWPFTable funding = table(doc, t.t("report.col.fiscal-year"), t.t("report.col.funded"),
                    t.t("report.col.approved"), t.t("report.col.committed"), t.t("report.col.paid"));
            for (FundingTotal y : r.fundingYears()) {
                row(funding, t.fiscalYear(y.fiscalYear()), Long.toString(y.projects()), t.money(y.approved()),
                        t.money(y.committed()), t.money(y.paid()));
            }
            row(funding, t.t("report.col.total"), Long.toString(all.projects()), t.money(all.approved()),
                    t.money(all.committed()), t.money(all.paid()));
        }
    }

    private static void projects(DocxWriter doc, ProgramReportData r, ReportTexts t) {
        chapter(doc, t.t("report.section.projects"));
        for (SectorSection sector : r.sectors()) {
            heading(doc, t.t("report.sector.heading", sector.name(t.locale()), sector.projects().size()));
            for (ProjectLine p : sector.projects()) {
                doc.heading(DocxWriter.HEADING_3, p.code() + " " + p.title(t.locale()), false);
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

    private static void highlights(DocxWriter doc, ProgramReportData r, ReportTexts t) {
        chapter(doc, t.t("report.section.highlights"));
        if (r.highlights().isEmpty()) {
            text(doc, t.t("report.highlights.none"));
        }
        for (Highlight h : r.highlights()) {
            heading(doc, t.t("report.highlight.title", t.date(h.date()), h.title()));
            text(doc, t.t("report.highlight.about") + " " + String.join(", ", h.subjects().stream()
                    .map(s -> t.t("report.subject." + s.kind().name(), s.label())).toList()));
        }
    }

    private static void annex(DocxWriter doc, ProgramReportData r, ReportTexts t) {
        chapter(doc, t.t("report.section.annex"));
        text(doc, t.t("report.data-as-of", t.date(r.generatedOn())));
        annexPart(doc, t, "added", r.annex().added());
        annexPart(doc, t, "dropped", r.annex().dropped());
        annexPart(doc, t, "carried", r.annex().carriedOver());
    }

    private static void annexPart(DocxWriter doc, ReportTexts t, String part, List<AnnexLine> lines) {
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

    private static void chapter(DocxWriter doc, String title) {
        doc.heading(DocxWriter.HEADING_1, title, true);
    }

    private static void heading(DocxWriter doc, String title) {
        doc.heading(DocxWriter.HEADING_2, title, false);
    }

    private static void text(DocxWriter doc, String text) {
        doc.text(text);
    }

    private static void text(DocxWriter doc, String text, int size, boolean bold, String color) {
        doc.text(text, size, bold, color);
    }

    private static XWPFTable table(DocxWriter doc, String... headers) {
        return doc.table(headers);
    }

    private static void row(XWPFTable table, String... cells) {
        DocxWriter.row(table, cells);
    }

    /**
     * The adopted and current projects by sector as a native Word bar chart, with its alternative text
     * (every number); its data sit in the chart's embedded workbook (Word: Edit Data) and in the table
     * that follows it.
     */
    private static void sectorChart(DocxWriter doc, Summary s, ReportTexts t) {
        int n = s.bySector().size();
        if (n == 0) {
            return;
        }
        try {
            double heightCm = Math.min(12, Math.max(5, 2 + n * 1.2));
            XWPFRun run = doc.document().createParagraph().createRun();
            XWPFChart chart = doc.document().createChart(run, 15 * Units.EMU_PER_CENTIMETER,
                    (int) Math.round(heightCm * Units.EMU_PER_CENTIMETER));
            DocxWriter.describe(run, t.t("report.summary.by-sector"), ReportCharts.sectorsAlt(s, t));
            chart.setTitleText(t.t("report.summary.by-sector"));
            chart.setTitleOverlay(false);
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            XDDFCategoryAxis sectors = chart.createCategoryAxis(AxisPosition.LEFT);
            XDDFValueAxis counts = chart.createValueAxis(AxisPosition.BOTTOM);
            counts.setCrosses(AxisCrosses.AUTO_ZERO);
            counts.setMinimum(0);
            String[] names = s.bySector().stream().map(c -> c.name(t.locale())).toArray(String[]::new);
            Integer[] adopted = s.bySector().stream().map(SectorCount::adopted).toArray(Integer[]::new);
            Integer[] current = s.bySector().stream().map(SectorCount::current).toArray(Integer[]::new);
            XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(names,
                    chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
            XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, sectors, counts);
            bars.setBarDirection(BarDirection.BAR);
            bars.setVaryColors(false);
            String[] titles = {t.t("report.col.adopted"), t.t("report.col.current")};
            Integer[][] values = {adopted, current};
            String[] colours = {"9BB5DC", BLUE};
            for (int i = 0; i < 2; i++) {
                XDDFNumericalDataSource<Integer> data = XDDFDataSourcesFactory.fromArray(values[i],
                        chart.formatRange(new CellRangeAddress(1, n, i + 1, i + 1)), i + 1);
                XDDFChartData.Series series = bars.addSeries(categories, data);
                series.setTitle(titles[i], chart.setSheetTitle(titles[i], i + 1));
                XDDFShapeProperties shape = new XDDFShapeProperties();
                shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(hex(colours[i]))));
                series.setShapeProperties(shape);
            }
            chart.plot(bars);
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("The summary chart could not be built", e);
        }
    }

    private static byte[] hex(String rgb) {
        return java.util.HexFormat.of().parseHex(rgb);
    }
}
