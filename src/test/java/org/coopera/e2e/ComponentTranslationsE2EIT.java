package org.coopera.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The texts Vaadin's components write themselves in English (a grid column's sort button, a
 * password field's reveal button) are in French on French pages, and stay in English on English
 * pages (the administrator's language is French; the reader prefers English).
 */
class ComponentTranslationsE2EIT extends E2ETestBase {

    @Test
    void sortButtonsAndRevealButtonsSpeakFrenchOnFrenchPages() {
        login("admin");
        open("admin/users");
        var sorter = page.locator("#user-grid vaadin-grid-sorter").first();
        assertThat(sorter).hasAttribute("aria-label", java.util.regex.Pattern.compile("^Trier par \\S.*"));
        assertThat(page.locator("#user-grid vaadin-grid-sorter[aria-label^='Sort by']")).hasCount(0);

        page.locator("#user-create").click();
        var reveal = page.locator("vaadin-password-field vaadin-password-field-button").first();
        assertThat(reveal).hasAttribute("aria-label", "Afficher le mot de passe");
    }

    @Test
    void theyStayInEnglishOnEnglishPages() {
        login("lecteur");
        open("projects");
        var sorter = page.locator("vaadin-grid-sorter").first();
        assertThat(sorter).hasAttribute("aria-label", java.util.regex.Pattern.compile("^Sort by \\S.*"));
    }
}
