package org.coopera.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Behaviour tied to one account: the language a user picks is kept; after too many failed logins
 * the user name waits (5 free attempts: coopera.security.login-throttle.free-attempts-per-name),
 * with the same answer for a name that does not exist; a user whom an administrator disables is
 * sent to the login page at his or her next action. Each test uses a user of its own, created
 * through the administration screen, so that the demo users other tests rely on stay unchanged.
 */
class UserAccountE2EIT extends E2ETestBase {

    private static final NewE2EUser BILINGUAL =
            new NewE2EUser("e2e.langue", "Bernard Bilingue", "Chargé de programme", "Tulipe-Orange-Fenetre-42");
    private static final NewE2EUser STUBBORN =
            new NewE2EUser("e2e.compte", "Théo Têtu", "Lecteur", "Pivoine-Grise-Horloge-63");
    private static final NewE2EUser DISMISSED =
            new NewE2EUser("e2e.renvoi", "Denise Désactivée", "Chargé de programme", "Colibri-Jaune-Escalier-28");

    @BeforeAll
    void createUsers() {
        createUsersAsAdmin(List.of(BILINGUAL, STUBBORN, DISMISSED));
    }

    @Test
    void chosenLanguageIsKeptAcrossSessions() {
        login(BILINGUAL.username(), BILINGUAL.password());
        assertThat(navItem(page, "Groupes de travail")).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "fr-CA");

        page.locator(".drawer-footer vaadin-button.language-switch").filter(hasText("English")).click();

        // the page reloads in English
        assertThat(navItem(page, "Working groups")).isVisible();
        waitForVaadin(page);
        assertThat(page.locator("html")).hasAttribute("lang", "en-CA");
        assertThat(page.locator(".drawer-footer vaadin-button.language-switch")).hasText("Français");

        logout(page, "Sign out");
        login(BILINGUAL.username(), BILINGUAL.password());
        assertEquals(List.of("Home", "My projects", "Working groups", "Programmes", "Projects", "Policy", "Bulletins",
                "Reports"),
                navLabels(page));

        // and back to French, which is kept as well
        page.locator(".drawer-footer vaadin-button.language-switch").filter(hasText("Français")).click();
        assertThat(navItem(page, "Groupes de travail")).isVisible();
        waitForVaadin(page);
        logout(page, "Se déconnecter");
        login(BILINGUAL.username(), BILINGUAL.password());
        assertEquals(List.of("Accueil", "Mes projets", "Groupes de travail", "Programmations", "Projets", "Politique",
                "Bulletins", "Rapports"), navLabels(page));
    }

    @Test
    void failedAttemptsAreRefusedGenericallyThenTheNameWaitsAndAnUnknownNameIsToldTheSame() {
        openLoginPage(page);
        // five free attempts, and the sixth failure starts the wait
        for (int attempt = 1; attempt <= 6; attempt++) {
            failLogin(page, STUBBORN.username(), "wrong-password-" + attempt);
            assertThat(loginErrorTitle(page)).hasText("Connexion refusée");
            assertThat(loginErrorMessage(page)).hasText("Nom d’utilisateur ou mot de passe incorrect.");
        }

        failLogin(page, STUBBORN.username(), STUBBORN.password());
        assertThat(loginErrorTitle(page)).hasText("Trop de tentatives");
        assertThat(loginErrorMessage(page)).containsText("Patientez quelques instants");
        String message = loginErrorMessage(page).textContent();

        for (int attempt = 1; attempt <= 7; attempt++) {
            failLogin(page, "e2e.personne", "wrong-password-" + attempt);
        }
        assertThat(loginErrorTitle(page)).hasText("Trop de tentatives");
        assertEquals(message, loginErrorMessage(page).textContent());
        open("");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void aUserWhomAnAdministratorDisablesIsSentToTheLoginPageAtTheNextAction() {
        login(DISMISSED.username(), DISMISSED.password());
        assertThat(navItem(page, "Projets")).isVisible();

        try (BrowserContext adminContext = newContext()) {
            Page admin = adminContext.newPage();
            try {
                disableAsAdmin(admin, DISMISSED.username());
            } catch (RuntimeException | AssertionError e) {
                screenshot(admin, "UserAccountE2EIT-disableAsAdmin");
                throw e;
            }
        }

        // the open tab's next action: refused, and the login page instead
        navItem(page, "Projets").getByRole(AriaRole.LINK).click();
        page.waitForURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("vaadin-login-form input[name=username]")).isVisible();
        failLogin(page, DISMISSED.username(), DISMISSED.password());
        assertThat(loginErrorTitle(page)).hasText("Connexion refusée");
    }

    private void disableAsAdmin(Page admin, String username) {
        login(admin, "admin", DEMO_PASSWORD);
        open(admin, "admin/users");
        admin.locator("#user-filter input").fill(username);
        // the filter applies after a pause: wait for the one row left, so that its buttons stay put
        assertThat(admin.locator("#user-grid vaadin-grid-cell-content:visible")
                .getByText("Gaston", new Locator.GetByTextOptions().setExact(false))).hasCount(0);
        waitForVaadin(admin);
        Locator disable = admin.locator("vaadin-button[aria-label='Désactiver " + username + "']:visible");
        assertThat(disable).hasCount(1);
        disable.click();
        assertThat(admin.locator("#disable-dialog")).hasAttribute("opened", "");
        admin.locator("#disable-dialog > vaadin-button[slot='confirm-button']").click();
        assertThat(admin.getByText("Utilisateur " + username + " désactivé.")).isVisible();
    }

    private static Locator.FilterOptions hasText(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }
}
