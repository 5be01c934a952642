package org.coopera.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import java.util.ArrayList;
import java.util.List;
import org.coopera.base.BusinessException;
import org.coopera.base.files.FileKind;
import org.coopera.base.files.UploadedFile;
import org.coopera.base.files.StoredFileService;

/**
 * Files added to a form and kept in memory until the form is saved. The size limit is enforced
 * while the bytes arrive (a bigger file is cut off, whatever the browser claims), and the type is
 * checked from the content at once, so the user learns why a file is refused before saving.
 */
public class FileUploadField extends Composite<Div> {

    private final Upload upload = new Upload();
    private final Span error = new Span();
    private final List<UploadedFile> files = new ArrayList<>();
    private final StoredFileService storage;
    private final FileKind kind;

    public FileUploadField(String label, StoredFileService storage, FileKind kind, int maxFiles) {
        this.storage = storage;
        this.kind = kind;
        long maxSize = storage.maxSize();
        upload.setMaxFiles(maxFiles);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxSize));
        upload.setAcceptedFileTypes(kind.mediaTypes().toArray(String[]::new));
        new BoundedUploadHandler(maxSize, this::receive, this::showError).on(upload);
        upload.addFileRejectedListener(event -> showError(event.getErrorMessage()));
        upload.addFileRemovedListener(event -> files.removeIf(f -> f.name().equals(event.getFileName())));
        upload.setI18n(i18n(maxSize));

        Span caption = new Span(label);
        caption.addClassName("file-upload-label");
        error.addClassName("file-upload-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        getContent().addClassName("file-upload-field");
        getContent().add(caption, upload, error);
    }

    public List<UploadedFile> getFiles() {
        return List.copyOf(files);
    }

    public void clear() {
        files.clear();
        upload.clearFileList();
        error.setVisible(false);
    }

    /** For server-side tests and for paste-in: checks and adds a file as an upload would. */
    public boolean add(String fileName, byte[] content) {
        try {
            storage.check(fileName, content, kind);
        } catch (BusinessException e) {
            showError(getTranslation(e.messageKey(), e.arguments()));
            return false;
        }
        files.removeIf(f -> f.name().equals(fileName));
        files.add(new UploadedFile(fileName, content));
        error.setVisible(false);
        return true;
    }

    private void receive(UploadEvent event, String name, byte[] content) {
        try {
            storage.check(name, content, kind);
        } catch (BusinessException e) {
            // refused in the upload list too, not only in the message under it
            String message = event.getUI().getTranslation(e.messageKey(), e.arguments());
            event.reject(message);
            event.getUI().access(() -> showError(message));
            return;
        }
        event.getUI().access(() -> add(name, content));
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private UploadI18N i18n(long maxSize) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("files.upload.add-one"))
                .setMany(getTranslation("files.upload.add-many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("files.upload.drop-one"))
                .setMany(getTranslation("files.upload.drop-many")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("files.too-large", "", BoundedUploadHandler.megabytes(maxSize)))
                .setIncorrectFileType(getTranslation("files.type-refused." + kind.name(), ""))
                .setTooManyFiles(getTranslation("files.upload.too-many")));
        i18n.setFile(new UploadI18N.File().setRemove(getTranslation("files.upload.remove"))
                .setRetry(getTranslation("files.upload.retry")).setStart(getTranslation("files.upload.start")));
        return i18n;
    }

}
