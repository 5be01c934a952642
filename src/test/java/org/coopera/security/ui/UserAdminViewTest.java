package org.coopera.security.ui;

import org.coopera.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Set;
import org.coopera.base.HistoryEntry;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.security.NewUser;
import org.coopera.security.Role;
import org.coopera.security.UserAdministrationService;
import org.coopera.security.UserChanges;
import org.coopera.security.UserSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The administration screen: create, validate, conflict on concurrent edits, history. */
class UserAdminViewTest extends KaribuTest {

    @Autowired
    UserAdministrationService users;

    @BeforeEach
    void openScreen() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("admin/users");
    }

    private static String unique(String prefix) {
        return prefix + (System.nanoTime() % 1_000_000);
    }

    @SuppressWarnings("unchecked")
    private void fillNewUser(String username, String password, String confirmation) {
        _click(_get(Button.class, spec -> spec.withId("user-create")));
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "Sergio Prueba");
        _setValue(_get(EmailField.class, spec -> spec.withId("user-email")), "sergio@example.mx");
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("user-roles")), Set.of(Role.OFFICER));
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password-confirmation")), confirmation);
    }

    @Test
    void theGridListsUsersFromAPagedQueryAndFilters() {
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("user-grid"));
        assertThat(_size(grid)).isGreaterThanOrEqualTo(4);

        _setValue(_get(TextField.class, spec -> spec.withId("user-filter")), "Gaston");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).username()).isEqualTo("gestionnaire");
    }

    @Test
    void anAdministratorCreatesAUser() {
        String username = unique("sergio");
        fillNewUser(username, "Mexico-Quebec-2013", "Mexico-Quebec-2013");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(_find(Button.class, spec -> spec.withId("user-save"))).as("dialog closed").isEmpty();
        UserSummary created = users.find(username, PageRequest.of(0, 5)).getFirst();
        assertThat(created.roles()).containsExactly(Role.OFFICER);
        assertThat(created.email()).isEqualTo("sergio@example.mx");
        assertThat(getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains("Utilisateur " + username + " créé.");
    }

    @Test
    void aShortPasswordIsRefusedOnTheFieldAndNothingIsStored() {
        String username = unique("court");
        fillNewUser(username, "court", "court");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        PasswordField password = _get(PasswordField.class, spec -> spec.withId("user-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Le mot de passe doit compter au moins 12 caractères.");
        assertThat(users.count(username)).isZero();
    }

    @Test
    void mismatchedConfirmationIsRefused() {
        String username = unique("confirm");
        fillNewUser(username, "Mexico-Quebec-2013", "Mexico-Quebec-2014");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(_get(PasswordField.class, spec -> spec.withId("user-password-confirmation")).isInvalid()).isTrue();
        assertThat(users.count(username)).isZero();
    }

    @Test
    void aDuplicateUserNameIsExplainedAndNothingChanges() {
        fillNewUser("gestionnaire", "Mexico-Quebec-2013", "Mexico-Quebec-2013");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains("Le nom d’utilisateur «\u00a0gestionnaire\u00a0» est déjà pris.");
        assertThat(_find(Button.class, spec -> spec.withId("user-save"))).as("dialog stays open").isNotEmpty();
    }

    @Test
    void aConcurrentEditIsNotOverwrittenAndTheEditorIsOfferedAReload() {
        UserSummary user = users.create(new NewUser(unique("conflit"), "Avant", null, EnumSet.of(Role.READER),
                "Mexico-Quebec-2013"));
        // the administrator opens the editor on the version read now...
        _setValue(_get(TextField.class, spec -> spec.withId("user-filter")), user.username());
        _click(rowAction(0, "user-action-edit"));
        // ...someone else saves meanwhile
        users.update(user.id(), user.version(), new UserChanges("Modifié ailleurs", null, EnumSet.of(Role.READER)));

        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "Mon changement");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(_find(ConfirmDialog.class, spec -> spec.withId("conflict-dialog"))).hasSize(1);
        assertThat(users.get(user.id()).displayName()).isEqualTo("Modifié ailleurs");
    }

    @Test
    void theHistoryDialogShowsWhoChangedWhat() {
        UserSummary user = users.create(new NewUser(unique("histo"), "Avant", null, EnumSet.of(Role.READER),
                "Mexico-Quebec-2013"));
        users.update(user.id(), user.version(), new UserChanges("Après", null, EnumSet.of(Role.READER)));
        _setValue(_get(TextField.class, spec -> spec.withId("user-filter")), user.username());

        _click(rowAction(0, "user-action-history"));

        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> history = _get(HistoryPanel.class).getChildren()
                .filter(Grid.class::isInstance).map(Grid.class::cast).findFirst().orElseThrow();
        assertThat(_size(history)).isEqualTo(2);
        assertThat(GridKt._get(history, 0).kind()).isEqualTo(HistoryEntry.Kind.MODIFIED);
        assertThat(GridKt._get(history, 0).author()).isEqualTo("admin");
    }

    /** The action button of a grid row (cell components are not in the component tree). */
    private static Button rowAction(int row, String className) {
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("user-grid"));
        var actions = GridKt._getCellComponent(grid, row, "actions");
        return actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.hasClassName(className)).findFirst().orElseThrow();
    }
}
