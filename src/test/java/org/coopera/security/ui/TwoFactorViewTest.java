package org.coopera.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.TestSecurity.as;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.EnumSet;
import org.coopera.KaribuTest;
import org.coopera.TestTotp;
import org.coopera.security.NewUser;
import org.coopera.security.Role;
import org.coopera.security.TwoFactorService;
import org.coopera.security.TwoFactorSignIn;
import org.coopera.security.UserAdministrationService;
import org.coopera.security.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Turning on two-factor sign-in from the settings page, then signing in with it. */
class TwoFactorViewTest extends KaribuTest {

    @Autowired
    UserAdministrationService administration;
    @Autowired
    TwoFactorService twoFactor;

    @Test
    void aUserTurnsItOnAndIsThenAskedForTheCodeBeforeAnyOtherPage() {
        String username = "karibu2fa" + System.nanoTime() % 1_000_000;
        as("admin", "ADMIN", () -> administration.create(new NewUser(username, "Karibu Deux", null,
                EnumSet.of(Role.OFFICER), "Palenque-Campeche-2015")));
        login(username, Role.OFFICER);
        UI.getCurrent().navigate(TwoFactorSettingsView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("two-factor-state")).getText())
                .startsWith("La connexion en deux étapes est désactivée");
        String secret = _get(Code.class, spec -> spec.withId("two-factor-secret")).getText();

        _setValue(_get(TextField.class, spec -> spec.withId("two-factor-enrol-code")), "12345");
        _click(_get(Button.class, spec -> spec.withId("two-factor-enable")));
        assertThat(_get(TextField.class, spec -> spec.withId("two-factor-enrol-code")).isInvalid()).isTrue();
        assertThat(twoFactor.status().enabled()).isFalse();

        _setValue(_get(TextField.class, spec -> spec.withId("two-factor-enrol-code")), TestTotp.code(secret, Instant.now()));
        _click(_get(Button.class, spec -> spec.withId("two-factor-enable")));
        assertThat(_find(ListItem.class)).hasSize(TwoFactorService.RECOVERY_CODES);
        String recovery = _find(ListItem.class).get(0).getText();
        _click(_get(Button.class, spec -> spec.withId("recovery-codes-done")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("two-factor-state")).getText())
                .contains("activée").contains(String.valueOf(TwoFactorService.RECOVERY_CODES));

        // a new sign-in with the password: every page leads to the code
        VaadinSession.getCurrent().getSession().removeAttribute(TwoFactorSignIn.ATTRIBUTE);
        UI.getCurrent().navigate("projects");
        _get(TwoFactorView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("two-factor-code")), "000000");
        _click(_get(Button.class, spec -> spec.withId("two-factor-verify")));
        assertThat(_get(TextField.class, spec -> spec.withId("two-factor-code")).isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("two-factor-code")).getErrorMessage())
                .startsWith("Code incorrect");

        _setValue(_get(TextField.class, spec -> spec.withId("two-factor-code")), recovery);
        _click(_get(Button.class, spec -> spec.withId("two-factor-verify")));
        assertThat(_find(TwoFactorView.class)).isEmpty();
        UI.getCurrent().navigate("projects");
        assertThat(_find(TwoFactorView.class)).isEmpty();
        // the verification page leads home once the code is given
        UI.getCurrent().navigate(TwoFactorView.class);
        assertThat(_find(TwoFactorView.class)).isEmpty();
    }

    @Test
    void anAdministratorResetsAnotherUsersTwoFactorSignIn() {
        String username = "reset2fa" + System.nanoTime() % 1_000_000;
        as("admin", "ADMIN", () -> administration.create(new NewUser(username, "Téléphone Perdu", null,
                EnumSet.of(Role.READER), "Zacatecas-Durango-2017")));
        as(username, "READER", () -> {
            var enrolment = twoFactor.startEnrolment();
            return twoFactor.enable(enrolment.secret(), TestTotp.code(enrolment.secret(), Instant.now()));
        });
        assertThat(as(username, "READER", () -> twoFactor.status().enabled())).isTrue();

        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(UserAdminView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("user-filter")), username);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("user-grid"));
        _click(GridKt._getCellComponent(grid, 0, "actions").getChildren().filter(Button.class::isInstance)
                .map(Button.class::cast).filter(b -> b.hasClassName("user-action-two-factor-reset"))
                .findFirst().orElseThrow());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("two-factor-reset-dialog")));

        assertThat(as(username, "READER", () -> twoFactor.status())).satisfies(status -> {
            assertThat(status.enabled()).isFalse();
            assertThat(status.recoveryCodesLeft()).isZero();
        });
    }
}
