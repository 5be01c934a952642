package org.coopera.security.ui;

import com.vaadin.flow.component.textfield.TextField;

/** The field where a user types a one-time code. */
final class TwoFactorFields {

    private TwoFactorFields() {
    }

    static TextField codeField(String id) {
        var field = new TextField();
        field.setId(id);
        field.getElement().setAttribute("autocomplete", "one-time-code");
        field.getElement().setAttribute("inputmode", "text");
        field.setMaxLength(20);
        field.setRequiredIndicatorVisible(true);
        field.getElement().setAttribute("autocapitalize", "off");
        field.getElement().setAttribute("spellcheck", "false");
        return field;
    }

    static void refuse(TextField field, String message) {
        field.clear();
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }
}
