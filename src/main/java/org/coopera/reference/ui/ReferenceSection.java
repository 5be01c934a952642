package org.coopera.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Supplier;
import org.coopera.base.HistoryEntry;
import org.coopera.base.ui.ConfirmDialogs;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.base.ui.IconButtons;
import org.coopera.base.ui.Notifications;
import org.coopera.base.ui.Saves;

/**
 * One tab of the reference-data screen: a heading, a lazy grid and the dialogs that change its
 * records. Holds what the tabs share: row action buttons, the history dialog and the confirmed
 * deletion; refusals are shown by {@link Saves} (never a stack trace).
 */
abstract class ReferenceSection extends VerticalLayout {

    /** @param headingKey the message key of the heading ("ref.ui.sectors"), also giving the id ("ref-sectors") */
    ReferenceSection(String headingKey) {
        String id = headingKey.replace("ref.ui.", "ref-");
        setId(id);
        setPadding(false);
        var heading = new H2(getTranslation(headingKey));
        heading.setId(id + "-heading");
        add(heading);
    }

    /** Reads the grid again (after a change, or when a change was refused because of a conflict). */
    abstract void refresh();

    Button iconButton(VaadinIcon icon, String labelKey, String subject, Runnable action) {
        return IconButtons.labelled(this, icon, labelKey, subject, action);
    }

    void openHistory(String subject, Supplier<List<HistoryEntry>> source, String fieldKeyPrefix) {
        HistoryPanel.openDialog("ref-history-dialog", getTranslation("history.of", subject), source, fieldKeyPrefix);
    }

    /** Asks before deleting; on confirmation runs the deletion (refusals shown by {@link Saves}). */
    void confirmDeletion(String id, String title, String message, Runnable delete, String deletedMessage) {
        var confirm = ConfirmDialogs.destructive(id, title, message, getTranslation("registry.delete.confirm"));
        confirm.addConfirmListener(event -> {
            if (Saves.attempt(delete, this::refresh)) {
                Notifications.success(deletedMessage);
            }
            refresh();
        });
        confirm.open();
    }
}
