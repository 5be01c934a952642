package org.coopera.security.ui;

import org.coopera.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.coopera.security.ApiTokenService;
import org.coopera.security.ApiTokenSummary;
import org.coopera.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The API tokens page: create (shown once), list, revoke after confirmation; administrators see everyone's. */
class ApiTokensViewTest extends KaribuTest {

    @Autowired
    ApiTokenService tokens;

    @Test
    void aUserCreatesATokenSeesItOnceAndRevokesIt() {
        login("lecteur", Role.READER);
        UI.getCurrent().navigate(ApiTokensView.class);
        assertThat(_find(Anchor.class, spec -> spec.withClasses("api-tokens-link"))).hasSize(1);
        assertThat(_find(Grid.class, spec -> spec.withId("token-grid-all"))).isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withId("token-name")), "");
        _click(_get(Button.class, spec -> spec.withId("token-create")));
        assertThat(_get(TextField.class, spec -> spec.withId("token-name")).isInvalid()).isTrue();

        _setValue(_get(TextField.class, spec -> spec.withId("token-name")), "Tableur Karibu");
        _setValue(_get(PasswordField.class, spec -> spec.withId("token-password")), "pas-le-bon");
        _click(_get(Button.class, spec -> spec.withId("token-create")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("token-password")).isInvalid()).isTrue();
        assertThat(_get(PasswordField.class, spec -> spec.withId("token-password")).getErrorMessage())
                .isEqualTo("Mot de passe incorrect\u202f: aucun jeton n’a été créé.");
        assertThat(_find(TextField.class, spec -> spec.withId("token-value"))).isEmpty();
        assertThat(tokens.mine()).noneMatch(t -> t.name().equals("Tableur Karibu"));

        _setValue(_get(PasswordField.class, spec -> spec.withId("token-password")), "coopera-demo");
        _click(_get(Button.class, spec -> spec.withId("token-create")));
        String token = _get(TextField.class, spec -> spec.withId("token-value")).getValue();
        assertThat(token).startsWith(ApiTokenService.PREFIX);
        _click(_get(Button.class, spec -> spec.withId("token-close")));
        assertThat(_find(TextField.class, spec -> spec.withId("token-value"))).isEmpty();

        @SuppressWarnings("unchecked")
        Grid<ApiTokenSummary> grid = _get(Grid.class, spec -> spec.withId("token-grid"));
        ApiTokenSummary created = tokens.mine().stream().filter(t -> t.name().equals("Tableur Karibu")).findFirst()
                .orElseThrow();
        assertThat(_size(grid)).isGreaterThanOrEqualTo(1);
        assertThat(token).startsWith(created.hint());
        assertThat(created.readOnly()).as("a new token reads only unless its owner asks otherwise").isTrue();

        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "actions"));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("token-revoke-confirm")));
        assertThat(tokens.mine()).filteredOn(t -> t.revokedAt() != null).isNotEmpty();
    }

    @Test
    void administratorsSeeEveryonesTokens() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(ApiTokensView.class);
        assertThat(_find(Grid.class, spec -> spec.withId("token-grid-all"))).hasSize(1);
    }
}
