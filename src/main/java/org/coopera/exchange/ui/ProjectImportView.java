package org.coopera.exchange.ui;

import org.coopera.base.ui.Saves;
import org.coopera.program.ui.ProgramNavigation;
import org.coopera.base.ui.BoundedUploadHandler;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.coopera.base.BusinessException;
import org.coopera.base.files.StoredFileService;
import org.coopera.base.ui.Notifications;
import org.coopera.exchange.ImportPreview;
import org.coopera.exchange.ImportProgress;
import org.coopera.exchange.ImportResult;
import org.coopera.exchange.PreviewRow;
import org.coopera.exchange.ProjectImportService;
import org.coopera.security.Roles;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * « Importer des projets »: upload an XLSX or CSV file, see what it would do (rows to create, to
 * change field by field, unchanged, in error), confirm, see the result. The file is checked off the
 * UI thread with a progress bar; nothing is written before the confirmation.
 */
@Route(ProjectImportAction.ROUTE)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
class ProjectImportView extends Main implements HasDynamicTitle {

    final Upload upload = new Upload();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Paragraph refusal = new Paragraph();
    final Paragraph result = new Paragraph();
    final ImportPreviewPanel previewArea = new ImportPreviewPanel(this::askConfirmation, this::reset);

    /** Where the file is checked: a virtual thread; tests run it in place. */
    Executor executor = task -> Thread.ofVirtual().start(task);

    private final ProjectImportService imports;
    private final long maxSize;
    private String fileName;
    private byte[] content;

    ProjectImportView(ProjectImportService imports, StoredFileService files) {
        this.imports = imports;
        this.maxSize = files.maxSize();
        addClassName("project-import-view");

        var title = new H2(getTranslation("exchange.ui.import.title"));
        var intro = new Paragraph(getTranslation("exchange.ui.import.intro", imports.maxRows()));
        var templates = new HorizontalLayout(
                download("import-template-xlsx", "exchange.ui.import.template-xlsx", "modele-import-projets.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", imports::templateXlsx),
                download("import-template-csv", "exchange.ui.import.template-csv", "modele-import-projets.csv",
                        "text/csv", imports::templateCsv));
        templates.setWrap(true);

        configureUpload();
        progress.setId("import-progress");
        progress.setWidth("20em");
        progressText.setId("import-progress-text");
        progressText.getElement().setAttribute("aria-live", "polite");
        var progressLine = new HorizontalLayout(progress, progressText);
        progressLine.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        progressLine.setVisible(false);
        this.progressLine = progressLine;

        refusal.setId("import-refusal");
        refusal.addClassName("import-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);

        result.setId("import-result");
        result.getElement().setAttribute("role", "status");
        result.setVisible(false);
        var back = new Anchor(ProgramNavigation.projects(), getTranslation("exchange.ui.import.back"));
        back.setId("import-back");
        back.setTarget(AnchorTarget.DEFAULT);

        add(title, intro, templates, upload, progressLine, refusal, previewArea, result, back);
    }

    private final HorizontalLayout progressLine;

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.ui.import.title");
    }

    private Anchor download(String id, String labelKey, String name, String type, Function<Locale, byte[]> bytes) {
        Locale locale = UI.getCurrent().getLocale();
        var handler = DownloadHandler.fromInputStream(event -> {
            byte[] data = bytes.apply(locale);
            return new DownloadResponse(new ByteArrayInputStream(data), name, type, data.length);
        });
        var link = new Anchor(handler, com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, getTranslation(labelKey));
        link.setId(id);
        return link;
    }

    private void configureUpload() {
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxSize));
        upload.setAcceptedFileTypes(".xlsx", ".csv", ".txt", "text/csv", "text/plain",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        new BoundedUploadHandler(maxSize, this::receive, this::showRefusal).on(upload);
        upload.addFileRejectedListener(event -> showRefusal(event.getErrorMessage()));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("exchange.ui.import.upload"))
                .setMany(getTranslation("exchange.ui.import.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("exchange.ui.import.drop"))
                .setMany(getTranslation("exchange.ui.import.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("files.too-large", "", BoundedUploadHandler.megabytes(maxSize)))
                .setIncorrectFileType(getTranslation("exchange.import.file.type", ""))
                .setTooManyFiles(getTranslation("files.upload.too-many")));
        i18n.setFile(new UploadI18N.File().setRemove(getTranslation("files.upload.remove"))
                .setRetry(getTranslation("files.upload.retry")).setStart(getTranslation("files.upload.start")));
        upload.setI18n(i18n);
    }

    private void receive(UploadEvent event, String name, byte[] bytes) {
        event.getUI().access(() -> check(name, bytes));
    }

    /**
     * Checks a file and shows its preview (the upload calls it; so do tests). Runs the check on
     * {@link #executor} with the user's security context, updating the progress bar by polling.
     */
    void check(String name, byte[] bytes) {
        UI ui = UI.getCurrent();
        this.fileName = name;
        this.content = bytes;
        previewArea.clear();
        refusal.setVisible(false);
        result.setVisible(false);
        progressLine.setVisible(true);
        progress.setIndeterminate(true);
        progressText.setText(getTranslation("exchange.ui.import.reading"));
        ui.setPollInterval(500);
        SecurityContext security = SecurityContextHolder.getContext();
        Locale locale = ui.getLocale();
        executor.execute(() -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                ImportPreview done = imports.preview(name, bytes, locale, new ImportProgress() {
                    @Override
                    public void read(int rows) {
                        ui.access(() -> progressText.setText(ui.getTranslation("exchange.ui.import.read-rows", rows)));
                    }

                    @Override
                    public void checked(int rows, int total) {
                        ui.access(() -> {
                            progress.setIndeterminate(false);
                            progress.setValue(total == 0 ? 1 : (double) rows / total);
                            progressText.setText(ui.getTranslation("exchange.ui.import.checking", rows, total));
                        });
                    }
                });
                ui.access(() -> show(done));
            } catch (BusinessException e) {
                ui.access(() -> showRefusal(ui.getTranslation(e.messageKey(), e.arguments())));
            } catch (RuntimeException e) {
                ui.access(() -> showRefusal(ui.getTranslation("exchange.ui.import.failed")));
                throw e;
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        });
    }

    private void showRefusal(String message) {
        stopProgress();
        upload.clearFileList();  // ready for the corrected file
        refusal.setText(message);
        refusal.setVisible(true);
        previewArea.clear();
    }

    private void stopProgress() {
        progressLine.setVisible(false);
        UI.getCurrent().setPollInterval(-1);
    }

    private void show(ImportPreview done) {
        stopProgress();
        // the file is read: the upload is ready for another (a corrected one), not left "full"
        upload.clearFileList();
        previewArea.show(done);
    }

    private void askConfirmation() {
        var dialog = new ConfirmDialog();
        dialog.setId("import-confirm-dialog");
        dialog.setHeader(getTranslation("exchange.ui.import.confirm.title"));
        ImportPreview preview = previewArea.preview();
        dialog.setText(getTranslation("exchange.ui.import.confirm.text", preview.creates().size(), preview.updates().size()));
        dialog.setConfirmText(getTranslation("exchange.ui.import.confirm"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("exchange.ui.import.cancel"));
        dialog.addConfirmListener(event -> write());
        dialog.open();
    }

    /** Writes the confirmed preview; a project saved by someone else meanwhile offers to check the file again. */
    void write() {
        Saves.attempt(() -> {
            ImportResult done = imports.confirm(previewArea.preview(), previewArea.organisationsAgreed());
            previewArea.clear();
            String text = getTranslation("exchange.ui.import.done", done.created(), done.updated(), done.unchanged());
            if (!done.organisationsCreated().isEmpty()) {
                text += " " + getTranslation("exchange.ui.import.done-organisations",
                        String.join(", ", done.organisationsCreated()));
            }
            result.setText(text);
            result.setVisible(true);
            Notifications.success(text);
            upload.clearFileList();
        }, "exchange.import.conflict", () -> check(fileName, content));
    }

    private void reset() {
        previewArea.clear();
        upload.clearFileList();
    }


    List<PreviewRow> shownRows() {
        return previewArea.shownRows();
    }
}
