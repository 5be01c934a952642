package org.coopera.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** On a phone-sized screen the navigation folds behind the menu button and still reaches every section. */
class NarrowScreenE2EIT extends E2ETestBase {

    @Test
    void theDrawerOpensFromTheMenuButtonAndNavigates() {
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("fr-CA").setIsMobile(true).setHasTouch(true))) {
            phone.setDefaultTimeout(20_000);
            Page small = phone.newPage();
            small.navigate(url("login"));
            waitForVaadin(small);
            submitLogin(small, "gestionnaire", DEMO_PASSWORD);
            small.waitForURL(Pattern.compile(".*/$"));
            waitForVaadin(small);

            var menuButton = small.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Afficher ou masquer le menu"));
            assertThat(menuButton).isVisible();
            var projects = small.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Projets").setExact(true));
            assertThat(projects).not().isVisible();
            assertNoAccessibilityViolations(small, "home on a narrow screen");

            menuButton.click();
            assertThat(projects).isVisible();
            projects.click();
            small.waitForURL(Pattern.compile(".*/projects.*"));
            waitForVaadin(small);
            assertThat(small.locator("h1.view-title")).hasText("Projets");
        }
    }
}
