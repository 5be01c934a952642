package org.coopera.exchange.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coopera.base.BusinessException;
import org.coopera.base.files.StoredFileService;
import org.coopera.base.ui.ConflictDialog;
import org.coopera.base.ui.Notifications;
import org.coopera.exchange.FieldChange;
import org.coopera.exchange.ImportPreview;
import org.coopera.exchange.ImportProgress;
import org.coopera.exchange.ImportResult;
import org.coopera.exchange.NewOrganisation;
import org.coopera.exchange.PreviewRow;
import org.coopera.exchange.ProjectImportService;
import org.coopera.exchange.RowError;
import org.coopera.program.ui.ProjectNavigation;
import org.coopera.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * « Importer des projets »: upload an XLSX or CSV file, see what it would do (rows to create, to
 * change field by field, unchanged, in error), confirm, see the result. The file is checked off the
 * UI thread with a progress bar; nothing is written before the confirmation.
 */
@Route("projects/import")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
public class ProjectImportView extends Main implements HasDynamicTitle {

    final Upload upload = new Upload();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Paragraph refusal = new Paragraph();
    final Paragraph summary = new Paragraph();
    final Tabs tabs = new Tabs();
    final Tab createTab = new Tab();
    final Tab updateTab = new Tab();
    final Tab unchangedTab = new Tab();
    final Tab errorTab = new Tab();
    final Grid<PreviewRow> rows = new Grid<>();
    final Grid<RowError> errors = new Grid<>();
    final Div organisations = new Div();
    final Checkbox createOrganisations = new Checkbox();
    final Paragraph blocked = new Paragraph();
    final Button confirm = new Button();
    final Button cancel = new Button();
    final Paragraph result = new Paragraph();
    final Div previewArea = new Div();

    /** Where the file is checked: a virtual thread; tests run it in place. */
    Executor executor = task -> Thread.ofVirtual().start(task);

    private final ProjectImportService imports;
    private final long maxSize;
    private ImportPreview preview;
    private String fileName;
    private byte[] content;

    ProjectImportView(ProjectImportService imports, StoredFileService files) {
        this.imports = imports;
        this.maxSize = files.maxSize();
        addClassName("project-import-view");
        getStyle().set("padding", "var(--lumo-space-l)").set("box-sizing", "border-box");

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
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        refusal.setVisible(false);

        configurePreview();
        result.setId("import-result");
        result.getElement().setAttribute("role", "status");
        result.setVisible(false);
        var back = new Anchor(ProjectNavigation.list(), getTranslation("exchange.ui.import.back"));
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
        upload.setUploadHandler(this::receive);
        upload.addFileRejectedListener(event -> showRefusal(event.getErrorMessage()));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("exchange.ui.import.upload"))
                .setMany(getTranslation("exchange.ui.import.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("exchange.ui.import.drop"))
                .setMany(getTranslation("exchange.ui.import.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("files.too-large", "", maxSize / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("exchange.import.file.type", ""))
                .setTooManyFiles(getTranslation("files.upload.too-many")));
        i18n.setFile(new UploadI18N.File().setRemove(getTranslation("files.upload.remove"))
                .setRetry(getTranslation("files.upload.retry")).setStart(getTranslation("files.upload.start")));
        upload.setI18n(i18n);
    }

    private void receive(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = readAtMost(in, maxSize);
        }
        String name = Objects.requireNonNullElse(event.getFileName(), "");
        UI ui = event.getUI();
        if (bytes == null) {
            String message = ui.getTranslation("files.too-large", name, maxSize / (1024 * 1024));
            event.reject(message);
            ui.access(() -> showRefusal(message));
            return;
        }
        ui.access(() -> check(name, bytes));
    }

    /**
     * Checks a file and shows its preview (the upload calls it; so do tests). Runs the check on
     * {@link #executor} with the user's security context, updating the progress bar by polling.
     */
    void check(String name, byte[] bytes) {
        UI ui = UI.getCurrent();
        this.fileName = name;
        this.content = bytes;
        preview = null;
        refusal.setVisible(false);
        previewArea.setVisible(false);
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
        previewArea.setVisible(false);
    }

    private void stopProgress() {
        progressLine.setVisible(false);
        UI.getCurrent().setPollInterval(-1);
    }

    // ---- preview ----------------------------------------------------------------------------------

    private void configurePreview() {
        summary.setId("import-summary");
        summary.getElement().setAttribute("role", "status");
        createTab.setId("import-tab-create");
        updateTab.setId("import-tab-update");
        unchangedTab.setId("import-tab-unchanged");
        errorTab.setId("import-tab-errors");
        tabs.add(createTab, updateTab, unchangedTab, errorTab);
        tabs.setId("import-tabs");
        tabs.addSelectedChangeListener(event -> showTab());

        rows.setId("import-rows");
        rows.setAriaLabel(getTranslation("exchange.ui.import.col.changes"));
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        rows.addColumn(PreviewRow::row).setHeader(getTranslation("exchange.ui.import.col.row")).setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(PreviewRow::code).setHeader(getTranslation("exchange.ui.import.col.code")).setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(PreviewRow::program).setHeader(getTranslation("exchange.ui.import.col.program"))
                .setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(this::changesText).setHeader(getTranslation("exchange.ui.import.col.changes")).setFlexGrow(1);
        rows.setAllRowsVisible(false);
        rows.setHeight("28em");

        errors.setId("import-errors");
        errors.setAriaLabel(getTranslation("exchange.ui.import.tab.errors", ""));
        errors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        errors.addColumn(RowError::row).setHeader(getTranslation("exchange.ui.import.col.row")).setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(e -> e.column() == null ? getTranslation("exchange.ui.import.whole-row")
                : getTranslation(e.column().headerKey())).setHeader(getTranslation("exchange.ui.import.col.column"))
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(RowError::message).setHeader(getTranslation("exchange.ui.import.col.reason")).setFlexGrow(1);
        errors.setHeight("28em");

        organisations.setId("import-organisations");
        createOrganisations.setId("import-create-organisations");
        createOrganisations.setLabel(getTranslation("exchange.ui.import.organisations.confirm"));
        createOrganisations.addValueChangeListener(e -> updateConfirm());

        blocked.setId("import-blocked");
        blocked.setText(getTranslation("exchange.ui.import.errors-block"));
        blocked.getStyle().set("color", "var(--lumo-error-text-color)");

        confirm.setId("import-confirm");
        confirm.setText(getTranslation("exchange.ui.import.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> askConfirmation());
        cancel.setId("import-cancel");
        cancel.setText(getTranslation("exchange.ui.import.cancel"));
        cancel.addClickListener(click -> reset());

        previewArea.setId("import-preview");
        previewArea.add(new H3(getTranslation("exchange.ui.import.title")), summary, tabs, rows, errors, organisations,
                blocked, new HorizontalLayout(confirm, cancel));
        previewArea.setVisible(false);
    }

    private void show(ImportPreview done) {
        stopProgress();
        // the file is read: the upload is ready for another (a corrected one), not left "full"
        upload.clearFileList();
        preview = done;
        String format = done.encoding() == null ? done.format()
                : done.format() + ", " + getTranslation("exchange.ui.import.encoding", done.encoding());
        summary.setText(getTranslation("exchange.ui.import.summary", done.fileName(), done.rowCount(), format,
                done.creates().size(), done.updates().size(), done.unchanged().size(), done.rowsInError()));
        createTab.setLabel(getTranslation("exchange.ui.import.tab.create", done.creates().size()));
        updateTab.setLabel(getTranslation("exchange.ui.import.tab.update", done.updates().size()));
        unchangedTab.setLabel(getTranslation("exchange.ui.import.tab.unchanged", done.unchanged().size()));
        errorTab.setLabel(getTranslation("exchange.ui.import.tab.errors", done.errors().size()));
        errors.setItems(done.errors());

        organisations.removeAll();
        createOrganisations.setValue(false);
        if (!done.newOrganisations().isEmpty()) {
            organisations.add(new H3(getTranslation("exchange.ui.import.organisations", done.newOrganisations().size())));
            var list = new com.vaadin.flow.component.html.UnorderedList();
            for (NewOrganisation organisation : done.newOrganisations()) {
                list.add(new com.vaadin.flow.component.html.ListItem(getTranslation("exchange.ui.import.organisation-line",
                        organisation.name(), organisation.countryCode(), organisation.rows().stream()
                                .map(String::valueOf).collect(Collectors.joining(", ")))));
            }
            organisations.add(list, createOrganisations);
        }
        organisations.setVisible(!done.newOrganisations().isEmpty() && done.valid());
        blocked.setVisible(!done.valid());
        tabs.setSelectedTab(!done.valid() ? errorTab : done.creates().isEmpty() && !done.updates().isEmpty() ? updateTab
                : createTab);
        showTab();
        updateConfirm();
        previewArea.setVisible(true);
    }

    private void showTab() {
        if (preview == null) {
            return;
        }
        Tab selected = tabs.getSelectedTab();
        boolean errorList = selected == errorTab;
        errors.setVisible(errorList);
        rows.setVisible(!errorList);
        if (!errorList) {
            rows.setItems(selected == updateTab ? preview.updates() : selected == unchangedTab ? preview.unchanged()
                    : preview.creates());
        }
    }

    private String changesText(PreviewRow row) {
        return row.changes().stream().map(this::changeText).collect(Collectors.joining(" · "));
    }

    private String changeText(FieldChange change) {
        String field = getTranslation(change.column().headerKey());
        if (change.oldValue() == null && preview != null && preview.creates().stream().anyMatch(r -> r.changes().contains(change))) {
            return field + "\u00a0: " + change.newValue();
        }
        return field + "\u00a0: " + Objects.requireNonNullElse(change.oldValue(), "—") + " → "
                + Objects.requireNonNullElse(change.newValue(), "—");
    }

    private void updateConfirm() {
        boolean nothing = preview == null || preview.plan().isEmpty();
        confirm.setEnabled(preview != null && preview.valid() && !nothing
                && (preview.newOrganisations().isEmpty() || createOrganisations.getValue()));
    }

    private void askConfirmation() {
        var dialog = new ConfirmDialog();
        dialog.setId("import-confirm-dialog");
        dialog.setHeader(getTranslation("exchange.ui.import.confirm.title"));
        dialog.setText(getTranslation("exchange.ui.import.confirm.text", preview.creates().size(), preview.updates().size()));
        dialog.setConfirmText(getTranslation("exchange.ui.import.confirm"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("exchange.ui.import.cancel"));
        dialog.addConfirmListener(event -> write());
        dialog.open();
    }

    /** Writes the confirmed preview; a project saved by someone else meanwhile offers to check the file again. */
    void write() {
        try {
            ImportResult done = imports.confirm(preview, createOrganisations.getValue());
            previewArea.setVisible(false);
            String text = getTranslation("exchange.ui.import.done", done.created(), done.updated(), done.unchanged());
            if (!done.organisationsCreated().isEmpty()) {
                text += " " + getTranslation("exchange.ui.import.done-organisations",
                        String.join(", ", done.organisationsCreated()));
            }
            result.setText(text);
            result.setVisible(true);
            Notifications.success(text);
            preview = null;
            upload.clearFileList();
        } catch (ObjectOptimisticLockingFailureException e) {
            ConfirmDialog conflict = ConflictDialog.create();
            conflict.setText(getTranslation("exchange.import.conflict"));
            conflict.addConfirmListener(event -> check(fileName, content));
            conflict.open();
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void reset() {
        preview = null;
        previewArea.setVisible(false);
        upload.clearFileList();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        updateConfirm();
    }

    /** The bytes, or null when there are more than maxSize. */
    private static byte[] readAtMost(InputStream in, long maxSize) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > maxSize) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    List<PreviewRow> shownRows() {
        return rows.getGenericDataView().getItems().toList();
    }
}
