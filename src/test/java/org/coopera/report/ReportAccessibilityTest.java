package org.coopera.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.coopera.policy.MeasureStatus;
import org.coopera.policy.ReportStatus;
import org.coopera.program.ProgramStatus;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import org.coopera.report.ActionPlanReportData.Bulletin;
import org.coopera.report.ActionPlanReportData.MeasureLine;
import org.coopera.report.ActionPlanReportData.ObjectiveSection;
import org.coopera.report.ActionPlanReportData.StatusCounts;
import org.coopera.report.ActionPlanReportData.YearReport;
import org.coopera.report.ProgramReportData.Annex;
import org.coopera.report.ProgramReportData.AnnexLine;
import org.coopera.report.ProgramReportData.CoChair;
import org.coopera.report.ProgramReportData.Group;
import org.coopera.report.ProgramReportData.HealthCount;
import org.coopera.report.ProgramReportData.Highlight;
import org.coopera.report.ProgramReportData.Meeting;
import org.coopera.report.ProgramReportData.ProjectLine;
import org.coopera.report.ProgramReportData.SectorCount;
import org.coopera.report.ProgramReportData.SectorSection;
import org.coopera.report.ProgramReportData.StatusCount;
import org.coopera.report.ProgramReportData.Subject;
import org.coopera.report.ProgramReportData.SubjectKind;
import org.coopera.report.ProgramReportData.Summary;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The generated reports read back for accessibility (issue 22), on hand-made data: the PDFs' structure
 * tree and catalog (PDFBox) and veraPDF's PDF/UA-1 verdict; the Word documents' heading styles, header
 * rows, alternative text, language and table of contents (POI).
 */
class ReportAccessibilityTest {

    private static final char NBSP = '\u00a0';

    private final ResourceBundleMessageSource messages = messages();
    private final ProgramReportPdf programPdf = new ProgramReportPdf(messages);
    private final ActionPlanReportPdf planPdf = new ActionPlanReportPdf(programPdf);

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/report", "i18n/policy", "i18n/status");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static ProgramReportData program() {
        ProjectLine nano = new ProjectLine(1, "GTX-RI-01", "Réseau en nanotechnologies", "Nanotechnology network",
                "RI", ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, "INRS", "UNAM", List.of(), 40,
                LocalDate.of(2014, 6, 16), "Premier atelier conjoint.");
        ProjectLine museum = new ProjectLine(2, "GTX-CUL-01", "Échange d’œuvres", "Exchange of works", "CUL",
                ProjectStatus.FINALISATION, null, "Musée", null, List.of("Œuvre partenaire"), 100, null, null);
        return new ProgramReportData(7, 2013, 2015, ProgramStatus.IN_PROGRESS, LocalDate.of(2016, 3, 1),
                new Group(3, "GTX", "Groupe de travail X", "Working group X", "Mexique", "Mexico", "MX"),
                List.of(new CoChair(true, "Hélène Côté", "Sous-ministre", "MRI"),
                        new CoChair(false, "Sergio Alcocer", "Subsecretario", "SRE")),
                new Meeting(14, LocalDate.of(2013, 6, 19), "Québec"), "Recherche", Set.of(Theme.YOUTH),
                new Summary(13, 12, List.of(new SectorCount("RI", "Recherche et innovation", "Research and innovation", 12, 11),
                        new SectorCount("CUL", "Culture", "Culture", 1, 1)),
                        List.of(new StatusCount(ProjectStatus.IMPLEMENTATION, 12, 11),
                                new StatusCount(ProjectStatus.FINALISATION, 1, 1)),
                        List.of(new HealthCount(ProjectHealth.ON_TRACK, 12))),
                List.of(new SectorSection("RI", "Recherche et innovation", "Research and innovation", List.of(nano)),
                        new SectorSection("CUL", "Culture", "Culture", List.of(museum))),
                List.of(new Highlight(5, LocalDate.of(2013, 6, 21), "La coopération avance", "fr",
                        List.of(new Subject(SubjectKind.PROJECT, "GTX-RI-01")))),
                new Annex(List.of(), List.of(new AnnexLine("GTX-ED-09", "Projet annulé", "Cancelled project",
                        ProjectStatus.CANCELLED, null)), List.of()));
    }

    static ActionPlanReportData plan() {
        MeasureLine done = new MeasureLine("1.1", "Accueillir des chercheurs", "Welcome researchers", "MRI",
                List.of("MELS"), MeasureStatus.DONE, "Vingt chercheurs accueillis.", List.of("https://example.org/a"));
        MeasureLine open = new MeasureLine("2.1", "Ouvrir un bureau", "Open an office", null, List.of(),
                MeasureStatus.IN_PROGRESS, null, List.of());
        return new ActionPlanReportData(1, "Politique internationale", "International policy", "Plan d’action 2006-2009",
                "Action plan 2006-2009", 2006, 2009, 2007, LocalDate.of(2008, 9, 1),
                new YearReport(2, "Rapport d’étape II", "Progress report II", ReportStatus.PUBLISHED,
                        LocalDate.of(2008, 8, 1), "Une bonne année."),
                new StatusCounts(1, 1, 0, 0, 0),
                List.of(new ObjectiveSection(1, "Renforcer la capacité", "Strengthen capacity",
                                new StatusCounts(1, 0, 0, 0, 0), List.of(done)),
                        new ObjectiveSection(2, "Favoriser la prospérité", "Foster prosperity",
                                new StatusCounts(0, 1, 0, 0, 0), List.of(open))),
                List.of(new Bulletin(9, LocalDate.of(2008, 3, 1), "Des chercheurs accueillis", "fr", true, false,
                        List.of("1.1"))));
    }

    private static void keep(String name, byte[] content) throws IOException {
        Path dir = Path.of("target", "reports");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), content);
    }

    // ---- PDF --------------------------------------------------------------------------------------

    @Test
    void theProgrammePdfIsTaggedWithLanguageTitleBookmarksAndEmbeddedFonts() throws IOException {
        byte[] bytes = programPdf.pdf(program(), Locale.FRENCH);
        keep("a11y-program-fr.pdf", bytes);
        TaggedPdf pdf = new TaggedPdf(bytes);

        assertThat(pdf.language).isEqualTo("fr-CA");
        assertThat(pdf.marked).as("MarkInfo /Marked true").isTrue();
        assertThat(pdf.displayDocTitle).as("ViewerPreferences /DisplayDocTitle").isTrue();
        assertThat(pdf.title).isEqualTo("Rapport d’étape de la programmation GTX 2013-2015");
        assertThat(pdf.xmp).contains("pdfuaid:part", "Rapport d’étape de la programmation GTX 2013-2015");
        assertThat(pdf.bookmarks).containsExactly("Le groupe de travail", "Sommaire", "Les projets par secteur",
                "Faits saillants", "Annexe" + NBSP + ": évolution de la liste des projets");
        assertThat(pdf.fontsNotEmbedded).isEmpty();
    }

    @Test
    void theProgrammePdfHasItsHeadingsInOrderWithoutSkippingALevel() {
        TaggedPdf pdf = new TaggedPdf(programPdf.pdf(program(), Locale.FRENCH));

        assertThat(pdf.ofType("H1")).singleElement()
                .satisfies(h -> assertThat(h.text()).isEqualTo("Rapport d’étape de la programmation GTX 2013-2015"));
        assertThat(pdf.ofType("H2")).extracting(TaggedPdf.Element::text).containsExactly("Table des matières",
                "Le groupe de travail", "Sommaire", "Les projets par secteur", "Faits saillants",
                "Annexe" + NBSP + ": évolution de la liste des projets");
        assertThat(pdf.ofType("H3")).extracting(TaggedPdf.Element::text)
                .contains("Coprésidence", "Projets adoptés et actuels par secteur", "Recherche et innovation (1" + NBSP
                        + "projet)", "21 juin 2013" + NBSP + ": «" + NBSP + "La coopération avance" + NBSP + "»");
        assertThat(pdf.ofType("H4")).extracting(TaggedPdf.Element::text)
                .containsExactly("GTX-RI-01 Réseau en nanotechnologies", "GTX-CUL-01 Échange d’œuvres");
        assertNoSkippedHeadingLevel(pdf.headingLevels());
    }

    @Test
    void theProgrammePdfTablesHaveHeaderCellsWithTheirScope() {
        TaggedPdf pdf = new TaggedPdf(programPdf.pdf(program(), Locale.FRENCH));

        assertThat(pdf.ofType("Table")).hasSizeGreaterThanOrEqualTo(5).allSatisfy(table -> {
            List<TaggedPdf.Element> cells = pdf.under(table);
            assertThat(cells).extracting(TaggedPdf.Element::type).contains("TR", "TH");
            assertThat(cells).filteredOn(c -> c.type().equals("TH"))
                    .allSatisfy(th -> assertThat(th.scope()).isIn("Column", "Row"));
        });
        // the sector table: column headers, then a row header for the total
        TaggedPdf.Element sectors = pdf.ofType("Table").stream()
                .filter(t -> t.text().startsWith("Secteur")).findFirst().orElseThrow();
        assertThat(pdf.under(sectors)).filteredOn(c -> c.type().equals("TH"))
                .extracting(TaggedPdf.Element::text, TaggedPdf.Element::scope)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Secteur", "Column"),
                        org.assertj.core.groups.Tuple.tuple("Adoptés", "Column"),
                        org.assertj.core.groups.Tuple.tuple("Actuels", "Column"),
                        org.assertj.core.groups.Tuple.tuple("Total", "Row"));
    }

    @Test
    void theChartIsAFigureWhoseAlternativeTextGivesEveryNumberAndATableFollowsIt() {
        TaggedPdf pdf = new TaggedPdf(programPdf.pdf(program(), Locale.FRENCH));

        assertThat(pdf.ofType("Figure")).singleElement().satisfies(figure -> assertThat(figure.alt())
                .startsWith("Diagramme à barres des projets adoptés et actuels par secteur")
                .contains("Recherche et innovation" + NBSP + ": 12 adopté(s), 11 actuel(s)",
                        "Culture" + NBSP + ": 1 adopté(s), 1 actuel(s)"));
        // the same numbers in the table right after the figure
        int figure = pdf.elements.indexOf(pdf.ofType("Figure").getFirst());
        TaggedPdf.Element next = pdf.elements.stream().skip(figure + 1)
                .filter(e -> e.type().equals("Table")).findFirst().orElseThrow();
        assertThat(next.text()).contains("Recherche et innovation 12 11", "Culture 1 1", "Total 13 12");
        assertThat(pdf.elements).allSatisfy(e -> {
            if (e.type().equals("Figure")) {
                assertThat(e.alt()).isNotBlank();
            }
        });
    }

    @Test
    void theEnglishProgrammePdfDeclaresCanadianEnglish() {
        TaggedPdf pdf = new TaggedPdf(programPdf.pdf(program(), Locale.ENGLISH));

        assertThat(pdf.language).isEqualTo("en-CA");
        assertThat(pdf.title).isEqualTo("GTX 2013-2015 programme progress report");
        assertThat(pdf.ofType("Figure").getFirst().alt())
                .contains("Research and innovation: 12 adopted, 11 current");
        assertThat(pdf.bookmarks).first().isEqualTo("The working group");
    }

    @Test
    void theActionPlanPdfIsTaggedWithHeadingsInOrderTablesAndItsChart() throws IOException {
        byte[] bytes = planPdf.pdf(plan(), Locale.FRENCH);
        keep("a11y-plan-fr.pdf", bytes);
        TaggedPdf pdf = new TaggedPdf(bytes);

        assertThat(pdf.language).isEqualTo("fr-CA");
        assertThat(pdf.marked).isTrue();
        assertThat(pdf.displayDocTitle).isTrue();
        assertThat(pdf.title).isEqualTo("Rapport d’étape 2007-2008");
        assertThat(pdf.bookmarks).hasSize(4).first().isEqualTo("Bilan de l’année");
        assertNoSkippedHeadingLevel(pdf.headingLevels());
        assertThat(pdf.ofType("H3")).extracting(TaggedPdf.Element::text)
                .contains("Mesure 1.1 Accueillir des chercheurs", "Mesure 2.1 Ouvrir un bureau");
        assertThat(pdf.ofType("Figure")).singleElement().satisfies(f -> assertThat(f.alt())
                .contains("Réalisée" + NBSP + ": 1", "En cours" + NBSP + ": 1"));
        assertThat(pdf.ofType("TH")).isNotEmpty().allSatisfy(th -> assertThat(th.scope()).isIn("Column", "Row"));
        assertThat(pdf.fontsNotEmbedded).isEmpty();
    }

    @Test
    void veraPdfFindsBothReportsConformToPdfUa1() {
        assertThat(TaggedPdf.pdfUaFailures(programPdf.pdf(program(), Locale.FRENCH))).isEmpty();
        assertThat(TaggedPdf.pdfUaFailures(programPdf.pdf(program(), Locale.ENGLISH))).isEmpty();
        assertThat(TaggedPdf.pdfUaFailures(planPdf.pdf(plan(), Locale.FRENCH))).isEmpty();
    }

    @Test
    void aProgrammeWithoutProjectsHasNoEmptyChartAndStillConforms() {
        ProgramReportData empty = new ProgramReportData(8, 2017, 2019, ProgramStatus.IN_PROGRESS,
                LocalDate.of(2017, 9, 1), new Group(3, "GTX", "Groupe X", "Group X", "Pérou", "Peru", "PE"), List.of(),
                null, null, Set.of(), new Summary(0, 0, List.of(), List.of(), List.of()), List.of(), List.of(),
                new Annex(List.of(), List.of(), List.of()));
        byte[] bytes = programPdf.pdf(empty, Locale.FRENCH);
        TaggedPdf pdf = new TaggedPdf(bytes);

        assertThat(pdf.ofType("Figure")).isEmpty();
        assertNoSkippedHeadingLevel(pdf.headingLevels());
        assertThat(TaggedPdf.pdfUaFailures(bytes)).isEmpty();
        // the action plan's chart with no measure at all: bars of zero, still described
        ActionPlanReportData none = new ActionPlanReportData(2, "P", "P", "Plan", "Plan", 2010, 2013, 2011,
                LocalDate.of(2012, 5, 1), null, new StatusCounts(0, 0, 0, 0, 0), List.of(), List.of());
        TaggedPdf plan = new TaggedPdf(planPdf.pdf(none, Locale.ENGLISH));
        assertThat(plan.ofType("Figure")).singleElement()
                .satisfies(f -> assertThat(f.alt()).contains("Done: 0", "Under way: 0"));
    }

    @Test
    void veraPdfRefusesAnUntaggedPdf() throws IOException {
        // the check can fail: the same report rendered without the PDF/UA mode does not pass
        var out = new java.io.ByteArrayOutputStream();
        var builder = new com.openhtmltopdf.pdfboxout.PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(programPdf.html(program(), Locale.FRENCH), null);
        builder.toStream(out);
        builder.run();

        assertThat(TaggedPdf.pdfUaFailures(out.toByteArray())).isNotEmpty();
        assertThat(new TaggedPdf(out.toByteArray()).elements).isEmpty();
    }

    // ---- DOCX -------------------------------------------------------------------------------------

    @Test
    void theProgrammeWordDocumentUsesHeadingStylesInOrderAndDeclaresItsLanguage() throws IOException {
        byte[] bytes = new ProgramReportDocx(messages).docx(program(), Locale.FRENCH);
        keep("a11y-program-fr.docx", bytes);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (int level = 1; level <= 3; level++) {
                var style = document.getStyles().getStyle("Heading" + level);
                assertThat(style.getName()).isEqualTo("heading " + level);
                assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level - 1);
            }
            assertThat(headingLevels(document)).startsWith(1).contains(2, 3);
            assertNoSkippedHeadingLevel(headingLevels(document));
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading2".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText)
                    .contains("Coprésidence", "21 juin 2013" + NBSP + ": «" + NBSP + "La coopération avance" + NBSP + "»");
            // language: default run language in styles.xml, theme language in settings.xml, core properties
            var lang = document.getStyles().getDefaultRunStyle().getRPr().getLangList().getFirst();
            assertThat(lang.getVal()).isEqualTo("fr-CA");
            assertThat(document.getSettings().getCTSettings().getThemeFontLang().getVal()).isEqualTo("fr-CA");
            var properties = document.getProperties().getCoreProperties();
            assertThat(properties.getTitle()).isEqualTo("Rapport d’étape de la programmation GTX 2013-2015");
            assertThat(properties.getUnderlyingProperties().getLanguageProperty()).contains("fr-CA");
            // a table of contents over headings 1-3 that Word updates on opening
            assertThat(document.getParagraphs()).flatExtracting(p -> p.getCTP().getFldSimpleList())
                    .extracting(f -> f.getInstr()).containsExactly("TOC \\o \"1-3\" \\h \\z \\u");
            assertThat(document.isEnforcedUpdateFields()).isTrue();
        }
    }

    @Test
    void everyWordTableRepeatsItsHeaderRowAndTheChartHasItsAlternativeText() throws IOException {
        byte[] bytes = new ProgramReportDocx(messages).docx(program(), Locale.ENGLISH);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(document.getTables()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(table -> {
                assertThat(table.getRow(0).isRepeatHeader()).as("w:tblHeader on the first row").isTrue();
                assertThat(table.getRows().stream().skip(1).noneMatch(r -> r.isRepeatHeader())).isTrue();
            });
            List<CTInline> drawings = inlineDrawings(document);
            assertThat(drawings).hasSize(1).allSatisfy(inline -> {
                assertThat(inline.getDocPr().getTitle()).isEqualTo("Adopted and current projects by sector");
                assertThat(inline.getDocPr().getDescr()).startsWith("Bar chart of adopted and current projects")
                        .contains("Research and innovation: 12 adopted, 11 current", "Culture: 1 adopted, 1 current");
            });
            // the chart's numbers in the table right after it
            XWPFTable sectors = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Sector")).findFirst().orElseThrow();
            assertThat(sectors.getRows()).extracting(r -> r.getCell(0).getText() + " " + r.getCell(1).getText()
                    + " " + r.getCell(2).getText()).containsExactly("Sector Adopted Current",
                    "Research and innovation 12 11", "Culture 1 1", "Total 13 12");
            assertThat(document.getStyles().getDefaultRunStyle().getRPr().getLangList().getFirst().getVal()).isEqualTo("en-CA");
        }
    }

    @Test
    void theActionPlanWordDocumentHasHeadingsInOrderHeaderRowsAndItsLanguage() throws IOException {
        byte[] bytes = new ActionPlanReportDocx(messages).docx(plan(), Locale.FRENCH);
        keep("a11y-plan-fr.docx", bytes);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertNoSkippedHeadingLevel(headingLevels(document));
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading2".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).contains("Mesure 1.1 Accueillir des chercheurs");
            assertThat(document.getTables()).isNotEmpty()
                    .allSatisfy(table -> assertThat(table.getRow(0).isRepeatHeader()).isTrue());
            assertThat(document.getStyles().getDefaultRunStyle().getRPr().getLangList().getFirst().getVal()).isEqualTo("fr-CA");
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("Rapport d’étape 2007-2008");
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** The heading levels of the document's paragraphs in order (Heading1 → 1…). */
    static List<Integer> headingLevels(XWPFDocument document) {
        List<Integer> levels = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph p && p.getStyle() != null && p.getStyle().matches("Heading[1-9]")) {
                levels.add(p.getStyle().charAt(7) - '0');
            }
        }
        return levels;
    }

    static List<CTInline> inlineDrawings(XWPFDocument document) {
        List<CTInline> inlines = new ArrayList<>();
        for (XWPFParagraph paragraph : document.getParagraphs()) {
            paragraph.getRuns().forEach(run -> {
                for (CTDrawing drawing : run.getCTR().getDrawingList()) {
                    inlines.addAll(drawing.getInlineList());
                }
            });
        }
        return inlines;
    }

    /** Starts at level 1 and never goes down more than one level at a time (h2 → h4 is a skip). */
    static void assertNoSkippedHeadingLevel(List<Integer> levels) {
        assertThat(levels).isNotEmpty();
        assertThat(levels.getFirst()).as("the first heading is a level 1").isEqualTo(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d of %s", i, levels).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
    }
}
