package org.coopera.base.ui;

import org.coopera.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.transaction.CannotCreateTransactionException;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.coopera.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The side navigation shows each role exactly the sections it may open; other URLs are refused. */
class NavigationTest extends KaribuTest {

    private static final List<String> EVERYONE = List.of("Accueil", "Groupes de travail", "Programmations",
            "Projets", "Politique", "Bulletins");

    private List<String> navigationLabels() {
        UI.getCurrent().navigate("");
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void aReaderSeesTheRegistrySectionsOnly() {
        login("agent", Role.READER);  // agent's stored language is French
        assertThat(navigationLabels()).containsExactlyElementsOf(EVERYONE);
    }

    @Test
    void anOfficerAlsoSeesReports() {
        login("agent", Role.OFFICER);
        assertThat(navigationLabels()).containsExactly("Accueil", "Mes projets", "Groupes de travail", "Programmations",
                "Projets", "Politique", "Bulletins", "Rapports");
    }

    @Test
    void aManagerAlsoSeesDashboards() {
        login("gestionnaire", Role.MANAGER);
        assertThat(navigationLabels()).containsExactly("Accueil", "Mes projets", "Groupes de travail", "Programmations",
                "Projets", "Revue des mises à jour", "Politique", "Bulletins", "Tableaux de bord", "Rapports",
                "Données de référence");
    }

    @Test
    void anAdministratorSeesEverySection() {
        login("admin", Role.ADMIN);
        assertThat(navigationLabels()).containsExactly("Accueil", "Mes projets", "Groupes de travail", "Programmations",
                "Projets", "Revue des mises à jour", "Politique", "Bulletins", "Tableaux de bord", "Rapports",
                "Données de référence", "Administration");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aDirectAddressTheRoleMayNotOpenIsRefusedWithAClearPageAndLogged(CapturedOutput output) {
        login("agent", Role.OFFICER);
        UI.getCurrent().navigate("admin/users");

        assertThat(_get(H2.class).getText()).isEqualTo("Accès refusé");
        assertThat(_find(HomeView.class)).isEmpty();
        assertThat(output.getOut()).contains("Access denied: user 'agent'").contains("/admin/users");
    }

    @Test
    void anActionThatFailsOutsideASaveIsSaidInTheUsersLanguage() {
        login("gestionnaire", Role.MANAGER);
        UI.getCurrent().navigate(HomeView.class);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction")));
        assertThat(getNotifications().getLast().getElement().getProperty("text"))
                .startsWith("La base de données ne répond pas pour l’instant. Rien n’a été modifié");
    }

    @Test
    void theHomePageGreetsTheUserAndListsTheRoles() {
        login("gestionnaire", Role.MANAGER);
        UI.getCurrent().navigate("");

        assertThat(_get(H2.class).getText()).isEqualTo("Bienvenue, Gaston Gestionnaire");
    }
}
