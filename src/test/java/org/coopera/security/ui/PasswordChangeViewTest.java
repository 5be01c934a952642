package org.coopera.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.TestSecurity.as;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.EnumSet;
import org.coopera.KaribuTest;
import org.coopera.security.NewUser;
import org.coopera.security.PasswordChangeService;
import org.coopera.security.Role;
import org.coopera.security.UserAdministrationService;
import org.coopera.security.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After an administrator's reset every screen leads to the password change, until it is done. */
class PasswordChangeViewTest extends KaribuTest {

    @Autowired
    UserAdministrationService administration;

    @Autowired
    PasswordChangeService passwords;

    @Test
    void afterAResetEveryScreenLeadsHereUntilTheUserChoosesANewPassword() {
        String name = "force" + System.nanoTime() % 100000;
        UserSummary user = as("admin", "ADMIN", () -> administration.create(new NewUser(name, "Forcé", null,
                EnumSet.of(Role.READER), "Premier-Durango-Sinaloa-5")));
        as("admin", "ADMIN", () -> administration.resetPassword(user.id(), "Provisoire-Colima-Nayarit-8"));
        login(name, Role.READER);

        UI.getCurrent().navigate("projects");
        assertThat(_find(PasswordChangeView.class)).hasSize(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-change-required")).isVisible()).isTrue();

        // a wrong current password: told on its field, nothing changes
        fill("pas-le-bon", "Choisi-Zacatecas-Jalisco-6", "Choisi-Zacatecas-Jalisco-6");
        PasswordField current = _get(PasswordField.class, spec -> spec.withId("password-current"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Le mot de passe actuel est incorrect.");
        // a breached password: told on the new password's field
        fill("Provisoire-Colima-Nayarit-8", "1qaz2wsx3edc", "1qaz2wsx3edc");
        assertThat(_get(PasswordField.class, spec -> spec.withId("password-new")).getErrorMessage())
                .isEqualTo("Ce mot de passe est trop facile à deviner.");
        UI.getCurrent().navigate("");
        assertThat(_find(PasswordChangeView.class)).as("still required").hasSize(1);

        fill("Provisoire-Colima-Nayarit-8", "Choisi-Zacatecas-Jalisco-6", "Choisi-Zacatecas-Jalisco-6");

        assertThat(passwords.changeRequired()).isFalse();
        assertThat(_find(PasswordChangeView.class)).isEmpty();
        UI.getCurrent().navigate("projects");
        assertThat(_find(PasswordChangeView.class)).isEmpty();
    }

    private static void fill(String current, String password, String confirmation) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-current")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new-confirmation")), confirmation);
        _click(_get(Button.class, spec -> spec.withId("password-change-save")));
    }
}
