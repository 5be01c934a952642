package org.coopera.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.coopera.IntegrationTest;
import org.coopera.base.BusinessException;
import org.coopera.policy.MeasureStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The year-II progress report (2007-2008) of the Politique internationale's 2006-2009 action plan,
 * as data and as PDF and DOCX in French and English, read back: objectives, measures with their
 * status and narrative for the year, counts per status and the attached bulletin.
 */
@IntegrationTest
@WithMockUser(username = "agent", roles = "OFFICER")
class ActionPlanReportIT {

    private static final char NBSP = '\u00a0';

    @Autowired
    ReportService reports;

    @Autowired
    JdbcClient jdbc;

    private long plan() {
        return jdbc.sql("select id from action_plan where start_year = 2006 and end_year = 2009").query(Long.class).single();
    }

    private static String flat(String text) {
        return text.replaceAll("-[\\r\\n]+", "-").replaceAll("[\\r\\n]+", " ").replaceAll(" +", " ");
    }

    private static void keep(String name, byte[] content) throws IOException {
        Path dir = Path.of("target", "reports");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), content);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        return flat(ReadBack.pdf(pdf));
    }

    private static String docxText(byte[] docx) throws IOException {
        return flat(ReadBack.docx(docx));
    }

    @Test
    void theYearTwoDataHasTheObjectivesMeasuresCountsAndBulletin() {
        ActionPlanReportData data = reports.actionPlanReport(plan(), 2007);
        assertThat(data.year()).isEqualTo("2007-2008");
        assertThat(data.period()).isEqualTo("2006-2009");
        assertThat(data.progressReport()).isNotNull();
        assertThat(data.progressReport().titleFr()).contains("Rapport d’étape 2007-2008");
        assertThat(data.counts().total()).isEqualTo(10);
        assertThat(data.counts().done()).isEqualTo(5);
        assertThat(data.counts().inProgress()).isEqualTo(4);
        assertThat(data.counts().notStarted()).isEqualTo(1);
        assertThat(data.counts().notReported()).isZero();
        assertThat(data.objectives()).extracting(ActionPlanReportData.ObjectiveSection::number)
                .containsExactly(1, 2, 3, 4, 5);
        ActionPlanReportData.ObjectiveSection first = data.objectives().getFirst();
        assertThat(first.counts().done()).isEqualTo(3);
        assertThat(first.counts().inProgress()).isEqualTo(1);
        assertThat(first.measures()).extracting(ActionPlanReportData.MeasureLine::code)
                .containsExactly("1.1", "1.2", "1.3", "1.4");
        ActionPlanReportData.MeasureLine haiti = data.objectives().get(4).measures().getFirst();
        assertThat(haiti.status()).isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(haiti.narrative()).contains("novembre 2007");
        assertThat(haiti.partners()).anyMatch(p -> p.contains("Agence canadienne de développement international"));
        assertThat(data.bulletins()).singleElement().satisfies(b -> {
            assertThat(b.title()).startsWith("Retour sur l’an II");
            assertThat(b.aboutReport()).isTrue();
        });
    }

    @Test
    void aYearWithoutProgressReportShowsTheMeasuresWithoutReview() {
        ActionPlanReportData data = reports.actionPlanReport(plan(), 2006);
        assertThat(data.progressReport()).isNull();
        assertThat(data.counts().notReported()).isEqualTo(10);
        assertThat(data.bulletins()).isEmpty();
    }

    @Test
    void theFrenchPdfReadsBackWithItsSectionsFiguresAndNarratives() throws IOException {
        byte[] pdf = reports.actionPlanReportPdf(plan(), 2007, Locale.FRENCH);
        keep("piq-2006-2009-2007-2008-fr.pdf", pdf);
        String text = pdfText(pdf);
        assertThat(text).contains("Rapport d’étape 2007-2008", "Politique internationale du Québec",
                "Plan d’action 2006-2009", "Table des matières", "Bilan de l’année",
                "Objectif 1" + NBSP + ": Renforcer la capacité d’action et d’influence de l’État québécois",
                "Objectif 5" + NBSP + ": Contribuer à l’effort de solidarité internationale",
                "10" + NBSP + "mesures" + NBSP + ": 5 réalisée(s), 4 en cours.",
                "4" + NBSP + "mesures" + NBSP + ": 3 réalisée(s), 1 en cours, 0 autre(s).",
                "Mesure 1.2 Ouverture d’un bureau du Québec à São Paulo", "État pour l’année" + NBSP + ": Réalisée",
                "Réalisations en 2007-2008" + NBSP + ":", "novembre 2007",
                "Agence canadienne de développement international",
                "14 avril 2009" + NBSP + ": «" + NBSP + "Retour sur l’an II", "le rapport d’étape 2007-2008");
    }

    @Test
    void theEnglishPdfSpeaksEnglish() throws IOException {
        byte[] pdf = reports.actionPlanReportPdf(plan(), 2007, Locale.ENGLISH);
        keep("piq-2006-2009-2007-2008-en.pdf", pdf);
        String text = pdfText(pdf);
        assertThat(text).contains("2007-2008 progress report", "Québec’s International Policy", "2006-2009 Action Plan",
                "Contents", "The year in review", "10 measures: 5 done, 4 under way.",
                "Opening of a Québec office in São Paulo", "Status for the year: Done", "Achievements in 2007-2008:",
                "April 14, 2009", "the 2007-2008 progress report");
        assertThat(text).doesNotContain("Table des matières");
    }

    @Test
    void theWordDocumentsReadBackWithHeadingStylesAndATableOfContents() throws IOException {
        byte[] docx = reports.actionPlanReportDocx(plan(), 2007, Locale.FRENCH);
        keep("piq-2006-2009-2007-2008-fr.docx", docx);
        String text = docxText(docx);
        assertThat(text).contains("Rapport d’étape 2007-2008", "Politique internationale du Québec", "Bilan de l’année",
                "Objectif 1" + NBSP + ": Renforcer la capacité d’action et d’influence de l’État québécois",
                "10" + NBSP + "mesures" + NBSP + ": 5 réalisée(s), 4 en cours.",
                "Mesure 1.2 Ouverture d’un bureau du Québec à São Paulo", "novembre 2007",
                "14 avril 2009" + NBSP + ": «" + NBSP + "Retour sur l’an II");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText)
                    .contains("Bilan de l’année", "Bulletins")
                    .anyMatch(h -> h.startsWith("Objectif 5"));
            assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(document.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .isEqualTo(java.math.BigInteger.ZERO);
            assertThat(document.getParagraphs()).anyMatch(p -> p.getCTP().getFldSimpleList().stream()
                    .anyMatch(f -> f.getInstr().startsWith("TOC ")));
            assertThat(document.isEnforcedUpdateFields()).isTrue();
        }
        String english = docxText(reports.actionPlanReportDocx(plan(), 2007, Locale.ENGLISH));
        assertThat(english).contains("2007-2008 progress report", "10 measures: 5 done, 4 under way.",
                "Opening of a Québec office in São Paulo");
    }

    @Test
    void badParametersGiveAClearMessage() {
        assertThatThrownBy(() -> reports.actionPlanReport(987_654_321L, 2007))
                .isInstanceOf(BusinessException.class).hasMessage("report.plan.unknown");
        assertThatThrownBy(() -> reports.actionPlanReportPdf(plan(), 2009, Locale.FRENCH))
                .isInstanceOf(BusinessException.class).hasMessage("report.plan.year-outside");
        assertThatThrownBy(() -> reports.actionPlanReportDocx(plan(), 2005, Locale.FRENCH))
                .isInstanceOf(BusinessException.class).hasMessage("report.plan.year-outside");
    }

    @Test
    void theYearTwoReportIsATaggedPdfUaDocumentInFrenchAndEnglish() {
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            byte[] pdf = reports.actionPlanReportPdf(plan(), 2007, locale);

            assertThat(TaggedPdf.pdfUaFailures(pdf)).as("veraPDF, PDF/UA-1, %s", locale).isEmpty();
            TaggedPdf tagged = new TaggedPdf(pdf);
            assertThat(tagged.language).isEqualTo(locale == Locale.FRENCH ? "fr-CA" : "en-CA");
            ReportAccessibilityTest.assertNoSkippedHeadingLevel(tagged.headingLevels());
            assertThat(tagged.ofType("Figure")).singleElement().satisfies(f -> assertThat(f.alt()).isNotBlank());
            assertThat(tagged.bookmarks).hasSizeGreaterThan(2);
        }
    }
}
