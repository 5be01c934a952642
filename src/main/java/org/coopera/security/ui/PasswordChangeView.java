package org.coopera.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopera.base.BusinessException;
import org.coopera.base.ui.Notifications;
import org.coopera.security.PasswordChangeService;
import org.coopera.security.PasswordPolicy;

/**
 * The signed-in user changes his or her password, giving the current one (from the user block of
 * the navigation drawer). After an administrator's reset, every screen leads here until it is done.
 */
@Route("password")
@PermitAll
class PasswordChangeView extends Main implements HasDynamicTitle {

    final Paragraph required = new Paragraph();
    final PasswordField current = new PasswordField();
    final PasswordField password = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Button save = new Button();

    private final PasswordChangeService passwords;

    PasswordChangeView(PasswordChangeService passwords) {
        this.passwords = passwords;
        addClassName("password-change-view");
        required.setId("password-change-required");
        required.setText(getTranslation("password.change.required"));
        required.getElement().setAttribute("role", "status");
        required.setVisible(passwords.changeRequired());
        current.setId("password-current");
        current.setLabel(getTranslation("password.change.current"));
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        password.setId("password-new");
        password.setLabel(getTranslation("password.change.new"));
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirmation.setId("password-new-confirmation");
        confirmation.setLabel(getTranslation("user.field.passwordConfirmation"));
        confirmation.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        save.setId("password-change-save");
        save.setText(getTranslation("password.change.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save());
        var form = new FormLayout(current, password, confirmation);
        form.setMaxWidth("40em");
        add(required, form, save);
        if (!passwords.canChangePassword()) {
            current.setEnabled(false);
            password.setEnabled(false);
            confirmation.setEnabled(false);
            save.setEnabled(false);
            required.setText(getTranslation("password.change.external"));
            required.setVisible(true);
        }
    }

    private void save() {
        current.setInvalid(false);
        password.setInvalid(false);
        confirmation.setInvalid(false);
        if (!password.getValue().equals(confirmation.getValue())) {
            confirmation.setErrorMessage(getTranslation("password.mismatch"));
            confirmation.setInvalid(true);
            return;
        }
        try {
            passwords.changeOwnPassword(current.getValue(), password.getValue());
        } catch (BusinessException e) {
            PasswordField field = e.messageKey().startsWith("password.current.") ? current : password;
            field.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            field.setInvalid(true);
            return;
        }
        current.clear();
        password.clear();
        confirmation.clear();
        Notifications.success(getTranslation("password.change.done"));
        UI.getCurrent().navigate("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.change.title");
    }
}
