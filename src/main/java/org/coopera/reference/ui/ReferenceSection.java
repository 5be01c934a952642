package org.coopera.reference.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopera.base.BusinessException;
import org.coopera.base.HistoryEntry;
import org.coopera.base.ui.ConfirmDialogs;
import org.coopera.base.ui.ConflictDialog;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.base.ui.Notifications;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * One tab of the reference-data screen: a heading, a lazy grid and the dialogs that change its
 * records. Holds what the tabs share: row action buttons, the history dialog, and turning the
 * services' refusals into translated field or notification messages (never a stack trace).
 */
abstract class ReferenceSection extends VerticalLayout {

    private static final Pattern MESSAGE_KEY = Pattern.compile("\\{([a-zA-Z0-9._-]+)}");

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
        var button = new Button(icon.create(), click -> action.run());
        String label = getTranslation(labelKey, subject);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.addClassName(labelKey.replace('.', '-'));
        return button;
    }

    void openHistory(String subject, Supplier<List<HistoryEntry>> source, String fieldKeyPrefix) {
        HistoryPanel.openDialog("ref-history-dialog", getTranslation("history.of", subject), source, fieldKeyPrefix);
    }

    /**
     * Runs a change. A refusal is shown: rule errors and conflicts in a notification, field
     * constraint violations on the field named by the violation's property (else in a notification).
     *
     * @return true when the change was made
     */
    boolean attempt(Runnable change, Map<String, HasValidation> fields) {
        return attempt(change, fields, () -> { });
    }

    /**
     * Runs a change, as {@link #attempt(Runnable, Map)}; a conflict (someone else saved the record
     * meanwhile) opens the shared conflict dialog, whose "reload" runs {@code onReload} (closing the
     * editor, for instance) and reads the grid again.
     */
    boolean attempt(Runnable change, Map<String, HasValidation> fields, Runnable onReload) {
        try {
            change.run();
            return true;
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        } catch (ConstraintViolationException e) {
            showViolations(e, fields);
        } catch (ObjectOptimisticLockingFailureException e) {
            var conflict = ConflictDialog.create();
            conflict.addConfirmListener(event -> {
                onReload.run();
                refresh();
            });
            conflict.open();
        }
        return false;
    }

    /** Asks before deleting; on confirmation runs the deletion (refusals shown as by {@link #attempt}). */
    void confirmDeletion(String id, String title, String message, Runnable delete, String deletedMessage) {
        var confirm = ConfirmDialogs.destructive(id,
                title,
                message,
                getTranslation("registry.delete.confirm"));
        confirm.addConfirmListener(event -> {
            if (attempt(delete, Map.of())) {
                Notifications.success(deletedMessage);
            }
            refresh();
        });
        confirm.open();
    }

    private void showViolations(ConstraintViolationException e, Map<String, HasValidation> fields) {
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String message = message(violation);
            HasValidation field = fields.get(lastNode(violation.getPropertyPath()));
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                Notifications.error(message);
            }
        }
    }

    private String message(ConstraintViolation<?> violation) {
        Matcher key = MESSAGE_KEY.matcher(violation.getMessageTemplate());
        if (key.matches() && !key.group(1).startsWith("jakarta.") && !key.group(1).startsWith("org.hibernate.")) {
            return getTranslation(key.group(1));
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
}
