package org.coopera.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Behaviour tied to one account: the language a user picks is kept, and too many failed logins
 * lock the account (5 by default: coopera.security.lockout.max-attempts). Each test uses a user of
 * its own, created through the administration screen, so that the demo users other tests rely on
 * stay unchanged.
 */
class UserAccountE2EIT extends E2ETestBase {

    private static final NewE2EUser BILINGUAL =
            new NewE2EUser("e2e.langue", "Bernard Bilingue", "Chargé de programme", "Tulipe-Orange-Fenetre-42");
    private static final NewE2EUser FORGETFUL =
            new NewE2EUser("e2e.verrou", "Odile Oublieuse", "Lecteur", "Cerf-Volant-Rouge-Marée-17");
    private static final NewE2EUser STUBBORN =
            new NewE2EUser("e2e.compte", "Théo Têtu", "Lecteur", "Pivoine-Grise-Horloge-63");

    @BeforeAll
    void createUsers() {
        createUsersAsAdmin(List.of(BILINGUAL, FORGETFUL, STUBBORN));
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
    void lockedAccountIsRefusedEvenWithTheRightPasswordAndToldSo() {
        openLoginPage(page);
        for (int attempt = 1; attempt <= 5; attempt++) {
            failLogin(page, FORGETFUL.username(), "wrong-password-" + attempt);
        }

        failLogin(page, FORGETFUL.username(), FORGETFUL.password());

        assertThat(loginErrorTitle(page)).hasText("Compte verrouillé");
        assertThat(loginErrorMessage(page)).hasText("Ce compte est verrouillé après plusieurs tentatives échouées. "
                + "Réessayez plus tard ou demandez à un administrateur de le déverrouiller.");
        open("");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void fiveFailedAttemptsAreRefusedGenericallyThenTheAccountIsLocked() {
        openLoginPage(page);
        for (int attempt = 1; attempt <= 5; attempt++) {
            failLogin(page, STUBBORN.username(), "wrong-password-" + attempt);
            assertThat(loginErrorTitle(page)).hasText("Connexion refusée");
            assertThat(loginErrorMessage(page)).hasText("Nom d’utilisateur ou mot de passe incorrect.");
        }

        failLogin(page, STUBBORN.username(), STUBBORN.password());
        assertThat(loginErrorTitle(page)).hasText("Compte verrouillé");
    }

    private static Locator.FilterOptions hasText(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }
}
