package org.coopera.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The visual review of issue 21: every signed-in view a manager opens (the security screens aside,
 * checked by their own tests) and the dialogs its buttons open, at 1440 px and 390 px wide, in French
 * and in English, and in the dark colour scheme. Each page and dialog is saved as a screenshot under
 * target/visual-review/ (kept as a test artefact); axe-core (WCAG 2.0/2.1 A and AA, no rule disabled)
 * scans them in French at 1440 px, in English at 390 px and in the dark scheme. One browser context per
 * configuration, signed in once; the application is not restarted.
 *
 * <p>The whole test suite runs French and English at 1440 px and 390 px (about three minutes on two cores);
 * the dark scheme, two minutes more, runs with {@code -Dcoopera.visual-review=all} (README, "Screens reviewed").
 */
class VisualReviewE2EIT extends E2ETestBase {

    static final Path SHOTS = Paths.get("target", "visual-review");

    /** A manager of this test's own whose language is English (the demo manager's stays French). */
    private static final NewE2EUser ENGLISH_MANAGER = new NewE2EUser("visual-en", "Visual Review",
            "Gestionnaire", "Revue-visuelle-2026");

    @Autowired
    JdbcTemplate jdbc;

    /** Name (for the files) → route, with the demo data's ids read from the database. */
    private final Map<String, String> views = new LinkedHashMap<>();

    /** Name → route of the page and id of the button that opens the dialog. */
    private final List<String[]> dialogs = new ArrayList<>();

    @BeforeAll
    void listViewsAndDialogs() {
        long gtqm = id("SELECT id FROM working_group WHERE acronym = 'GTQM'");
        long program = id("SELECT MAX(id) FROM program WHERE working_group_id = " + gtqm);
        long project = id("SELECT id FROM project WHERE code = 'GTQM-2013-RI-02'");
        long measure = id("SELECT MIN(id) FROM measure");
        long report = id("SELECT MIN(id) FROM progress_report");
        long bulletin = id("SELECT MIN(id) FROM bulletin");
        views.put("home", "");
        views.put("my-projects", "my-projects");
        views.put("working-groups", "working-groups");
        views.put("working-group", "working-groups/" + gtqm);
        views.put("programs", "programs");
        views.put("program", "programs/" + program);
        views.put("projects", "projects");
        views.put("project", "projects/" + project);
        views.put("review", "review");
        views.put("policy", "policy");
        views.put("measure", "policy/measures/" + measure);
        views.put("progress-report", "policy/reports/" + report);
        views.put("bulletins", "bulletins");
        views.put("bulletin", "bulletins/" + bulletin);
        views.put("dashboards", "dashboards");
        views.put("reports", "reports");
        views.put("reference", "reference");
        views.put("project-import", "projects/import");

        dialog("working-group-edit", views.get("working-group"), "wg-edit");
        dialog("co-chair", views.get("working-group"), "wg-add-co-chair");
        dialog("meeting", views.get("working-group"), "wg-record-meeting");
        dialog("program-new", views.get("working-group"), "wg-new-program");
        dialog("program-edit", views.get("program"), "program-edit");
        dialog("program-adopt", views.get("program"), "program-adopt-baseline");
        dialog("program-delete", views.get("program"), "program-delete");
        dialog("project-new", views.get("program"), "program-new-project");
        dialog("project-edit", views.get("project"), "project-edit");
        dialog("project-delete", views.get("project"), "project-delete");
        dialog("status-update", views.get("project"), "update-log");
        dialog("funding-add", views.get("project"), "funding-add");
        dialog("measure-new", views.get("policy"), "policy-new-measure");
        dialog("report-new", views.get("policy"), "policy-new-report");
        dialog("measure-edit", views.get("measure"), "measure-edit");
        dialog("measure-link", views.get("measure"), "measure-link-add");
        dialog("bulletin-new", views.get("bulletins"), "bulletins-new");
        dialog("bulletin-import", views.get("bulletins"), "bulletins-import");
        createUsersAsAdmin(List.of(ENGLISH_MANAGER));
    }

    private void dialog(String name, String route, String buttonId) {
        dialogs.add(new String[] {name, route, buttonId});
    }

    private long id(String sql) {
        Long found = jdbc.queryForObject(sql, Long.class);
        if (found == null) {
            throw new IllegalStateException("the demo data lack what " + sql + " looks for");
        }
        return found;
    }

    @Test
    void frenchAt1440WithAxe() {
        review("fr-1440", "gestionnaire", DEMO_PASSWORD, 1440, ColorScheme.LIGHT, true, true);
    }

    @Test
    void englishAt390WithAxe() {
        review("en-390", ENGLISH_MANAGER.username(), ENGLISH_MANAGER.password(), 390, ColorScheme.LIGHT, true, true);
    }

    @Test
    @EnabledIfSystemProperty(named = "coopera.visual-review", matches = "all")
    void darkSchemeAt1440WithAxe() {
        review("dark-fr-1440", "gestionnaire", DEMO_PASSWORD, 1440, ColorScheme.DARK, true, true);
    }

    /** French on a phone and English on a desktop: screenshots of the views (the dialogs are the same). */
    @Test
    void frenchAt390AndEnglishAt1440() {
        review("fr-390", "gestionnaire", DEMO_PASSWORD, 390, ColorScheme.LIGHT, false, false);
        review("en-1440", ENGLISH_MANAGER.username(), ENGLISH_MANAGER.password(), 1440, ColorScheme.LIGHT, false, false);
    }

    /**
     * Visits every view (and every dialog) in one signed-in context, navigating inside the application as a
     * user does; fails at the end with every violation found, each also written to target/visual-review.
     */
    private void review(String configuration, String username, String password, int width, ColorScheme scheme,
                        boolean axe, boolean withDialogs) {
        List<String> failures = new ArrayList<>();
        try (BrowserContext reviewContext = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, 900).setLocale("fr-CA").setColorScheme(scheme))) {
            reviewContext.setDefaultTimeout(30_000);
            Page target = reviewContext.newPage();
            login(target, username, password);
            // the page says its language as a tag ("en-CA", "fr-CA")
            if (username.equals(ENGLISH_MANAGER.username())
                    && !String.valueOf(target.locator("html").getAttribute("lang")).startsWith("en")) {
                if (target.locator("vaadin-app-layout[overlay]").count() > 0) {
                    // on a phone the switch is in the drawer, closed over the page
                    target.locator("vaadin-drawer-toggle").click();
                }
                target.locator("vaadin-button.language-switch").click();
                target.waitForFunction("() => document.documentElement.lang.startsWith('en')");
                waitForMainLayout(target);
            }
            for (Map.Entry<String, String> view : views.entrySet()) {
                go(target, view.getKey().equals("dashboards") ? "dashboards?period=2013" : view.getValue());
                check(target, configuration, view.getKey(), axe, failures, true);
            }
            if (withDialogs) {
                for (String[] dialog : dialogs) {
                    go(target, dialog[1]);
                    Locator button = target.locator("#" + dialog[2]);
                    if (button.count() == 0) {
                        failures.add(configuration + " " + dialog[0] + ": no button #" + dialog[2] + " on /" + dialog[1]);
                        continue;
                    }
                    // from the keyboard: a click leaves the pointer over whatever the dialog puts there, and a button
                    // scanned while hovered (or in its hover transition) fails color-contrast for a state no one sees still
                    button.press("Enter");
                    target.waitForFunction(OPEN_DIALOG);
                    check(target, configuration, "dialog-" + dialog[0], axe, failures, false);
                    target.keyboard().press("Escape");
                    target.waitForFunction("() => !(" + OPEN_DIALOG + ")()");
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " page(s) or dialog(s) failed in " + configuration + ":\n"
                    + String.join("\n", failures));
        }
    }

    private static final String OPEN_DIALOG =
            "() => [...document.querySelectorAll('vaadin-dialog, vaadin-confirm-dialog')].some(d => d.opened)";

    /**
     * Goes to a route inside the running application (a router link's click: no page load), unless the page
     * shows it already.
     */
    private void go(Page target, String route) {
        String path = "/" + route;
        if (target.evaluate("() => location.pathname + location.search").equals(path)) {
            return;
        }
        target.evaluate("""
                url => { const a = document.createElement('a'); a.href = url; a.setAttribute('router-link', '');
                         document.body.appendChild(a); a.click(); a.remove(); }""", path);
        target.waitForFunction("p => location.pathname + location.search === p", path);
        waitForVaadin(target);
        assertThat(target.locator("vaadin-app-layout main")).isVisible();
    }

    private static void check(Page target, String configuration, String name, boolean axe, List<String> failures,
                              boolean fullPage) {
        waitForVaadin(target);
        if (axe) {
            try {
                assertNoAccessibilityViolations(target, configuration + " " + name);
            } catch (AssertionError e) {
                failures.add(e.getMessage());
                System.err.println("[visual-review] " + e.getMessage());
            }
        }
        target.screenshot(new Page.ScreenshotOptions().setFullPage(fullPage)
                .setPath(SHOTS.resolve(configuration).resolve(name + ".png")));
    }
}
