package org.coopera.program.ui;

import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.coopera.base.files.StoredFileService;
import org.coopera.base.ui.Notifications;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.StatusUpdateRecord;
import org.coopera.program.StatusUpdateService;
import org.springframework.stereotype.Component;

/**
 * Opens the update form for a project and saves it through the service. Whatever goes wrong,
 * the form stays open with what the officer typed and says why.
 */
@Component
class UpdateEditor {


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
     * @param onSaved  called with the saved update, or with null when the page should be read again
     *                 (someone else changed the update meanwhile)
     */
    StatusUpdateDialog open(long projectId, String projectLabel, ProjectStatus currentStatus,
                            ProjectHealth currentHealth, StatusUpdateRecord existing,
                            Consumer<StatusUpdateRecord> onSaved) {
        var dialog = new StatusUpdateDialog(projectLabel, currentStatus, currentHealth, existing,
                LocalDate.now(clock), storage, (draft, files, removed, submit) -> {
            StatusUpdateRecord saved = updates.save(projectId, existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), draft, files, removed, submit);
            Notifications.success(UI.getCurrent().getTranslation(submit ? "update.ui.submitted" : "update.ui.saved"));
            onSaved.accept(saved);
        }, () -> onSaved.accept(null));
        dialog.open();
        return dialog;
    }
}
