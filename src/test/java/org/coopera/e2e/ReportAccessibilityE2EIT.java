package org.coopera.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.1 AA (SGQRI 008) on the Reports view: the request form with a missing choice, then the
 * archive while a report is generated (progress bar) and once it is done (download link); the
 * page refreshes itself by polling, so the finished state appears without a reload.
 */
class ReportAccessibilityE2EIT extends E2ETestBase {

    @Test
    void theRequestFormAndTheArchiveWithAFinishedReport() {
        login("agent");
        open("reports");
        assertThat(page.locator("#report-request")).isVisible();
        page.locator("#report-generate").click();
        assertThat(page.locator("#report-program")).hasAttribute("invalid", "");
        waitForVaadin(page);
        assertNoAccessibilityViolations(page, "the Reports view with a missing programme");

        page.locator("#report-program input").fill("GTQM");
        page.locator("vaadin-combo-box-item").getByText("GTQM 2013-2015").click();
        page.locator("#report-generate").click();
        Locator done = page.locator("#report-archive vaadin-grid-cell-content").getByText("Terminé");
        assertThat(done.first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(page.locator("#report-archive vaadin-grid-cell-content a").first())
                .containsText("rapport-GTQM-2013-2015-fr.pdf");
        waitForVaadin(page);
        assertNoAccessibilityViolations(page, "the Reports view with a generated report");
    }
}
