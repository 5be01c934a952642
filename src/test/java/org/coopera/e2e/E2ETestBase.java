package org.coopera.e2e;

import org.coopera.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End-to-end tests: the whole application on a random port (embedded MariaDB with the demo data
 * set, profile "test") driven by Debian's headless Chromium through Playwright. One browser per
 * test class, a fresh browser context (cookies, session) and page per test.
 *
 * <p>All subclasses share this configuration, so Spring starts the application and its database
 * once per test JVM: tests that change data use users of their own.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class E2ETestBase {

    /** Password of every demo user (db-migrations/demo). */
    static final String DEMO_PASSWORD = "coopera-demo";

    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * The oldest axe-core the scans accept. src/test/resources/axe.min.js (npm axe-core, copied as
     * published) comes before the Playwright integration's own older copy on the class path; a scan by an
     * older engine misses rules (link-in-text-block on the policy page) and fails instead of passing.
     */
    static final String MINIMUM_AXE = "4.14.1";

    /** Vaadin's client engine is idle: the page is rendered and no server round trip is pending. */
    private static final String VAADIN_IDLE = """
            () => {
              const flow = window.Vaadin && window.Vaadin.Flow;
              if (!flow || !flow.clients) { return false; }
              const clients = Object.values(flow.clients).filter(c => c && typeof c.isActive === 'function');
              return clients.length > 0 && clients.every(c => !c.isActive());
            }""";

    /** Where a failing test leaves a screenshot of its page. */
    static final Path FAILURE_SCREENSHOTS = Paths.get("target", "e2e-failures");

    @LocalServerPort
    int port;

    /** Takes a screenshot of the test's page when the test fails, before the page is closed. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = extension -> {
        if (extension.getExecutionException().isPresent() && this.page != null && !this.page.isClosed()) {
            screenshot(this.page, extension.getRequiredTestClass().getSimpleName() + "-"
                    + extension.getRequiredTestMethod().getName() + "-" + extension.getDisplayName());
        }
    };

    private Playwright playwright;
    Browser browser;
    BrowserContext context;
    Page page;

    @BeforeAll
    void launchBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("coopera.e2e.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = newContext();
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    /** Saves a screenshot under target/e2e-failures; never fails itself. */
    static void screenshot(Page target, String name) {
        try {
            target.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(FAILURE_SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]+", "_") + ".png")));
        } catch (RuntimeException e) {
            // the page may be gone: the test's own failure is what matters
        }
    }

    /** A new, independent browser context (its own cookies, so its own session). */
    BrowserContext newContext() {
        var created = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900)
                .setLocale("fr-CA"));
        created.setDefaultTimeout(20_000);
        created.setDefaultNavigationTimeout(30_000);
        return created;
    }

    String url(String route) {
        return "http://localhost:" + port + "/" + route;
    }

    /** Opens a route (full page load) and waits until Vaadin has rendered it. */
    void open(Page target, String route) {
        target.navigate(url(route));
        waitForVaadin(target);
    }

    void open(String route) {
        open(page, route);
    }

    /**
     * The working-group list narrowed to one acronym, and that group's row: other tests of the shared
     * context add groups, so the wanted one may lie below the rows the grid renders.
     */
    Locator workingGroupRow(Page target, String acronym) {
        open(target, "working-groups");
        target.locator("#wg-filter input").fill(acronym);
        return target.locator("#wg-grid vaadin-grid-cell-content").getByText(acronym,
                new Locator.GetByTextOptions().setExact(true));
    }

    /** Waits until the network is quiet and Vaadin's client has nothing left to do. */
    static void waitForVaadin(Page target) {
        target.waitForLoadState(LoadState.NETWORKIDLE);
        target.waitForFunction(VAADIN_IDLE);
    }

    /** Opens the login page and waits for the login form. */
    void openLoginPage(Page target) {
        open(target, "login");
        assertThat(target.locator("vaadin-login-form input[name=username]")).isVisible();
    }

    /** Fills and submits the login form of the page currently shown (the login page). */
    static void submitLogin(Page target, String username, String password) {
        target.locator("vaadin-login-form input[name=username]").fill(username);
        target.locator("vaadin-login-form input[name=password]").fill(password);
        target.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    }

    /** Signs in through the login page and waits until the main layout is rendered. */
    void login(Page target, String username, String password) {
        openLoginPage(target);
        submitLogin(target, username, password);
        target.waitForURL(url -> !url.contains("/login"));
        waitForMainLayout(target);
    }

    void login(String username, String password) {
        login(page, username, password);
    }

    /** Signs in with a demo user. */
    void login(String username) {
        login(page, username, DEMO_PASSWORD);
    }

    /** The layout with its menu and a view (on a phone the menu is in the closed drawer: there, not visible). */
    static void waitForMainLayout(Page target) {
        assertThat(target.locator("vaadin-app-layout")).isAttached();
        assertThat(target.locator("vaadin-side-nav-item").first()).isAttached();
        assertThat(target.locator("vaadin-app-layout main").first()).isVisible();
        waitForVaadin(target);
    }

    /** Submits wrong credentials and waits for the login page to show its error. */
    void failLogin(Page target, String username, String password) {
        // the page may already be /login?error: mark this document to know when the next one is loaded
        target.evaluate("() => { window.__cooperaE2eOldPage = true; }");
        submitLogin(target, username, password);
        target.waitForFunction("() => !window.__cooperaE2eOldPage");
        target.waitForURL(Pattern.compile(".*/login\\?error.*"));
        waitForVaadin(target);
        assertThat(loginError(target)).isVisible();
    }

    /** The error box of the login form (title and message), inside the form's shadow DOM. */
    static Locator loginError(Page target) {
        return target.locator("vaadin-login-form-wrapper div[part='error-message']");
    }

    static Locator loginErrorTitle(Page target) {
        return target.locator("vaadin-login-form-wrapper [part='error-message-title']");
    }

    static Locator loginErrorMessage(Page target) {
        return target.locator("vaadin-login-form-wrapper [part='error-message-description']");
    }

    /** Signs out with the drawer footer button and waits for the login page. */
    static void logout(Page target, String buttonText) {
        target.locator("vaadin-button.logout").filter(new Locator.FilterOptions().setHasText(buttonText)).click();
        target.waitForURL(Pattern.compile(".*/login.*"));
        assertThat(target.locator("vaadin-login-form input[name=username]")).isVisible();
        waitForVaadin(target);
    }

    /**
     * Creates users through the administration screen, signed in as the demo administrator in a
     * browser context of its own, and checks that the grid then lists each of them.
     */
    void createUsersAsAdmin(List<NewE2EUser> users) {
        try (BrowserContext adminContext = newContext()) {
            Page admin = adminContext.newPage();
            try {
                createUsers(admin, users);
            } catch (RuntimeException | AssertionError e) {
                screenshot(admin, getClass().getSimpleName() + "-createUsersAsAdmin");
                throw e;
            }
        }
    }

    private void createUsers(Page admin, List<NewE2EUser> users) {
        login(admin, "admin", DEMO_PASSWORD);
        open(admin, "admin/users");
        assertThat(admin.locator("#user-grid")).isVisible();
        for (NewE2EUser user : users) {
            admin.locator("#user-create").click();
            assertThat(admin.locator("#user-username input")).isVisible();
            admin.locator("#user-username input").fill(user.username());
            admin.locator("#user-display-name input").fill(user.displayName());
            admin.locator("#user-email input").fill(user.username() + "@e2e.coopera.example");
            admin.locator("#user-roles").getByRole(AriaRole.CHECKBOX,
                    new Locator.GetByRoleOptions().setName(user.roleLabel()).setExact(true)).check();
            admin.locator("#user-password input").fill(user.password());
            admin.locator("#user-password-confirmation input").fill(user.password());
            admin.locator("#user-save").click();
            assertThat(admin.getByText("Utilisateur " + user.username() + " créé.")).isVisible();
            assertThat(admin.locator("#user-username")).hasCount(0);
            assertThat(admin.locator("#user-grid vaadin-grid-cell-content").getByText(user.username(),
                    new Locator.GetByTextOptions().setExact(true))).hasCount(1);
        }
    }

    /** A user that a test creates through the administration screen; role label in French. */
    record NewE2EUser(String username, String displayName, String roleLabel, String password) {
    }

    static Locator navItems(Page target) {
        return target.locator("vaadin-side-nav-item");
    }

    /**
     * The labels of the side navigation items, in order. The item's own text (its light DOM): its
     * shadow DOM holds a hidden "Toggle child items" button that Playwright's text matching includes.
     */
    static List<String> navLabels(Page target) {
        waitForVaadin(target);
        return navItems(target).evaluateAll("items => items.map(item => item.textContent.trim())")
                instanceof List<?> labels ? labels.stream().map(String::valueOf).toList() : List.of();
    }

    /** The side navigation item whose link is named exactly so. */
    static Locator navItem(Page target, String label) {
        return navItems(target).filter(new Locator.FilterOptions().setHas(target.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(label).setExact(true))));
    }

    /** The heading (h2) of the error page saying access is refused, in either language. */
    static Locator accessDeniedHeading(Page target) {
        return target.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^(Accès refusé|Access denied)$")).setLevel(2));
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA rules) and fails with the list of violations. */
    static void assertNoAccessibilityViolations(Page target, String where) {
        waitForVaadin(target);
        // an overlay still fading in blends its colours with the page: contrast is measured once it is still
        target.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect == null || a.effect.getComputedTiming().endTime === Infinity)");
        AxeResults results = new AxeBuilder(target).withTags(AXE_TAGS).analyze();
        if (results.isErrored()) {
            fail("axe-core could not scan " + where + ": " + results.getErrorMessage());
        }
        assertCurrentAxe(results.getTestEngine() == null ? null : results.getTestEngine().getVersion());
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail(violations.size() + " accessibility violation(s) on " + where + " (" + target.url() + "):\n"
                    + violations.stream().map(E2ETestBase::describe).collect(Collectors.joining("\n")));
        }
    }

    /** Fails when the scan ran an axe-core older than {@link #MINIMUM_AXE} (or did not say which). */
    static void assertCurrentAxe(String engineVersion) {
        if (engineVersion == null || compareVersions(engineVersion, MINIMUM_AXE) < 0) {
            fail("axe-core " + engineVersion + " ran the scan; at least " + MINIMUM_AXE + " is required"
                    + " (src/test/resources/axe.min.js must be on the test class path before the integration's copy)");
        }
    }

    /** Compares dotted versions number by number ("4.9.2" before "4.14.1"); a pre-release suffix is ignored. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("[-+]")[0].split("\\.");
        String[] y = b.split("[-+]")[0].split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int left = i < x.length ? Integer.parseInt(x[i]) : 0;
            int right = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (left != right) {
                return Integer.compare(left, right);
            }
        }
        return 0;
    }

    private static String describe(Rule rule) {
        String nodes = rule.getNodes().stream().map(E2ETestBase::describe).collect(Collectors.joining("\n"));
        return "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp()
                + " (" + rule.getHelpUrl() + ")\n" + nodes;
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? ""
                : node.getFailureSummary().replace("\n", " ").replaceAll("\\s+", " ");
        String html = node.getHtml() == null ? "" : node.getHtml();
        if (html.length() > 200) {
            html = html.substring(0, 200) + "…";
        }
        return String.format(Locale.ROOT, "    target %s: %s%n      html: %s", node.getTarget(), summary, html);
    }
}
