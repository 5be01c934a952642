package org.coopera.security.ui;

import org.coopera.base.ui.Saves;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.function.Consumer;
import org.coopera.security.PasswordPolicy;
import org.coopera.security.Role;
import org.coopera.security.UserSummary;

/**
 * Creates a user (with a first password) or edits one (name, e-mail, roles). Field rules are
 * checked here for immediate feedback; the service checks them again.
 */
class UserDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final PasswordField password = new PasswordField();
    final PasswordField passwordConfirmation = new PasswordField();
    final Button save = new Button();

    private final Binder<UserForm> binder = new Binder<>(UserForm.class);
    private final UserForm form;

    /** @param onSave saves the form (a refusal keeps the dialog open); @param reload after a conflict */
    UserDialog(UserSummary existing, Consumer<UserForm> onSave, Runnable reload) {
        boolean creating = existing == null;
        this.form = creating ? new UserForm() : UserForm.of(existing);
        setHeaderTitle(getTranslation(creating ? "user.dialog.create" : "user.dialog.edit"));
        setId("user-dialog");

        username.setLabel(getTranslation("user.field.username"));
        username.setId("user-username");
        username.setReadOnly(!creating);
        displayName.setLabel(getTranslation("user.field.displayName"));
        displayName.setId("user-display-name");
        email.setLabel(getTranslation("user.field.email"));
        email.setId("user-email");
        roles.setLabel(getTranslation("user.field.roles"));
        roles.setId("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        roles.setHelperText(getTranslation("user.roles.required"));
        password.setLabel(getTranslation("user.field.password"));
        password.setId("user-password");
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        passwordConfirmation.setLabel(getTranslation("user.field.passwordConfirmation"));
        passwordConfirmation.setId("user-password-confirmation");

        String required = getTranslation("validation.required");
        binder.forField(username).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("user.username.size"), 3, 60))
                .withValidator(value -> value.matches("[a-zA-Z0-9._@-]*"), getTranslation("user.username.pattern"))
                .bind(UserForm::getUsername, UserForm::setUsername);
        binder.forField(displayName).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.too-long"), 1, 120))
                .bind(UserForm::getDisplayName, UserForm::setDisplayName);
        binder.forField(email)
                .withValidator(new EmailValidator(getTranslation("validation.email"), true))
                .bind(UserForm::getEmail, UserForm::setEmail);
        // not asRequired: Vaadin's checkbox group then sets aria-required on a role=group (axe: aria-allowed-attr)
        binder.forField(roles)
                .withValidator(selected -> selected != null && !selected.isEmpty(), getTranslation("user.roles.required"))
                .bind(UserForm::getRoles, UserForm::setRoles);
        var layout = new FormLayout(username, displayName, email, roles);
        if (creating) {
            binder.forField(password).asRequired(required)
                    .withValidator(value -> value.length() >= PasswordPolicy.MIN_LENGTH,
                            getTranslation("password.too-short", PasswordPolicy.MIN_LENGTH))
                    .bind(UserForm::getPassword, UserForm::setPassword);
            binder.forField(passwordConfirmation).asRequired(required)
                    .withValidator(value -> value.equals(password.getValue()), getTranslation("password.mismatch"))
                    .bind(UserForm::getPasswordConfirmation, UserForm::setPasswordConfirmation);
            layout.add(password, passwordConfirmation);
        }
        binder.readBean(form);
        add(layout);

        save.setText(getTranslation("action.save"));
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> {
            if (binder.writeBeanIfValid(form)) {
                Saves.fromDialog(this, () -> onSave.accept(form), reload);
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("user-cancel");
        getFooter().add(cancel, save);
    }
}
