package org.coopera.workinggroup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.coopera.base.files.FileKind;
import org.coopera.base.files.StoredFileService;
import org.coopera.base.ui.ConfirmDialogs;
import org.coopera.base.ui.FileUploadField;
import org.coopera.base.ui.Saves;
import org.coopera.base.ui.Notifications;
import org.coopera.base.files.UploadedFile;
import org.coopera.workinggroup.MeetingRecord;

/**
 * Attaches the signed minutes of a meeting (one document: PDF, Word, spreadsheet or image), or
 * replaces the one attached. The file's type and size are checked as soon as it arrives.
 */
class MinutesDialog extends Dialog {

    final FileUploadField upload;
    final Button save = new Button();

    /**
     * @param onSave attaches the file (a refusal keeps the dialog open with its message); replacing a
     *               file attached earlier asks first
     * @param reload what reloading means after someone else changed the meeting meanwhile
     */
    MinutesDialog(MeetingRecord meeting, StoredFileService files, Consumer<UploadedFile> onSave, Runnable reload) {
        setId("minutes-dialog");
        setHeaderTitle(getTranslation("registry.minutes.dialog.title", meeting.number()));
        setWidth("min(40rem, 95vw)");
        upload = new FileUploadField(getTranslation("registry.minutes.file"), files, FileKind.DOCUMENT, 1);
        upload.setId("minutes-upload");
        if (meeting.minutesFile() != null) {
            var current = new Paragraph(getTranslation("registry.minutes.current", meeting.minutesFile().name()));
            current.setId("minutes-current");
            add(current);
        }
        add(upload);

        save.setText(getTranslation("action.save"));
        save.setId("minutes-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (upload.getFiles().isEmpty()) {
                Notifications.error(getTranslation("registry.minutes.choose"));
            } else if (meeting.minutesFile() == null) {
                attach(upload.getFiles().getFirst(), onSave, reload);
            } else {
                confirmReplacement(meeting, upload.getFiles().getFirst(), onSave, reload);
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("minutes-cancel");
        getFooter().add(cancel, save);
    }

    private void attach(UploadedFile file, Consumer<UploadedFile> onSave, Runnable reload) {
        Saves.fromDialog(this, () -> onSave.accept(file), reload);
    }

    private void confirmReplacement(MeetingRecord meeting, UploadedFile file, Consumer<UploadedFile> onSave,
                                    Runnable reload) {
        var confirm = ConfirmDialogs.question("minutes-replace-dialog",
                getTranslation("registry.minutes.replace.title", meeting.number()),
                getTranslation("registry.minutes.replace.message", meeting.minutesFile().name(), file.name()),
                getTranslation("registry.minutes.replace.confirm"));
        confirm.addConfirmListener(event -> attach(file, onSave, reload));
        confirm.open();
    }
}
