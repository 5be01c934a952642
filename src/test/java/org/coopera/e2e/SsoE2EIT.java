package org.coopera.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.coopera.security.sso.SsoSignInContract;
import org.coopera.security.sso.SsoTest;
import org.coopera.security.sso.SsoTestEnvironment;
import org.coopera.security.sso.TestIdentityProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

/**
 * Single sign-on end to end in Chromium: the application configured for the tests' OpenID Connect
 * provider (Spring Authorization Server) and LDAP directory. Sign-in through the provider's own
 * page, roles from the groups, the language from the claims, sign-out of both, a person whose group
 * was removed refused with a clear page. The LDAP and API tests of {@link SsoSignInContract} run
 * here too, on the same application context.
 */
@SsoTest
class SsoE2EIT extends E2ETestBase implements SsoSignInContract {

    @Autowired
    WebApplicationContext applicationContext;

    @Autowired
    JdbcClient jdbc;

    @Override
    public WebApplicationContext applicationContext() {
        return applicationContext;
    }

    /**
     * Coopera at 127.0.0.1: Spring Authorization Server refuses "localhost" in a redirect URI (OAuth 2.1
     * wants the loopback IP literal), and the provider stays at localhost, so each keeps its cookies.
     */
    @Override
    public String cooperaBaseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    String url(String route) {
        return cooperaBaseUrl() + "/" + route;
    }

    @BeforeAll
    void letCooperaUseTheProvider() {
        TestIdentityProvider.allowClient(cooperaBaseUrl());
    }

    /** Follows "Sign in with ..." to the provider's page and signs in there. */
    private void ssoSignIn(Page target, String username) {
        openLoginPage(target);
        target.locator("#sso-sign-in").click();
        signInAtProvider(target, username);
    }

    private static void signInAtProvider(Page target, String username) {
        target.waitForURL(TestIdentityProvider.issuer() + "/login");
        target.locator("input[name=username]").fill(username);
        target.locator("input[name=password]").fill(TestIdentityProvider.PASSWORD);
        target.locator("button[type=submit]").click();
    }

    private String roles(String username) {
        return jdbc.sql("select coalesce(group_concat(r.role order by r.role), '') from user_account u"
                        + " left join user_account_role r on r.user_id = u.id where u.username = :username")
                .param("username", username).query(String.class).single();
    }

    @Test
    void aManagerSignsInThroughTheProviderThenOutOfCooperaAndOfTheProvider() {
        openLoginPage(page);
        assertThat(page.locator("#sso-sign-in")).hasText("Se connecter avec " + SsoTestEnvironment.PROVIDER_NAME);
        assertNoAccessibilityViolations(page, "the login page with single sign-on");

        page.locator("#sso-sign-in").click();
        signInAtProvider(page, "amelie.gagnon");
        page.waitForURL(url -> url.startsWith(cooperaBaseUrl()) && !url.contains("/login"));
        waitForMainLayout(page);

        assertThat(page.getByText("Bienvenue, Amélie Gagnon")).isVisible();
        assertThat(page.locator("#home-roles")).containsText("Gestionnaire");
        assertThat(roles("amelie.gagnon")).isEqualTo("MANAGER");
        assertThat(jdbc.sql("select email from user_account where username = 'amelie.gagnon'").query(String.class)
                .single()).isEqualTo("amelie.gagnon@idp.coopera.test");

        List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(request -> requests.add(request.url()));
        logout(page, "Se déconnecter");
        assertThat(requests).as("RP-initiated logout at the provider's end_session_endpoint")
                .anyMatch(url -> url.startsWith(TestIdentityProvider.issuer() + "/connect/logout?id_token_hint="));
        // the provider's session ended too: "Sign in with ..." asks for the password again
        page.locator("#sso-sign-in").click();
        page.waitForURL(TestIdentityProvider.issuer() + "/login");
        assertThat(page.locator("input[name=password]")).isVisible();
    }

    @Test
    void thePersonsLanguageComesFromTheProvider() {
        ssoSignIn(page, "bruno.ortiz");
        page.waitForURL(url -> url.startsWith(cooperaBaseUrl()) && !url.contains("/login"));
        waitForMainLayout(page);

        assertThat(page.getByText("Welcome, Bruno Ortiz")).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "en-CA");
        assertThat(roles("bruno.ortiz")).isEqualTo("OFFICER");
    }

    @Test
    void aPersonWhoseGroupWasRemovedIsRefusedWithAClearPageAndLosesTheRoles() {
        ssoSignIn(page, "chloe.roy");
        page.waitForURL(url -> url.startsWith(cooperaBaseUrl()) && !url.contains("/login"));
        waitForMainLayout(page);
        assertThat(roles("chloe.roy")).isEqualTo("OFFICER");

        TestIdentityProvider.setGroups("chloe.roy", List.of("comptabilite"));
        try (BrowserContext later = newContext()) {
            Page again = later.newPage();
            try {
                ssoSignIn(again, "chloe.roy");
                again.waitForURL(Pattern.compile(".*/login\\?sso-error.*"));
                waitForVaadin(again);
                var error = again.locator("#sso-error");
                assertThat(error.getByRole(AriaRole.HEADING)).hasText("Accès refusé");
                assertThat(error).containsText("aucun de vos groupes ne donne accès à Coopera");
                assertNoAccessibilityViolations(again, "the page of a refused single sign-on");
                // no loop: the page stays, and offers the provider again
                again.waitForTimeout(1_000);
                assertThat(again).hasURL(Pattern.compile(".*/login\\?sso-error$"));
                assertThat(again.locator("#sso-sign-in")).isVisible();
            } catch (RuntimeException | AssertionError e) {
                screenshot(again, "SsoE2EIT-refused");
                throw e;
            }
        } finally {
            TestIdentityProvider.setGroups("chloe.roy", List.of(TestIdentityProvider.OFFICERS));
        }
        assertThat(roles("chloe.roy")).isEmpty();
    }
}
