package org.coopera.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The login page, its generic error, the redirect of anonymous visitors and sign-out. */
class LoginE2EIT extends E2ETestBase {

    private static final String GENERIC_ERROR = "Nom d’utilisateur ou mot de passe incorrect.";

    @Test
    void loginPageIsInFrenchByDefault() {
        openLoginPage(page);

        assertThat(page.locator("html")).hasAttribute("lang", "fr-CA");
        assertThat(page).hasTitle("Connexion — Coopera");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Coopera").setExact(true)))
                .isVisible();
        assertThat(page.locator("h1")).hasText("Coopera");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Connexion").setExact(true)))
                .isVisible();
        assertThat(page.getByLabel("Nom d’utilisateur", new Page.GetByLabelOptions().setExact(true))).isVisible();
        assertThat(page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true))).isVisible();
        assertThat(page.locator("vaadin-login-form vaadin-button[slot=submit]")).hasText("Se connecter");
        assertThat(page.locator("main.login-view > vaadin-button")).hasText("English");
        assertThat(loginError(page)).isHidden();
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameGenericMessage() {
        openLoginPage(page);
        failLogin(page, "lecteur", "not-the-password");
        assertThat(loginErrorTitle(page)).hasText("Connexion refusée");
        assertThat(loginErrorMessage(page)).hasText(GENERIC_ERROR);
        String forExistingUser = loginError(page).innerText();

        failLogin(page, "nobody-by-that-name", "not-the-password");
        assertThat(loginErrorTitle(page)).hasText("Connexion refusée");
        assertThat(loginErrorMessage(page)).hasText(GENERIC_ERROR);
        assertEquals(forExistingUser, loginError(page).innerText(),
                "the error must not tell whether the user name exists");

        // the failure did not sign anyone in
        open("");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void anonymousVisitorIsSentToTheLoginPage() {
        page.navigate(url("projects"));
        page.waitForURL(Pattern.compile(".*/login$"));
        waitForVaadin(page);
        assertThat(page.locator("vaadin-login-form input[name=username]")).isVisible();
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
    }

    @Test
    void signOutReturnsToTheLoginPageAndEndsTheSession() {
        login("gestionnaire");
        assertThat(page.locator(".drawer-footer .user-name")).hasText("Gaston Gestionnaire");

        logout(page, "Se déconnecter");

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
        // the session is gone: a protected view sends back to the login page
        page.navigate(url("dashboards"));
        page.waitForURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("vaadin-login-form input[name=username]")).isVisible();
    }
}
