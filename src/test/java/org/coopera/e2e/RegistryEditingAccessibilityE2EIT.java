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
 * WCAG 2.1 AA (SGQRI 008) on the registry editors of the working-group and programme pages:
 * co-chair, meeting and programme dialogs, the confirmations and the new-project dialog, scanned
 * with axe-core. Signed in as a manager; every dialog is cancelled, nothing is saved.
 */
class RegistryEditingAccessibilityE2EIT extends E2ETestBase {

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

    private void openGtqm() {
        Locator gtqm = workingGroupRow(manager, "GTQM");
        assertThat(gtqm).isVisible();
        gtqm.click();
        assertThat(manager.locator("#wg-title")).containsText("GTQM");
        waitForVaadin(manager);
    }

    private void openProgramme2013() {
        openGtqm();
        manager.locator("#wg-programs vaadin-grid-cell-content a").getByText("2013-2015",
                new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(manager.locator("#program-title")).containsText("2013-2015");
        waitForVaadin(manager);
    }

    /**
     * Scans an open confirmation with every rule but colour contrast. Known gap: axe-core measures
     * the ConfirmDialog's cancel button (in Vaadin 25's top-layer overlay) against the modality
     * curtain, not the dialog's white surface, and reports 3.65-3.95:1; this needs a manual check
     * or a fix before the confirmations can be scanned in full.
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

    private void scanDialog(String openButton, String visibleField, String cancelButton, String where) {
        manager.locator("#" + openButton).click();
        assertThat(manager.locator("#" + visibleField)).isVisible();
        assertNoAccessibilityViolations(manager, where);
        manager.locator("#" + cancelButton).click();
        assertThat(manager.locator("#" + visibleField)).hasCount(0);
    }

    @Test
    void workingGroupDialogs() {
        openGtqm();
        assertNoAccessibilityViolations(manager, "the GTQM page with its editing buttons");
        scanDialog("wg-add-co-chair", "co-chair-person", "co-chair-cancel", "the co-chair dialog");
        scanDialog("wg-record-meeting", "meeting-number", "meeting-cancel", "the new-meeting dialog");
        scanDialog("wg-edit-meeting-14", "meeting-chairs", "meeting-cancel", "the meeting editor");
        scanDialog("wg-new-program", "program-start-year", "program-cancel", "the new-programme dialog");
        scanDialog("wg-meeting-14-minutes-attach", "minutes-upload", "minutes-cancel", "the signed-minutes dialog");
        scanDialog("wg-meeting-14-history", "meeting-history-close", "meeting-history-close",
                "the meeting history dialog");
        manager.locator("[id^='wg-edit-co-chair-']").first().click();
        assertThat(manager.locator("#co-chair-person")).isVisible();
        assertNoAccessibilityViolations(manager, "the co-chair editor");
        manager.locator("#co-chair-cancel").click();
        assertThat(manager.locator("#co-chair-person")).hasCount(0);
    }

    @Test
    void dialogsShowingFieldErrors() {
        openGtqm();
        manager.locator("#wg-record-meeting").click();
        manager.locator("#meeting-date input").fill("2013-06-19");
        manager.locator("#meeting-date input").press("Enter");
        manager.locator("#meeting-minutes input").fill("2013-06-01");
        manager.locator("#meeting-minutes input").press("Enter");
        manager.locator("#meeting-save").click();
        assertThat(manager.locator("#meeting-minutes")).hasAttribute("invalid", "");
        assertNoAccessibilityViolations(manager, "the meeting dialog showing field errors");
        manager.locator("#meeting-cancel").click();
        assertThat(manager.locator("#meeting-number")).hasCount(0);
    }

    @Test
    void programmeDialogsAndConfirmations() {
        openProgramme2013();
        assertNoAccessibilityViolations(manager, "a programme page with its editing buttons");
        scanDialog("program-edit", "program-start-year", "program-cancel", "the programme editor");
        scanDialog("program-new-project", "project-code", "project-cancel", "the new-project dialog");

        manager.locator("#program-adopt-baseline").click();
        assertThat(manager.locator("#program-adopt-dialog")).hasAttribute("opened", "");
        assertNoViolationsButContrast("the adopted-list confirmation");
        manager.keyboard().press("Escape");
        assertThat(manager.locator("vaadin-confirm-dialog[opened]")).hasCount(0);

        manager.locator("#program-delete").click();
        assertThat(manager.locator("#program-delete-dialog")).hasAttribute("opened", "");
        assertNoViolationsButContrast("the delete confirmation");
        manager.keyboard().press("Escape");
        assertThat(manager.locator("vaadin-confirm-dialog[opened]")).hasCount(0);
    }
}
