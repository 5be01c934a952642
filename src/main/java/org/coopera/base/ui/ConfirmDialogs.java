package org.coopera.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The question asked before something that cannot be undone (a deletion, a removal, disabling a
 * user): a cancel button, and a confirm button in the error colour that names the action. The
 * caller adds what confirming does and opens it.
 */
public final class ConfirmDialogs {

    private ConfirmDialogs() {
    }

    public static ConfirmDialog destructive(String id, String header, String text, String confirmText) {
        var confirm = question(id, header, text, confirmText);
        confirm.setConfirmButtonTheme("error primary");
        return confirm;
    }

    /** The same question before a change that is not a destruction (freezing a list, publishing). */
    public static ConfirmDialog question(String id, String header, String text, String confirmText) {
        var confirm = new ConfirmDialog();
        confirm.setId(id);
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(confirm.getTranslation("action.cancel"));
        confirm.setConfirmText(confirmText);
        return confirm;
    }
}
