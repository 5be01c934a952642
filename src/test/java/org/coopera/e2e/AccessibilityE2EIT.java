package org.coopera.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WCAG 2.1 AA (SGQRI 008): every page passes an axe-core scan with the WCAG 2.0/2.1 A and AA
 * rules. The signed-in pages are scanned as the administrator, who may open all of them, in one
 * session shared by the tests of this class.
 */
class AccessibilityE2EIT extends E2ETestBase {

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

    @Test
    void loginPage() {
        openLoginPage(page);
        assertNoAccessibilityViolations(page, "the login page");
    }

    @Test
    void loginPageWithError() {
        openLoginPage(page);
        failLogin(page, "nobody-by-that-name", "not-the-password");
        assertNoAccessibilityViolations(page, "the login page showing its error");
    }

    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"", "working-groups", "programs", "projects", "policy", "bulletins", "dashboards",
            "reports", "admin/users", "admin/security-events", "api-tokens", "account/two-factor", "password"})
    void signedInPage(String route) {
        open(admin, route);
        assertThat(admin.locator("vaadin-app-layout main")).isVisible();
        assertThat(accessDeniedHeading(admin)).hasCount(0);
        if (route.equals("admin/users")) {
            assertThat(admin.locator("#user-grid vaadin-grid-cell-content").getByText("gestionnaire",
                    new Locator.GetByTextOptions().setExact(true))).isVisible();
        }
        assertNoAccessibilityViolations(admin, "/" + route);
    }

    @Test
    void workingGroupPageProgrammePageAndEditDialog() {
        workingGroupRow(admin, "GTQM").click();
        assertThat(admin.locator("#wg-title")).hasText("GTQM — Groupe de travail Québec-Mexique");
        assertThat(admin.locator("#wg-meeting-14")).isVisible();
        assertNoAccessibilityViolations(admin, "the GTQM working group page");

        admin.locator("#wg-edit").click();
        assertThat(admin.locator("#wg-acronym input")).isVisible();
        assertNoAccessibilityViolations(admin, "the working group edit dialog");
        admin.locator("#wg-cancel").click();
        assertThat(admin.locator("#wg-acronym")).hasCount(0);

        admin.locator("#wg-programs vaadin-grid-cell-content a").getByText("2013-2015",
                new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(admin.locator("#program-total")).hasText("Total\u00a0: 24 projets");
        assertThat(admin.locator("#program-projects-EDU vaadin-grid-cell-content a")
                .getByText("GTQM-2013-EDU-01", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertNoAccessibilityViolations(admin, "the GTQM 2013-2015 programme page");
    }

    @Test
    void newUserDialog() {
        open(admin, "admin/users");
        admin.locator("#user-create").click();
        assertThat(admin.locator("#user-username input")).isVisible();
        assertThat(admin.locator("#user-password-confirmation input")).isVisible();
        assertNoAccessibilityViolations(admin, "the \"Nouvel utilisateur\" dialog");

        // with every field message shown too
        admin.locator("#user-save").click();
        assertThat(admin.locator("#user-username")).hasAttribute("invalid", "");
        assertNoAccessibilityViolations(admin, "the \"Nouvel utilisateur\" dialog showing field errors");
        admin.locator("#user-cancel").click();
        assertThat(admin.locator("#user-username")).hasCount(0);
    }

    @Test
    void accessDeniedPageAndEnglishPages() {
        login("lecteur");
        assertNoAccessibilityViolations(page, "the home page in English");
        open("admin/users");
        assertThat(accessDeniedHeading(page)).hasText("Access denied");
        assertNoAccessibilityViolations(page, "the access-denied page");
    }

    @Test
    void notFoundPage() {
        login("agent");
        open("no-such-section");
        assertThat(page).hasTitle("Page introuvable");
        assertNoAccessibilityViolations(page, "the not-found page");
    }
}
