package org.coopera.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * « Importer des projets » in a real browser: from the project list, a CSV with an error is
 * uploaded, the preview lists the error with its row and column, nothing can be confirmed; the
 * screen and the preview pass the axe-core WCAG 2.1 AA scan. Nothing is written.
 */
class ProjectImportE2EIT extends E2ETestBase {

    private BrowserContext context;
    private Page officer;

    @BeforeAll
    void signInAsOfficer() {
        context = newContext();
        officer = context.newPage();
        login(officer, "agent", DEMO_PASSWORD);
    }

    @AfterAll
    void signOut() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void uploadPreviewAndErrors() {
        open(officer, "projects");
        officer.locator("#project-import").click();
        assertThat(officer.locator("#import-upload")).isVisible();
        assertThat(officer.locator("#import-template-xlsx")).isVisible();
        assertNoAccessibilityViolations(officer, "/projects/import");

        byte[] csv = ("Code;Programmation;Titre (français);Titre (anglais);Secteur\r\n"
                + "GTQM-2013-RI-01;GTQM 2013-2015;;;Astrologie\r\n").getBytes(StandardCharsets.UTF_8);
        officer.locator("#import-upload input[type=file]")
                .setInputFiles(new FilePayload("projets.csv", "text/csv", csv));

        assertThat(officer.locator("#import-summary")).containsText("1 en erreur");
        assertThat(officer.locator("#import-errors")).containsText("Secteur inconnu");
        assertThat(officer.locator("#import-confirm")).isDisabled();
        assertNoAccessibilityViolations(officer, "the import preview with an error");
    }
}
