package org.coopera.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each role sees exactly its sections in the side navigation, can open each of them, and gets
 * the "access denied" page on the address of a section it may not open.
 */
class RoleAccessE2EIT extends E2ETestBase {

    /**
     * What one demo user should see.
     *
     * @param sections the navigation labels in menu order, with their routes
     * @param denied   routes of sections this user may not open
     * @param deniedTitle the heading and title of the access-denied page, in the user's language
     * @param backHome the access-denied page's link back to the home page
     */
    record Expectation(String username, SequencedMap<String, String> sections, List<String> denied,
                       String deniedTitle, String backHome) {

        @Override
        public String toString() {
            return username;
        }
    }

    private static final String FR_DENIED = "Accès refusé";
    private static final String FR_BACK_HOME = "Retour à l’accueil";

    static Stream<Expectation> roles() {
        return Stream.of(
                new Expectation("admin", french(true, true, true), List.of(), FR_DENIED, FR_BACK_HOME),
                new Expectation("gestionnaire", french(true, true, false), List.of("admin/users"),
                        FR_DENIED, FR_BACK_HOME),
                new Expectation("agent", french(false, true, false), List.of("dashboards", "review", "reference", "admin/users"),
                        FR_DENIED, FR_BACK_HOME),
                new Expectation("lecteur", english(), List.of("my-projects", "review", "dashboards", "reports", "reference",
                        "admin/users"),
                        "Access denied", "Back to the home page"));
    }

    private static SequencedMap<String, String> french(boolean dashboards, boolean reports, boolean admin) {
        var sections = new LinkedHashMap<String, String>();
        sections.put("Accueil", "");
        sections.put("Mes projets", "my-projects");  // everyone but readers
        sections.put("Groupes de travail", "working-groups");
        sections.put("Programmations", "programs");
        sections.put("Projets", "projects");
        if (dashboards) {  // managers and administrators
            sections.put("Revue des mises à jour", "review");
        }
        sections.put("Politique", "policy");
        sections.put("Bulletins", "bulletins");
        if (dashboards) {
            sections.put("Tableaux de bord", "dashboards");
        }
        if (reports) {
            sections.put("Rapports", "reports");
        }
        if (dashboards) {  // managers and administrators
            sections.put("Données de référence", "reference");
        }
        if (admin) {
            sections.put("Administration", "admin/users");
        }
        return sections;
    }

    private static SequencedMap<String, String> english() {
        var sections = new LinkedHashMap<String, String>();
        sections.put("Home", "");
        sections.put("Working groups", "working-groups");
        sections.put("Programmes", "programs");
        sections.put("Projects", "projects");
        sections.put("Policy", "policy");
        sections.put("Bulletins", "bulletins");
        return sections;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void roleSeesAndOpensExactlyItsSections(Expectation expected) {
        login(expected.username());

        assertEquals(List.copyOf(expected.sections().keySet()), navLabels(page),
                "navigation of " + expected.username());

        for (Map.Entry<String, String> section : expected.sections().entrySet()) {
            String label = section.getKey();
            String route = section.getValue();
            navItem(page, label).click();
            page.waitForURL(url(route));
            // every view's title is its navigation label
            assertThat(page).hasTitle(label);
            waitForVaadin(page);
            assertThat(accessDeniedHeading(page)).hasCount(0);
            assertThat(page.locator("vaadin-app-layout main")).isVisible();
            assertThat(navItem(page, label)).hasAttribute("current", "");
        }

        for (String route : expected.denied()) {
            open(route);
            assertThat(accessDeniedHeading(page)).hasText(expected.deniedTitle());
            assertThat(page).hasTitle(expected.deniedTitle());
            assertThat(page.locator("main.error-page a")).hasText(expected.backHome());
        }
    }

    @Test
    void unknownAddressIsNotFoundRatherThanDenied() {
        login("agent");
        open("no-such-section");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Page introuvable").setExact(true).setLevel(2))).isVisible();
        assertThat(accessDeniedHeading(page)).hasCount(0);
    }

    @Test
    void navbarTitleNamesTheCurrentView() {
        login("gestionnaire");
        assertThat(page.locator("h1.view-title")).hasText("Accueil");
        navItem(page, "Projets").click();
        page.waitForURL(url("projects"));
        assertThat(page.locator("h1.view-title")).hasText("Projets");
        navItem(page, "Bulletins").click();
        page.waitForURL(url("bulletins"));
        assertThat(page.locator("h1.view-title")).hasText("Bulletins");
    }
}
