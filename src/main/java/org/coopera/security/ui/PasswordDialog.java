package org.coopera.security.ui;

import org.coopera.base.BusinessException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.Consumer;
import org.coopera.security.PasswordPolicy;

/** An administrator sets a new password for a user. */
class PasswordDialog extends Dialog {

    final PasswordField password = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Button save = new Button();

    PasswordDialog(String username, Consumer<String> onSave) {
        setHeaderTitle(getTranslation("user.password.dialog", username));
        setId("password-dialog");
        password.setLabel(getTranslation("user.field.password"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        confirmation.setLabel(getTranslation("user.field.passwordConfirmation"));
        confirmation.setId("reset-password-confirmation");
        add(new FormLayout(password, confirmation));
        save.setText(getTranslation("action.save"));
        save.setId("reset-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> {
            if (!password.getValue().equals(confirmation.getValue())) {
                confirmation.setInvalid(true);
                confirmation.setErrorMessage(getTranslation("password.mismatch"));
                return;
            }
            try {
                onSave.accept(password.getValue());
                close();
            } catch (BusinessException e) {
                // the password policy's refusal belongs on the password field
                showError(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    void showError(String message) {
        password.setInvalid(true);
        password.setErrorMessage(message);
    }
}
