package org.coopera.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.1 AA (SGQRI 008) on the policy screens: the tree with its counts, a measure's page and its
 * dialogs, the year-II progress report and the refusal that offers a new version. Signed in as the
 * manager, who sees every edit control; nothing is saved.
 */
class PolicyAccessibilityE2EIT extends E2ETestBase {

    private BrowserContext managerContext;
    private Page manager;

    @BeforeAll
    void signInAsManager() {
        managerContext = newContext();
        manager = managerContext.newPage();
        login(manager, "gestionnaire", DEMO_PASSWORD);
    }

    @AfterAll
    void signOut() {
        if (managerContext != null) {
            managerContext.close();
        }
    }

    private Locator treeLink(String code) {
        return manager.locator("#policy-tree vaadin-grid-cell-content a").getByText(code,
                new Locator.GetByTextOptions().setExact(true));
    }

    @Test
    void thePolicyTreeAndAMeasurePage() {
        open(manager, "policy");
        assertThat(manager.locator("#objective-counts-1")).hasText("3 réalisées · 1 en cours · 0 non commencées · 0 sans bilan");
        assertNoAccessibilityViolations(manager, "the policy tree");

        manager.locator("#policy-new-measure").click();
        assertThat(manager.locator("#measure-code input")).isVisible();
        assertNoAccessibilityViolations(manager, "the new measure dialog");
        manager.locator("#measure-cancel").click();

        treeLink("1.2").click();
        assertThat(manager.locator("#measure-heading")).containsText("São Paulo");
        waitForVaadin(manager);
        assertNoAccessibilityViolations(manager, "a measure page");

        manager.locator("#measure-link-add").click();
        assertThat(manager.locator("#link-office-name input")).isVisible();
        assertNoAccessibilityViolations(manager, "the link dialog");
        manager.locator("#link-cancel").click();
    }

    @Test
    void theYearTwoReportAndTheNewVersionOffer() {
        open(manager, "policy");
        manager.locator("#policy-reports-grid vaadin-grid-cell-content a").first().click();
        assertThat(manager.locator("#report-state")).containsText("2007-2008");
        assertThat(manager.locator("#report-complete")).isVisible();
        waitForVaadin(manager);
        assertNoAccessibilityViolations(manager, "the year-II progress report");

        manager.locator("#report-edit-1\\.1").click();
        assertThat(manager.locator("#report-frozen-dialog")).hasAttribute("opened", "");
        assertNoViolationsButContrast("the published report's new-version offer");
        manager.keyboard().press("Escape");
        assertThat(manager.locator("vaadin-confirm-dialog[opened]")).hasCount(0);
    }

    /**
     * Scans an open confirmation with every rule but colour contrast: the known gap described in
     * RegistryEditingAccessibilityE2EIT (axe-core measures the ConfirmDialog's cancel button against
     * the modality curtain, not the dialog's surface).
     */
    private void assertNoViolationsButContrast(String where) {
        manager.mouse().move(0, 0);
        waitForVaadin(manager);
        AxeResults results = new AxeBuilder(manager).withTags(AXE_TAGS).disableRules(List.of("color-contrast"))
                .analyze();
        Assertions.assertThat(results.isErrored()).as("axe-core scan of " + where).isFalse();
        Assertions.assertThat(results.getViolations()).as("accessibility violations on " + where)
                .extracting(Rule::getId).isEmpty();
    }
}
