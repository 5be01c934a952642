package org.coopera.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.TestSecurity.signIn;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coopera.IntegrationTest;
import org.coopera.program.FundingDraft;
import org.coopera.program.ProjectDetail;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectFundingService;
import org.coopera.program.ProjectRow;
import org.coopera.program.ProjectService;
import org.coopera.reference.PartnerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The biennial report states the programme's funding (the total approved and paid, and a table per
 * fiscal year; without funding it says there is none) and its current projects per Québec region, in the
 * PDF and the Word document, read back.
 */
@IntegrationTest
class ProgramReportFundingAndRegionsIT {

    private static final List<String> CODES = List.of("GTQM-2013-EDU-05", "GTQM-2013-CUL-07");

    @Autowired
    ReportService reports;
    @Autowired
    ProjectFundingService funding;
    @Autowired
    ProjectService projects;
    @Autowired
    PartnerService partners;
    @Autowired
    JdbcClient jdbc;

    private final Map<Long, ProjectDetail> before = new HashMap<>();

    private long gtqm2013() {
        return jdbc.sql("""
                        select p.id from program p join working_group wg on wg.id = p.working_group_id
                        where wg.acronym = 'GTQM' and p.start_year = 2013""")
                .query(Long.class).single();
    }

    private ProjectRow project(String code) {
        return projects.find(ProjectFilter.none().withText(code), "code", true, 0, 5).stream()
                .filter(row -> row.code().equals(code)).findFirst().orElseThrow();
    }

    /** Spaces of every kind as plain spaces, line breaks too, so that amounts and wrapped sentences match. */
    private static String flat(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ').replaceAll("[\\r\\n]+", " ").replaceAll(" +", " ");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        return flat(ReadBack.pdf(pdf));
    }

    private static String docxText(byte[] docx) throws IOException {
        return flat(ReadBack.docx(docx));
    }

    @AfterEach
    void removeTheLines() {
        signIn("admin", "ADMIN");
        before.forEach((id, detail) -> {
            funding.lines(id).forEach(line -> funding.delete(line.id(), line.version()));
            ProjectRow now = projects.get(id).orElseThrow();
            projects.update(id, now.version(), detail.toDraft());
        });
        SecurityContextHolder.clearContext();
    }

    @Test
    void theReportStatesTheTotalApprovedAndPaidAndEachFiscalYear() throws IOException {
        signIn("gestionnaire", "MANAGER");
        assertThat(pdfText(reports.programReportPdf(gtqm2013(), Locale.FRENCH)))
                .contains("Financement par exercice", "Aucun financement n’a été saisi pour les projets de cette programmation.");

        signIn("admin", "ADMIN");
        long ministry = partners.findOrganisations("MRIFCE", "CA", PageRequest.of(0, 1)).getFirst().id();
        ProjectRow first = project(CODES.get(0));
        ProjectRow second = project(CODES.get(1));
        before.put(first.id(), projects.detail(first.id()).orElseThrow());
        before.put(second.id(), projects.detail(second.id()).orElseThrow());
        funding.add(first.id(), new FundingDraft(2013, ministry, new BigDecimal("12000"), new BigDecimal("12000"),
                new BigDecimal("10000")));
        funding.add(first.id(), new FundingDraft(2014, ministry, new BigDecimal("8000"), new BigDecimal("5000"),
                null));
        funding.add(second.id(), new FundingDraft(2013, ministry, new BigDecimal("30500.50"), null, null));

        signIn("gestionnaire", "MANAGER");
        String french = pdfText(reports.programReportPdf(gtqm2013(), Locale.FRENCH));
        assertThat(french).contains("Financement par exercice",
                "Total approuvé : 50 500,50 $ ; total versé : 10 000,00 $ (2 projets financés).",
                "2013-2014 2 42 500,50 $ 12 000,00 $ 10 000,00 $",
                "2014-2015 1 8 000,00 $ 5 000,00 $ 0,00 $",
                "Total 2 50 500,50 $ 17 000,00 $ 10 000,00 $");

        String english = docxText(reports.programReportDocx(gtqm2013(), Locale.ENGLISH));
        assertThat(english).contains("Funding by fiscal year",
                "Total approved: $50,500.50; total paid: $10,000.00 (2 funded projects).",
                "Fiscal year", "2013-2014", "$42,500.50", "$17,000.00");
    }

    @Test
    void theReportCountsTheCurrentProjectsPerQuebecRegion() throws IOException {
        // the demo's illustrative regions: six of the 24 projects, RI-01 in 03 and 06, EDU-01 in 03, 05 and 16
        signIn("gestionnaire", "MANAGER");
        String french = pdfText(reports.programReportPdf(gtqm2013(), Locale.FRENCH));
        assertThat(french).contains("Projets actuels par région du Québec",
                "Un projet mené dans plusieurs régions compte dans chacune ; sans région indiquée : 18.",
                "Région Projets 02 Saguenay–Lac-Saint-Jean 1 03 Capitale-Nationale 3 05 Estrie 1 06 Montréal 3 "
                        + "08 Abitibi-Témiscamingue 1 16 Montérégie 1");
        String english = docxText(reports.programReportDocx(gtqm2013(), Locale.ENGLISH));
        assertThat(english).contains("Current projects by Québec region", "without a stated region: 18.",
                "03 Capitale-Nationale", "16 Montérégie");
    }
}
