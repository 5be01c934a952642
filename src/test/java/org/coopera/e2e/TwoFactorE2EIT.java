package org.coopera.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.coopera.TestSecurity;
import org.coopera.TestTotp;
import org.coopera.security.NewUser;
import org.coopera.security.Role;
import org.coopera.security.UserAdministrationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two-factor sign-in in Chromium: a user turns it on by typing the code that the test computes from
 * the key on the page (as an authenticator app would), then signs in with the password and such a
 * code, and later with a recovery code.
 */
class TwoFactorE2EIT extends E2ETestBase {

    private static final String PASSWORD = "Xochimilco-Tlaxcala-2016";

    @Autowired
    UserAdministrationService administration;

    @Test
    void enrolThenSignInWithACodeAndWithARecoveryCode() {
        String username = "e2e2fa" + System.nanoTime() % 1_000_000;
        TestSecurity.as("admin", "ADMIN", () -> administration.create(new NewUser(username, "Deux Étapes E2E", null,
                EnumSet.of(Role.READER), PASSWORD)));

        login(username, PASSWORD);
        open("account/two-factor");
        String secret = page.locator("#two-factor-secret").innerText();
        page.locator("#two-factor-enrol-code input").fill(TestTotp.code(secret, Instant.now()));
        page.locator("#two-factor-enable").click();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        List<String> recoveryCodes = page.locator("#recovery-codes li").allInnerTexts();
        page.locator("#recovery-codes-done").click();
        assertThat(page.locator("#two-factor-state")).containsText("activée");

        // a new sign-in: the password leads to the code page, and nowhere else
        Page second = signInWithPassword(username);
        second.navigate(url("projects"));
        second.waitForURL(Pattern.compile(".*/login/two-factor$"));
        waitForVaadin(second);
        assertNoAccessibilityViolations(second, "two-factor sign-in");
        // the next step's code: the one of the enrolment's step was used there and is not accepted twice
        second.locator("#two-factor-code input").fill(TestTotp.code(secret, Instant.now().plusSeconds(30)));
        second.locator("#two-factor-verify").click();
        second.waitForURL(url -> !url.contains("/login"));
        waitForMainLayout(second);
        open(second, "projects");
        assertThat(second).hasURL(Pattern.compile(".*/projects$"));

        // a third sign-in, with a recovery code
        Page third = signInWithPassword(username);
        third.locator("#two-factor-code input").fill(recoveryCodes.get(0));
        third.locator("#two-factor-verify").click();
        third.waitForURL(url -> !url.contains("/login"));
        waitForMainLayout(third);
        assertThat(recoveryCodes).doesNotHaveDuplicates();
        second.context().close();
        third.context().close();
    }

    /** Signs in with the password in a browser context of its own and waits for the code page. */
    private Page signInWithPassword(String username) {
        Page target = newContext().newPage();
        openLoginPage(target);
        submitLogin(target, username, PASSWORD);
        target.waitForURL(Pattern.compile(".*/login/two-factor$"));
        waitForVaadin(target);
        assertThat(target.locator("#two-factor-code")).isVisible();
        return target;
    }
}
