package org.coopera.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The question asked when a save is refused because someone else saved the record meanwhile:
 * nothing was overwritten, reload? The caller adds what reloading does and opens it.
 */
public final class ConflictDialog {

    private ConflictDialog() {
    }

    public static ConfirmDialog create() {
        var confirm = new ConfirmDialog();
        confirm.setId("conflict-dialog");
        confirm.setHeader(confirm.getTranslation("conflict.title"));
        confirm.setText(confirm.getTranslation("conflict.message"));
        confirm.setConfirmText(confirm.getTranslation("conflict.reload"));
        confirm.setCancelable(true);
        confirm.setCancelText(confirm.getTranslation("action.cancel"));
        return confirm;
    }
}
