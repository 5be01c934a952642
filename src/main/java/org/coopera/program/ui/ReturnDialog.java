package org.coopera.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.coopera.base.ui.Saves;

/** Asks a reviewer why an update goes back to its author; the reason is required. */
final class ReturnDialog {

    private ReturnDialog() {
    }

    /**
     * @param onReturn saves the return with its reason; the dialog closes when it went through
     * @param reload   what reloading means after someone else changed the update meanwhile
     */
    static Dialog open(Consumer<String> onReturn, Runnable reload) {
        var dialog = new Dialog();
        dialog.setId("return-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("update.ui.return.title"));
        var reason = new TextArea(dialog.getTranslation("update.ui.return.reason"));
        reason.setId("return-reason");
        reason.setRequired(true);
        reason.setMaxLength(5000);
        reason.setWidthFull();
        reason.setMinRows(3);
        dialog.add(reason);
        var confirm = new Button(dialog.getTranslation("update.ui.return.confirm"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(dialog.getTranslation("update.return.reason-required"));
                reason.focus();
                return;
            }
            String text = reason.getValue();
            Saves.fromDialog(dialog, () -> onReturn.accept(text), reload);
        });
        confirm.setId("return-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var cancel = new Button(dialog.getTranslation("action.cancel"), click -> dialog.close());
        cancel.setId("return-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.addOpenedChangeListener(e -> reason.focus());
        dialog.open();
        return dialog;
    }
}
