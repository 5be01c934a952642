package org.coopera.program.ui;

import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.coopera.base.BusinessException;
import org.coopera.base.files.StoredFileService;
import org.coopera.base.ui.ConflictDialog;
import org.coopera.base.ui.Notifications;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.StatusUpdateRecord;
import org.coopera.program.StatusUpdateService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Opens the update form for a project and saves it through the service. Whatever goes wrong,
 * the form stays open with what the officer typed and says why.
 */
@Component
class UpdateEditor {

    private static final Logger log = LoggerFactory.getLogger(UpdateEditor.class);

    private final StatusUpdateService updates;
    private final StoredFileService storage;
    private final Clock clock;

    UpdateEditor(StatusUpdateService updates, StoredFileService storage, Clock clock) {
        this.updates = updates;
        this.storage = storage;
        this.clock = clock;
    }

    /**
     * @param existing null for a new update, else the author's draft or returned update
     * @param onSaved  called with the saved update once the dialog has closed
     */
    StatusUpdateDialog open(long projectId, String projectLabel, ProjectStatus currentStatus,
                            ProjectHealth currentHealth, StatusUpdateRecord existing,
                            Consumer<StatusUpdateRecord> onSaved) {
        StatusUpdateDialog[] dialog = new StatusUpdateDialog[1];
        dialog[0] = new StatusUpdateDialog(projectLabel, currentStatus, currentHealth, existing,
                LocalDate.now(clock), storage, (draft, files, removed, submit) -> {
            try {
                StatusUpdateRecord saved = updates.save(projectId, existing == null ? null : existing.id(),
                        existing == null ? 0 : existing.version(), draft, files, removed, submit);
                dialog[0].close();
                Notifications.success(dialog[0].getTranslation(submit ? "update.ui.submitted" : "update.ui.saved"));
                onSaved.accept(saved);
            } catch (BusinessException e) {
                dialog[0].showFailure(dialog[0].getTranslation(e.messageKey(), e.arguments()));
            } catch (ConstraintViolationException e) {
                dialog[0].showFailure(e.getConstraintViolations().iterator().next().getMessage());
            } catch (ObjectOptimisticLockingFailureException e) {
                var conflict = ConflictDialog.create();
                conflict.addConfirmListener(event -> {
                    dialog[0].close();
                    onSaved.accept(null);
                });
                conflict.open();
            } catch (AuthorizationDeniedException e) {
                dialog[0].showFailure(dialog[0].getTranslation("update.ui.denied"));
            } catch (DataAccessException | TransactionException e) {
                log.error("Status update of project {} not saved", projectId, e);
                dialog[0].showFailure(dialog[0].getTranslation("update.ui.save-failed"));
            }
        });
        dialog[0].open();
        return dialog[0];
    }
}
