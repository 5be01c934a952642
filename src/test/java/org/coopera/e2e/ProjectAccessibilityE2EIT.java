package org.coopera.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.1 AA (SGQRI 008) on the project screens: the list (unfiltered and filtered from the
 * address), a project's page and its editor, scanned with axe-core. Signed in as the GTQM's
 * programme officer, who may edit its projects; nothing is saved.
 */
class ProjectAccessibilityE2EIT extends E2ETestBase {

    private BrowserContext officerContext;
    private Page officer;

    @BeforeAll
    void signInAsOfficer() {
        officerContext = newContext();
        officer = officerContext.newPage();
        login(officer, "agent", DEMO_PASSWORD);
    }

    @AfterAll
    void signOut() {
        if (officerContext != null) {
            officerContext.close();
        }
    }

    private Locator gridCell(String text) {
        return officer.locator("#project-grid vaadin-grid-cell-content").getByText(text,
                new Locator.GetByTextOptions().setExact(true));
    }

    @Test
    void projectList() {
        open(officer, "projects");
        assertThat(gridCell("GTQM-2011-CUL-01")).isVisible();
        assertNoAccessibilityViolations(officer, "/projects");
    }

    @Test
    void filteredProjectListFromTheAddress() {
        open(officer, "projects?q=nanotech&status=IMPLEMENTATION");
        assertThat(gridCell("GTQM-2013-RI-01")).isVisible();
        assertThat(officer.locator("#project-filter-text input")).hasValue("nanotech");
        assertNoAccessibilityViolations(officer, "/projects filtered");

        // Enter on a focused row opens the project
        gridCell("GTQM-2013-RI-01").click();
        assertThat(officer.locator("#project-heading")).containsText("GTQM-2013-RI-01");
    }

    @Test
    void projectPageAndEditor() {
        open(officer, "projects?q=GTQM-2013-RI-01");
        gridCell("GTQM-2013-RI-01").click();
        assertThat(officer.locator("#project-heading")).containsText("GTQM-2013-RI-01");
        waitForVaadin(officer);
        assertNoAccessibilityViolations(officer, "a project page");

        officer.locator("#project-edit").click();
        assertThat(officer.locator("#project-title-fr input")).isVisible();
        assertNoAccessibilityViolations(officer, "the project editor");

        officer.locator("#project-title-fr input").fill("");
        officer.locator("#project-save").click();
        assertThat(officer.locator("#project-title-fr")).hasAttribute("invalid", "");
        assertNoAccessibilityViolations(officer, "the project editor showing field errors");
        officer.locator("#project-cancel").click();
        assertThat(officer.locator("#project-title-fr")).hasCount(0);
    }

    @Test
    void theKeyboardOpensAProject() {
        open(officer, "projects?q=nanotech");
        assertThat(gridCell("GTQM-2013-RI-01")).isVisible();
        // from the reset button, Tab reaches the grid's header, Tab again its first row; Enter opens it
        officer.locator("#project-filter-reset").focus();
        officer.keyboard().press("Tab");
        officer.keyboard().press("Tab");
        officer.keyboard().press("Enter");
        assertThat(officer.locator("#project-heading")).containsText("GTQM-2013-RI-01");
    }
}
