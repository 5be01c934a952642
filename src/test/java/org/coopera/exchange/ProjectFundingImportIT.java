package org.coopera.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.TestSecurity.signIn;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.coopera.IntegrationTest;
import org.coopera.program.FundingDraft;
import org.coopera.program.ProgramService;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectFundingService;
import org.coopera.program.ProjectRow;
import org.coopera.program.ProjectService;
import org.coopera.program.TestProgrammes;
import org.coopera.reference.OrganisationType;
import org.coopera.reference.PartnerService;
import org.coopera.reference.ReferenceDrafts.OrganisationDraft;
import org.coopera.workinggroup.WorkingGroupService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** A funded project's budget is its approved total: an import that types another is refused on its row. */
@IntegrationTest
class ProjectFundingImportIT {

    private static final String HEADER = "Code;Programmation;Titre (français);Title (English);Secteur;Budget ($ CA)\r\n";

    @Autowired
    ProjectImportService imports;
    @Autowired
    ProjectFundingService funding;
    @Autowired
    ProjectService projects;
    @Autowired
    PartnerService partners;
    @Autowired
    WorkingGroupService workingGroups;
    @Autowired
    ProgramService programs;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static byte[] csv(String... rows) {
        return (HEADER + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anotherBudgetForAFundedProjectIsRefusedWithItsRowButItsOwnSumOrAnEmptyCellIsNot() {
        signIn("admin", "ADMIN");
        var made = TestProgrammes.ownProgramme(partners, workingGroups, programs, "GTFM", "Groupe import financé",
                "Funded import group", Set.of());
        imports.confirm(imports.preview("p.csv", csv("RFM-1;" + made.label() + ";Titre;Title;CUL;1000"),
                Locale.FRENCH), false);
        ProjectRow project = projects.find(ProjectFilter.none().withProgram(made.program().id()), "code", true, 0, 5)
                .getFirst();
        long funder = partners.createOrganisation(new OrganisationDraft("Bailleur import " + System.nanoTime(), null,
                "CA", OrganisationType.MINISTRY)).id();
        funding.add(project.id(), new FundingDraft(2015, funder, new BigDecimal("2500"), null, null));

        ImportPreview refused = imports.preview("p.csv", csv("RFM-1;" + made.label() + ";;;;3000"), Locale.FRENCH);
        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(2);
            assertThat(error.column()).isEqualTo(ImportColumn.BUDGET);
            assertThat(error.messageKey()).isEqualTo("project.budget.from-funding");
        });
        assertThat(projects.get(project.id()).orElseThrow().budget()).isEqualByComparingTo("2500");

        for (String cell : new String[] {"", "2500", "2 500,00"}) {
            ImportPreview accepted = imports.preview("p.csv", csv("RFM-1;" + made.label() + ";;;;" + cell), Locale.FRENCH);
            assertThat(accepted.errors()).as(cell).isEmpty();
            assertThat(accepted.unchanged()).as(cell).extracting(PreviewRow::code).containsExactly("RFM-1");
        }
    }
}
