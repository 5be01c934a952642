package org.coopera.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.coopera.program.ProgramDraft;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramStatus;
import org.coopera.program.ProjectDraft;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectRow;
import org.coopera.program.ProjectService;
import org.coopera.program.ProjectStatus;
import org.coopera.program.StatusUpdateService;
import org.coopera.reference.JurisdictionKind;
import org.coopera.reference.PartnerService;
import org.coopera.reference.ReferenceDrafts.JurisdictionDraft;
import org.coopera.reference.SectorService;
import org.coopera.workinggroup.WorkingGroupDraft;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * In Chromium, two people at work: the programme officer logs an update, the manager returns it
 * with a reason, the officer resubmits, the manager approves, and the manager's follow-up
 * figures change. The forms and the queue pass an axe scan on the way.
 */
class StatusUpdateE2EIT extends E2ETestBase {

    @Autowired
    WorkingGroupService workingGroups;
    @Autowired
    ProgramService programs;
    @Autowired
    ProjectService projects;
    @Autowired
    PartnerService partners;
    @Autowired
    SectorService sectors;
    @Autowired
    StatusUpdateService updates;

    private WorkingGroupSummary group;
    private ProjectRow project;
    private BrowserContext officerContext;
    private BrowserContext managerContext;
    private Page officer;
    private Page manager;

    @BeforeAll
    void aProjectOfTheOfficerAndTwoSignedInUsers() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, java.util.List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            String suffix = String.valueOf(System.nanoTime() % 1_000_000);
            var argentina = partners.findJurisdictions("Argentine", org.springframework.data.domain.PageRequest.of(0, 1))
                    .stream().findFirst().orElseGet(() -> partners.createJurisdiction(
                            new JurisdictionDraft("AR", JurisdictionKind.COUNTRY, null, "Argentine", "Argentina")));
            group = workingGroups.create(new WorkingGroupDraft("GTQA" + suffix, "Groupe Québec-Argentine " + suffix,
                    "Québec–Argentina group " + suffix, argentina.id(), LocalDate.of(2001, 1, 1), null, null, true));
            workingGroups.assignOfficers(group.id(), Set.of("agent"));
            var program = programs.create(new ProgramDraft(group.id(), 2025, 2027, null, null, ProgramStatus.ADOPTED,
                    Set.of()));
            project = projects.create(program.id(), new ProjectDraft("A-" + suffix, "Coopération en santé " + suffix,
                    "Health cooperation " + suffix, sectors.byCode("CUL").orElseThrow().id(), null, null, null,
                    LocalDate.of(2025, 7, 1), LocalDate.of(2027, 6, 30), new BigDecimal("5000.00"),
                    ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, Set.of(), null, null));
            updates.runReminders();
        } finally {
            SecurityContextHolder.clearContext();
        }
        officerContext = newContext();
        officer = officerContext.newPage();
        login(officer, "agent", DEMO_PASSWORD);
        managerContext = newContext();
        manager = managerContext.newPage();
        login(manager, "gestionnaire", DEMO_PASSWORD);
    }

    @AfterAll
    void signOut() {
        for (BrowserContext context : new BrowserContext[] {officerContext, managerContext}) {
            if (context != null) {
                context.close();
            }
        }
    }

    private Locator followUpCell(String column) {
        return manager.locator("#follow-up-" + group.id() + " td." + column);
    }

    @Test
    void officerLogsManagerReturnsOfficerResubmitsManagerApprovesAndTheCountsChange() {
        open(manager, "");
        assertThat(followUpCell("overdue")).hasText("1");
        assertThat(followUpCell("awaiting")).hasText("0");

        // the officer logs an update that changes the health: a reason is required
        open(officer, "projects/" + project.id());
        officer.locator("#update-log").click();
        assertThat(officer.locator("#update-narrative textarea")).isFocused();
        officer.locator("#update-narrative textarea").fill("Première mission tenue à Buenos Aires.");
        officer.locator("#update-health").click();
        officer.locator("vaadin-select-item").getByText("À risque").click();
        officer.locator("#update-submit").click();
        assertThat(officer.locator("#update-reason")).hasAttribute("invalid", "");
        officer.locator("#update-reason textarea").fill("Le partenaire attend son budget.");
        assertNoAccessibilityViolations(officer, "the update form");
        officer.keyboard().press("Control+Enter");
        assertThat(officer.getByText("Mise à jour soumise pour revue.")).isVisible();
        assertThat(officer.locator(".update-state")).hasText("Soumise");

        // the manager returns it with a reason
        open(manager, "review");
        manager.locator("#review-grid vaadin-grid-cell-content").getByText(project.code(),
                new Locator.GetByTextOptions().setExact(false)).first().click();
        assertThat(manager.locator("#review-detail .update-return")).isVisible();
        assertNoAccessibilityViolations(manager, "the review queue");
        manager.locator("#review-detail .update-return").click();
        manager.locator("#return-reason textarea").fill("Indiquez le montant attendu.");
        manager.locator("#return-confirm").click();
        assertThat(manager.getByText("Mise à jour retournée à son auteur.")).isVisible();

        // the officer sees why, corrects and resubmits
        open(officer, "projects/" + project.id());
        assertThat(officer.locator(".update-review-reason")).hasText("Indiquez le montant attendu.");
        assertThat(officer.locator(".update-state")).hasText("Retournée");
        officer.locator(".update-edit").click();
        officer.locator("#update-narrative textarea").fill("Première mission tenue ; budget de 20 000 $ attendu.");
        officer.locator("#update-submit").click();
        assertThat(officer.getByText("Mise à jour soumise pour revue.")).isVisible();

        open(manager, "");
        assertThat(followUpCell("awaiting")).hasText("1");

        // the manager approves: the project is no longer overdue, nothing awaits review
        open(manager, "projects/" + project.id());
        manager.locator(".update-approve").click();
        assertThat(manager.getByText("Mise à jour approuvée.")).isVisible();
        assertThat(manager.locator("#project-health")).hasText("À risque");
        open(manager, "");
        assertThat(followUpCell("overdue")).hasText("0");
        assertThat(followUpCell("awaiting")).hasText("0");
        assertNoAccessibilityViolations(manager, "the landing page with the follow-up table");

        open(officer, "my-projects");
        assertThat(officer.locator("#my-projects-summary")).isVisible();
        assertNoAccessibilityViolations(officer, "Mes projets");
    }
}
