package org.coopera.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import org.coopera.base.BusinessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * How a screen runs a change: a rule that refuses it shows its message in the user's language and
 * changes nothing; a record saved by someone else meanwhile opens the conflict dialog, which
 * offers to reload. One place for what every view and dialog did in its own catch blocks.
 */
public final class Saves {

    private Saves() {
    }

    /**
     * Runs a change made from a page (a removal, an approval).
     *
     * @param change what to do; it says itself that it is done
     * @param reload what reloading means after a conflict (read the record again, show the page)
     * @return whether the change went through
     */
    public static boolean attempt(Runnable change, Runnable reload) {
        return attempt(change, reload, Notifications::error);
    }

    private static boolean attempt(Runnable change, Runnable reload, Consumer<String> refusal) {
        try {
            change.run();
            return true;
        } catch (BusinessException e) {
            refusal.accept(UI.getCurrent().getTranslation(e.messageKey(), e.arguments()));
        } catch (AccessDeniedException e) {
            // the roles changed since the page was drawn, or the page offered more than the service allows
            Notifications.error(UI.getCurrent().getTranslation("action.denied"));
        } catch (OptimisticLockingFailureException e) {
            var confirm = ConflictDialog.create();
            confirm.addConfirmListener(event -> reload.run());
            confirm.open();
        }
        return false;
    }

    /**
     * Runs a save from a dialog, which closes when it went through. After a conflict the dialog
     * stays open (what was typed can still be copied) until the user chooses to reload, which
     * closes it and runs {@code reload}.
     */
    public static boolean fromDialog(Dialog dialog, Runnable save, Runnable reload) {
        boolean saved = attempt(save, () -> {
            dialog.close();
            reload.run();
        });
        if (saved) {
            dialog.close();
        }
        return saved;
    }

    /**
     * Runs a save from a dialog that shows a refused change itself, beside its fields (the bulletin
     * editor's alert line), instead of as a notification; otherwise as {@link #fromDialog(Dialog, Runnable, Runnable)}.
     *
     * @param refusal shows the refusal's message, translated
     */
    public static boolean fromDialog(Dialog dialog, Runnable save, Runnable reload, Consumer<String> refusal) {
        boolean saved = attempt(save, () -> {
            dialog.close();
            reload.run();
        }, refusal);
        if (saved) {
            dialog.close();
        }
        return saved;
    }
}
