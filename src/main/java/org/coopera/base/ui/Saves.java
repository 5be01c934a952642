package org.coopera.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopera.base.BusinessException;
import org.coopera.base.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;

/**
 * How a screen runs a change: a rule that refuses it shows its message in the user's language and
 * changes nothing; a field the service finds invalid gets its message on the field (or in a
 * notification); a refused access says so; a record saved by someone else meanwhile opens the
 * conflict dialog, which offers to reload; a database that does not answer ({@link DatabaseFailures})
 * is logged and said, and nothing typed is lost; any other data-access failure is logged as an error
 * and said to be unexpected. One place for what every view and dialog did in its own
 * catch blocks.
 */
public final class Saves {

    /**
     * A dialog that shows a refusal inside itself, beside what was typed, instead of in a
     * notification (the status-update form, whose text must stay in view).
     */
    public interface ShowsRefusals {

        void showRefusal(String message);

        /** The message key used when the database does not answer (what was typed is kept). */
        default String unavailableKey() {
            return "action.failed";
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Saves.class);
    private static final Pattern MESSAGE_KEY = Pattern.compile("\\{([a-zA-Z0-9._-]+)}");

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
        return attempt(change, reload, Map.of(), Notifications::error, "action.failed", null);
    }

    /**
     * The same, with the conflict dialog saying what reloading means here (an import checks its
     * file again).
     */
    public static boolean attempt(Runnable change, String conflictMessageKey, Runnable reload) {
        return attempt(change, reload, Map.of(), Notifications::error, "action.failed", conflictMessageKey);
    }

    /**
     * Runs a save from a dialog, which closes when it went through. After a conflict the dialog
     * stays open (what was typed can still be copied) until the user chooses to reload, which
     * closes it and runs {@code reload}.
     */
    public static boolean fromDialog(Dialog dialog, Runnable save, Runnable reload) {
        return fromDialog(dialog, Map.of(), save, reload);
    }

    /**
     * The same, showing the service's field violations on the dialog's fields.
     *
     * @param fields the dialog's fields by the name of the property they edit
     */
    public static boolean fromDialog(Dialog dialog, Map<String, ? extends HasValidation> fields, Runnable save,
                                     Runnable reload) {
        Consumer<String> refusal = dialog instanceof ShowsRefusals shows ? shows::showRefusal : Notifications::error;
        String unavailable = dialog instanceof ShowsRefusals shows ? shows.unavailableKey() : "action.failed";
        boolean saved = attempt(save, () -> {
            dialog.close();
            reload.run();
        }, fields, refusal, unavailable, null);
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
        }, Map.of(), refusal, "action.failed", null);
        if (saved) {
            dialog.close();
        }
        return saved;
    }

    private static boolean attempt(Runnable change, Runnable reload, Map<String, ? extends HasValidation> fields,
                                   Consumer<String> refusal, String unavailableKey, String conflictMessageKey) {
        try {
            change.run();
            return true;
        } catch (BusinessException e) {
            refusal.accept(translate(e.messageKey(), e.arguments()));
        } catch (ConstraintViolationException e) {
            showViolations(e, fields, refusal);
        } catch (AccessDeniedException e) {
            // the roles changed since the page was drawn, or the page offered more than the service allows
            refusal.accept(translate("action.denied"));
        } catch (OptimisticLockingFailureException e) {
            var confirm = ConflictDialog.create();
            if (conflictMessageKey != null) {
                confirm.setText(translate(conflictMessageKey));
            }
            confirm.addConfirmListener(event -> reload.run());
            confirm.open();
        } catch (DataAccessException | TransactionException e) {
            if (DatabaseFailures.unavailable(e)) {
                log.warn("A change was not saved: the database did not answer", e);
                refusal.accept(translate(unavailableKey));
            } else {
                // not the database being down (a constraint the service did not check, a faulty query):
                // saying "try again" would be untrue
                log.error("A change was not saved: unexpected data-access failure", e);
                refusal.accept(translate("error.unexpected.message"));
            }
        }
        return false;
    }

    /** Each violation on its field; those without a field together in one message. */
    private static void showViolations(ConstraintViolationException e, Map<String, ? extends HasValidation> fields,
                                       Consumer<String> refusal) {
        List<String> unplaced = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String message = message(violation);
            HasValidation field = fields.get(lastNode(violation.getPropertyPath()));
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                unplaced.add(message);
            }
        }
        if (!unplaced.isEmpty()) {
            refusal.accept(String.join(" ", unplaced));
        }
    }

    /** Coopera's own message keys are translated; Bean Validation's standard messages come localised already. */
    private static String message(ConstraintViolation<?> violation) {
        Matcher key = MESSAGE_KEY.matcher(violation.getMessageTemplate());
        if (key.matches() && !key.group(1).startsWith("jakarta.") && !key.group(1).startsWith("org.hibernate.")) {
            return translate(key.group(1));
        }
        return violation.getMessage();
    }

    private static String lastNode(Path path) {
        String name = "";
        for (Path.Node node : path) {
            name = node.getName() == null ? name : node.getName();
        }
        return name;
    }

    private static String translate(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
