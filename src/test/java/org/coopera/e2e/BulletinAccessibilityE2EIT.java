package org.coopera.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.1 AA (SGQRI 008) on the bulletin screens, scanned with axe-core: the search with marked
 * results, a bulletin's page, the import dialog with its preview and the editor it opens. Signed in
 * as a manager; nothing is saved.
 */
class BulletinAccessibilityE2EIT extends E2ETestBase {

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

    @Test
    void searchAndBulletinPage() {
        open(manager, "bulletins");
        manager.locator("#bulletins-text input").fill("education");
        assertThat(manager.locator("#bulletins-grid mark").first()).isVisible();
        assertNoAccessibilityViolations(manager, "/bulletins with a search");

        manager.locator("#bulletins-grid a").getByText("La coopération Québec-Mexique toujours aussi vivante!").click();
        assertThat(manager.locator("#bulletin-title")).hasText("La coopération Québec-Mexique toujours aussi vivante!");
        assertThat(manager.locator("#bulletin-body li").first()).isVisible();
        assertNoAccessibilityViolations(manager, "the GTQM bulletin page");
    }

    @Test
    void importDialogPreviewAndEditor() throws IOException {
        open(manager, "bulletins");
        manager.locator("#bulletins-import").click();
        manager.locator("#bulletin-import-text textarea").fill(seed());
        manager.locator("#bulletin-import-read").click();
        assertThat(manager.locator("#bulletin-import-title")).hasText("La coopération Québec-Mexique toujours aussi vivante!");
        assertNoAccessibilityViolations(manager, "the import dialog with its preview");

        manager.locator("#bulletin-import-continue").click();
        assertThat(manager.locator("#bulletin-save")).isVisible();
        assertNoAccessibilityViolations(manager, "the bulletin editor on an imported draft");
    }

    private static String seed() throws IOException {
        try (InputStream in = BulletinAccessibilityE2EIT.class.getResourceAsStream(
                "/seeds/bulletin-2013-06-21-gtqm-14e-reunion.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
