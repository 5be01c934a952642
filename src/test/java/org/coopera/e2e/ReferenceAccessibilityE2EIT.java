package org.coopera.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WCAG 2.1 AA (SGQRI 008) on the reference-data screen: each tab and the dialogs, scanned with
 * axe-core as the administrator (who sees every action). Nothing is saved.
 */
class ReferenceAccessibilityE2EIT extends E2ETestBase {

    private BrowserContext adminContext;
    private Page admin;

    @BeforeAll
    void signInAsAdministrator() {
        adminContext = newContext();
        admin = adminContext.newPage();
        login(admin, "admin", DEMO_PASSWORD);
    }

    @AfterAll
    void signOut() {
        if (adminContext != null) {
            adminContext.close();
        }
    }

    private Locator cell(String gridId, String text) {
        return admin.locator("#" + gridId + " vaadin-grid-cell-content").getByText(text,
                new Locator.GetByTextOptions().setExact(true));
    }

    private void openTab(String label) {
        admin.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
        waitForVaadin(admin);
    }

    @Test
    void sectorsTabAndItsDialog() {
        open(admin, "reference");
        assertThat(admin).hasTitle("Données de référence");
        assertThat(cell("ref-sector-grid", "ECO-SOC")).isVisible();
        assertNoAccessibilityViolations(admin, "/reference (sectors)");

        admin.locator("#ref-sector-create").click();
        assertThat(admin.locator("#ref-sector-code input")).isVisible();
        assertNoAccessibilityViolations(admin, "the new-sector dialog");

        admin.locator("#ref-sector-save").click();
        assertThat(admin.locator("#ref-sector-code")).hasAttribute("invalid", "");
        assertNoAccessibilityViolations(admin, "the new-sector dialog showing field errors");

        admin.keyboard().press("Escape");
        assertThat(admin.locator("#ref-sector-code")).hasCount(0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Organisations", "Personnes", "Partenaires"})
    void otherTabs(String tab) {
        open(admin, "reference");
        openTab(tab);
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(tab).setLevel(2)))
                .isVisible();
        assertNoAccessibilityViolations(admin, "/reference (" + tab + ")");
    }

    @Test
    void organisationDialog() {
        open(admin, "reference");
        openTab("Organisations");
        assertThat(cell("ref-organisation-grid", "UNAM")).isVisible();
        admin.locator("#ref-organisation-create").click();
        assertThat(admin.locator("#ref-organisation-name input")).isVisible();
        admin.locator("#ref-organisation-save").click();
        assertThat(admin.locator("#ref-organisation-name")).hasAttribute("invalid", "");
        assertNoAccessibilityViolations(admin, "the new-organisation dialog showing field errors");
        admin.locator("#ref-organisation-cancel").click();
        assertThat(admin.locator("#ref-organisation-name")).hasCount(0);
    }

    @Test
    void jurisdictionDialog() {
        open(admin, "reference");
        openTab("Partenaires");
        admin.locator("#ref-jurisdiction-create").click();
        assertThat(admin.locator("#ref-jurisdiction-name-fr input")).isVisible();
        assertNoAccessibilityViolations(admin, "the new-partner dialog");
        admin.locator("#ref-jurisdiction-subdivision input").fill("bavière");
        admin.locator("#ref-jurisdiction-save").click();
        assertThat(admin.locator("#ref-jurisdiction-subdivision")).hasAttribute("invalid", "");
        assertNoAccessibilityViolations(admin, "the new-partner dialog showing field errors");
        admin.keyboard().press("Escape");
        assertThat(admin.locator("#ref-jurisdiction-name-fr")).hasCount(0);
    }

    @Test
    void personAndPartnerEditors() {
        open(admin, "reference");
        openTab("Personnes");
        admin.locator("#ref-person-grid .registry-person-action-edit").first().click();
        assertThat(admin.locator("#ref-person-full-name input")).isVisible();
        assertNoAccessibilityViolations(admin, "the person editor");
        admin.locator("#ref-person-cancel").click();
        assertThat(admin.locator("#ref-person-full-name")).hasCount(0);

        openTab("Partenaires");
        admin.locator("#ref-jurisdiction-grid .registry-jurisdiction-action-edit").first().click();
        assertThat(admin.locator("#ref-jurisdiction-name-fr input")).isVisible();
        assertNoAccessibilityViolations(admin, "the partner editor");
        admin.locator("#ref-jurisdiction-cancel").click();
        assertThat(admin.locator("#ref-jurisdiction-name-fr")).hasCount(0);
    }
}
