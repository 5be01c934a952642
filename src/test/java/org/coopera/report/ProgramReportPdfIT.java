package org.coopera.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.coopera.IntegrationTest;
import org.coopera.base.BusinessException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** The GTQM 2013-2015 report as PDF and DOCX, read back (PDFBox, POI): sections, figures and names. */
@IntegrationTest
@WithMockUser(username = "gestionnaire", roles = "MANAGER")
class ProgramReportPdfIT {

    private static final char NBSP = '\u00a0';

    @Autowired
    ReportService reports;

    @Autowired
    JdbcClient jdbc;

    private long gtqm2013() {
        return jdbc.sql("""
                        select p.id from program p join working_group wg on wg.id = p.working_group_id
                        where wg.acronym = 'GTQM' and p.start_year = 2013""")
                .query(Long.class).single();
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(4);
            return new PDFTextStripper().getText(document);
        }
    }

    /** Keeps the document under target/reports for a look. */
    private static void keep(String name, byte[] content) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "reports");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), content);
    }

    /** The text with line breaks as spaces, so that wrapped sentences can be found. */
    private static String flat(String text) {
        return text.replaceAll("-[\\r\\n]+", "-").replaceAll("[\\r\\n]+", " ").replaceAll(" +", " ");
    }

    @Test
    void theFrenchReportHasItsSectionsFiguresAndNamesWithFrenchTypography() throws IOException {
        reports.programReportPdf(gtqm2013(), Locale.FRENCH); // warm-up: template parsing, fonts, class loading
        long start = System.nanoTime();
        byte[] pdf = reports.programReportPdf(gtqm2013(), Locale.FRENCH);
        long millis = (System.nanoTime() - start) / 1_000_000;
        keep("gtqm-2013-2015-fr.pdf", pdf);
        String text = flat(text(pdf));

        assertThat(text).contains("Rapport d’étape de la programmation GTQM 2013-2015",
                "Groupe de travail Québec-Mexique", "Table des matières", "Le groupe de travail", "Sommaire",
                "Les projets par secteur", "Faits saillants", "Annexe" + NBSP + ": évolution de la liste des projets");
        // figures: 24 projects, 12 / 7 / 5 by sector
        assertThat(text).contains("Projets adoptés" + NBSP + ": 24" + NBSP + "; projets actuels" + NBSP + ": 24.");
        assertThat(text).containsPattern("Recherche et innovation \\(12" + NBSP + "projets\\)")
                .containsPattern("Culture \\(7" + NBSP + "projets\\)")
                .containsPattern("Éducation \\(5" + NBSP + "projets\\)");
        // names, accents, dates in French
        assertThat(text).contains("Jean-Stéphane Bernard", "Sergio Alcocer",
                "Programmation adoptée à la 14e réunion, le 19 juin 2013",
                "Réseau Québec-Mexique en nanotechnologies", "Institut national de la recherche scientifique",
                "Universidad Nacional Autónoma de México",
                "Égalité entre les femmes et les hommes");
        // the latest approved narrative, with its date; 40 % with a non-breaking space
        assertThat(text).contains("Dernière mise à jour approuvée (16 juin 2014)", "Premier atelier conjoint",
                "avancement" + NBSP + ": 40" + NBSP + "%");
        // highlights in guillemets, annex
        assertThat(text).contains("21 juin 2013" + NBSP + ": «" + NBSP + "La coopération Québec-Mexique",
                "Projets reconduits de la programmation précédente (2)", "GTQM-2013-RI-03", "Suite de GTQM-2011-");
        assertThat(millis).as("a 24-project report in at most 3 seconds (warm)").isLessThan(3_000);
    }

    @Test
    void theEnglishReportSpeaksEnglish() throws IOException {
        byte[] pdf = reports.programReportPdf(gtqm2013(), Locale.ENGLISH);
        keep("gtqm-2013-2015-en.pdf", pdf);
        String text = flat(text(pdf));

        assertThat(text).contains("GTQM 2013-2015 programme progress report", "Contents", "Highlights",
                "Projects adopted: 24; current projects: 24.", "Research and innovation (12 projects)",
                "Programme adopted at meeting 14 on June 19, 2013", "Latest approved update (June 16, 2014)",
                "progress: 40%", "Annex: changes to the list of projects", "Sergio Alcocer");
        assertThat(text).doesNotContain("Table des matières");
    }

    @Test
    void theWordDocumentHasTheSameSectionsFiguresAndNames() throws IOException {
        reports.programReportDocx(gtqm2013(), Locale.FRENCH); // warm-up
        long start = System.nanoTime();
        byte[] docx = reports.programReportDocx(gtqm2013(), Locale.FRENCH);
        long millis = (System.nanoTime() - start) / 1_000_000;
        keep("gtqm-2013-2015-fr.docx", docx);
        String text;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            text = flat(extractor.getText());
        }

        assertThat(text).contains("Rapport d’étape de la programmation GTQM 2013-2015",
                "Groupe de travail Québec-Mexique", "Le groupe de travail", "Sommaire", "Les projets par secteur",
                "Faits saillants", "Annexe" + NBSP + ": évolution de la liste des projets",
                "Projets adoptés" + NBSP + ": 24" + NBSP + "; projets actuels" + NBSP + ": 24.",
                "Recherche et innovation (12" + NBSP + "projets)", "Culture (7" + NBSP + "projets)",
                "Éducation (5" + NBSP + "projets)", "Jean-Stéphane Bernard", "Sergio Alcocer",
                "Programmation adoptée à la 14e réunion, le 19 juin 2013",
                "GTQM-2013-RI-01 Réseau Québec-Mexique en nanotechnologies",
                "Universidad Nacional Autónoma de México", "Dernière mise à jour approuvée (16 juin 2014)",
                "21 juin 2013" + NBSP + ": «" + NBSP + "La coopération Québec-Mexique", "Suite de GTQM-2011-");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            // Word heading styles (navigation pane, table of contents) and the table-of-contents field
            assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
                    .extracting(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .containsExactly("Le groupe de travail", "Sommaire", "Les projets par secteur",
                            "Faits saillants", "Annexe" + NBSP + ": évolution de la liste des projets");
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading3".equals(p.getStyle())).hasSize(24);
            assertThat(document.getParagraphs()).anyMatch(p -> p.getCTP().getFldSimpleList().stream()
                    .anyMatch(f -> f.getInstr().startsWith("TOC \\o")));
            assertThat(document.isEnforcedUpdateFields()).isTrue();
            // the sector summary as a native chart: adopted and current projects, 12 / 7 / 5
            assertThat(document.getCharts()).singleElement().satisfies(chart -> {
                var bars = chart.getChartSeries().getFirst();
                assertThat(bars.getSeriesCount()).isEqualTo(2);
                for (int s = 0; s < 2; s++) {
                    var series = bars.getSeries(s);
                    assertThat(series.getCategoryData().getPointAt(0)).isEqualTo("Recherche et innovation");
                    assertThat(java.util.stream.IntStream.range(0, 3).mapToObj(i -> series.getValuesData().getPointAt(i))
                            .map(v -> ((Number) v).intValue()).toList()).containsExactly(12, 7, 5);
                }
            });
        }
        String english = flat(new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(
                reports.programReportDocx(gtqm2013(), Locale.ENGLISH)))).getText());
        assertThat(english).contains("GTQM 2013-2015 programme progress report", "Research and innovation (12 projects)",
                "Projects adopted: 24; current projects: 24.");
        assertThat(millis).as("a 24-project report in at most 3 seconds (warm)").isLessThan(3_000);
    }

    @Test
    void theGtqmReportIsATaggedPdfUaDocumentWithItsChartDescribed() {
        byte[] pdf = reports.programReportPdf(gtqm2013(), Locale.FRENCH);

        assertThat(TaggedPdf.pdfUaFailures(pdf)).as("veraPDF, PDF/UA-1").isEmpty();
        TaggedPdf tagged = new TaggedPdf(pdf);
        assertThat(tagged.language).isEqualTo("fr-CA");
        assertThat(tagged.displayDocTitle).isTrue();
        assertThat(tagged.title).isEqualTo("Rapport d’étape de la programmation GTQM 2013-2015");
        assertThat(tagged.ofType("H4")).as("one heading per project").hasSize(24);
        ReportAccessibilityTest.assertNoSkippedHeadingLevel(tagged.headingLevels());
        assertThat(tagged.ofType("Figure")).singleElement().satisfies(figure -> assertThat(figure.alt()).contains(
                "Recherche et innovation" + NBSP + ": 12 adopté(s), 12 actuel(s)",
                "Culture" + NBSP + ": 7 adopté(s), 7 actuel(s)", "Éducation" + NBSP + ": 5 adopté(s), 5 actuel(s)"));
        assertThat(tagged.ofType("TH")).isNotEmpty().allSatisfy(th -> assertThat(th.scope()).isIn("Column", "Row"));
        assertThat(tagged.fontsNotEmbedded).isEmpty();
    }

    @Test
    void anUnknownProgrammeGivesNoDocumentButAClearMessage() {
        assertThatThrownBy(() -> reports.programReportDocx(987_654_321L, Locale.ENGLISH))
                .isInstanceOf(BusinessException.class).hasMessage("report.program.unknown");
        assertThatThrownBy(() -> reports.programReportPdf(987_654_321L, Locale.FRENCH))
                .isInstanceOf(BusinessException.class).hasMessage("report.program.unknown");
    }
}
