package org.coopera.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coopera.program.ProgramStatus;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import org.coopera.report.ProgramReportData.Annex;
import org.coopera.report.ProgramReportData.AnnexLine;
import org.coopera.report.ProgramReportData.CoChair;
import org.coopera.report.ProgramReportData.Group;
import org.coopera.report.ProgramReportData.HealthCount;
import org.coopera.report.ProgramReportData.Meeting;
import org.coopera.report.ProgramReportData.ProjectLine;
import org.coopera.report.ProgramReportData.SectorCount;
import org.coopera.report.ProgramReportData.SectorSection;
import org.coopera.report.ProgramReportData.StatusCount;
import org.coopera.report.ProgramReportData.Summary;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The PDF template and the DOCX on hand-made data, without the application: fonts, typography, empty parts. */
class ProgramReportPdfTest {

    private static final char NBSP = '\u00a0';

    private final ProgramReportPdf renderer = new ProgramReportPdf(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/report");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static ProgramReportData data(List<AnnexLine> dropped) {
        ProjectLine project = new ProjectLine(1, "TEST-01", "Échange d’œuvres à Ça-Là, coût 12 500 €",
                "Exchange of works, cost €12,500", "CUL", ProjectStatus.FINALISATION, null, "Musée québécois",
                "Museo de Arte", List.of("Œuvre partenaire"), 100, LocalDate.of(2015, 1, 1),
                "Budget de 12 500 € dépensé ; « bilan » positif !");
        return new ProgramReportData(7, 2015, 2017, ProgramStatus.IN_PROGRESS, LocalDate.of(2016, 3, 1),
                new Group(3, "GTX", "Groupe de travail X", "Working group X", "Pérou", "Peru", "PE"),
                List.of(new CoChair(true, "Hélène Côté", "Sous-ministre", "MRI")),
                new Meeting(3, LocalDate.of(2015, 6, 1), "Lima"), null, Set.of(Theme.YOUTH),
                new Summary(1, 1, List.of(new SectorCount("CUL", "Culture", "Culture", 1, 1)),
                        List.of(new StatusCount(ProjectStatus.FINALISATION, 1, 1)),
                        List.of(new HealthCount(ProjectHealth.OFF_TRACK, 0))),
                List.of(new SectorSection("CUL", "Culture", "Culture", List.of(project))), List.of(),
                new Annex(List.of(), dropped, List.of()));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\r\\n]+", " ").replaceAll(" +", " ");
        }
    }

    @Test
    void accentsLigaturesAndTheEuroSignComeBackFromTheEmbeddedFont() throws IOException {
        String text = text(renderer.pdf(data(List.of()), Locale.FRENCH));

        assertThat(text).contains("Échange d’œuvres à Ça-Là, coût 12 500 €", "Hélène Côté", "Pérou",
                "Budget de 12 500 € dépensé ; « bilan » positif !", "Œuvre partenaire");
        assertThat(text).doesNotContain("#");
    }

    @Test
    void frenchDatesSayPremierAndEmptyPartsSaySo() throws IOException {
        String text = text(renderer.pdf(data(List.of()), Locale.FRENCH));

        assertThat(text).contains("le 1er juin 2015, à Lima", "Généré le 1er mars 2016",
                "Aucun bulletin publié pendant la période.", "Culture (1" + NBSP + "projet)", "Priorités Aucun.",
                "santé" + NBSP + ": non évaluée", "avancement" + NBSP + ": 100" + NBSP + "%");
    }

    @Test
    void theAnnexListsDroppedProjectsWithTheirStatus() throws IOException {
        String text = text(renderer.pdf(data(List.of(new AnnexLine("TEST-09", "Projet annulé", "Cancelled project",
                ProjectStatus.CANCELLED, null))), Locale.ENGLISH));

        assertThat(text).contains("Adopted projects dropped or cancelled (1)", "TEST-09 Cancelled project Cancelled",
                "Generated on March 1, 2016");
    }

    @Test
    void theWordDocumentReadsBackWithAccentsTheEuroSignAndFrenchDates() throws IOException {
        byte[] docx = new ProgramReportDocx(messages()).docx(data(List.of(new AnnexLine("TEST-09", "Projet annulé",
                "Cancelled project", ProjectStatus.CANCELLED, null))), Locale.FRENCH);
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document =
                     new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor =
                     new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("Échange d’œuvres à Ça-Là, coût 12 500 €", "Hélène Côté",
                    "Budget de 12 500 € dépensé ; « bilan » positif !", "le 1er juin 2015, à Lima",
                    "Projets adoptés retirés ou annulés (1)", "TEST-09 Projet annulé", "Annulé",
                    "Culture (1" + NBSP + "projet)", "Aucun bulletin publié pendant la période.");
        }
    }

    @Test
    void theHtmlIsWellFormedAndEscapesWhatTheDataSays() {
        String html = renderer.html(new ProgramReportData(7, 2015, 2017, ProgramStatus.IN_PROGRESS, LocalDate.of(2016, 3, 1),
                new Group(3, "<b>GTX</b>", "Groupe & co", "Group & co", "Pérou", "Peru", "PE"), List.of(), null,
                "<script>alert(1)</script>", Set.of(), new Summary(0, 0, List.of(), List.of(), List.of()), List.of(),
                List.of(), new Annex(List.of(), List.of(), List.of())), Locale.FRENCH);

        assertThat(html).contains("&lt;b&gt;GTX&lt;/b&gt;", "Groupe &amp; co", "&lt;script&gt;")
                .doesNotContain("<script>", "<b>GTX");
    }
}
