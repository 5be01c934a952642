package org.coopera.program.ui;

import org.coopera.base.ui.Saves;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopera.base.files.FileKind;
import org.coopera.base.files.StoredFileRef;
import org.coopera.base.files.StoredFileService;
import org.coopera.base.files.UploadedFile;
import org.coopera.base.ui.FileLinks;
import org.coopera.base.ui.FileUploadField;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.StatusUpdateDraft;
import org.coopera.program.StatusUpdateRecord;
import org.coopera.program.StatusUpdateService;

/**
 * The one short form an officer fills each time: date (today by default), status, health,
 * progress, what happened, next steps, files. A reason is asked for only when the status or
 * the health changes. The dialog stays open with what was typed when the save fails.
 */
class StatusUpdateDialog extends Dialog implements Saves.ShowsRefusals {

    /** What the dialog asks its owner to do; a refusal it throws is shown in the dialog ({@link Saves}). */
    interface SaveAction {
        void save(StatusUpdateDraft draft, List<UploadedFile> newFiles, Set<Long> removedFileIds, boolean submit);
    }

    final DatePicker date = new DatePicker();
    final Select<ProjectStatus> status = new Select<>();
    final Select<ProjectHealth> health = new Select<>();
    final IntegerField progress = new IntegerField();
    final TextArea narrative = new TextArea();
    final TextArea nextSteps = new TextArea();
    final TextArea reason = new TextArea();
    final FileUploadField attachments;
    final CheckboxGroup<StoredFileRef> keptFiles = new CheckboxGroup<>();
    final Button saveDraft = new Button();
    final Button submit = new Button();
    final Paragraph failure = new Paragraph();

    private final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();
    private final ProjectStatus currentStatus;
    private final ProjectHealth currentHealth;
    private final Runnable reload;

    StatusUpdateDialog(String projectLabel, ProjectStatus currentStatus, ProjectHealth currentHealth,
                       StatusUpdateRecord existing, LocalDate today, StoredFileService storage, SaveAction action,
                       Runnable reload) {
        this.reload = reload;
        this.currentStatus = currentStatus;
        this.currentHealth = currentHealth;
        setId("update-dialog");
        setHeaderTitle(getTranslation(existing == null ? "update.ui.dialog.new" : "update.ui.dialog.edit", projectLabel));
        setWidth("min(48rem, 95vw)");

        date.setLabel(getTranslation("update.ui.field.date"));
        date.setId("update-date");
        LocalizedDates.localize(date);
        date.setMax(today);
        status.setLabel(getTranslation("update.ui.field.status"));
        status.setId("update-status");
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("project.status." + s.name()));
        health.setLabel(getTranslation("update.ui.field.health"));
        health.setId("update-health");
        health.setItems(ProjectHealth.values());
        health.setItemLabelGenerator(h -> getTranslation("project.health." + h.name()));
        progress.setLabel(getTranslation("update.ui.field.progress"));
        progress.setId("update-progress");
        progress.setMin(0);
        progress.setMax(100);
        progress.setStepButtonsVisible(true);
        progress.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        narrative.setLabel(getTranslation("update.ui.field.narrative"));
        narrative.setId("update-narrative");
        narrative.setHelperText(getTranslation("update.ui.field.narrative.help"));
        narrative.setMinRows(4);
        nextSteps.setLabel(getTranslation("update.ui.field.nextSteps"));
        nextSteps.setId("update-next-steps");
        reason.setLabel(getTranslation("update.ui.field.reason"));
        reason.setId("update-reason");
        reason.setHelperText(getTranslation("update.ui.field.reason.help"));

        attachments = new FileUploadField(getTranslation("update.ui.field.attachments",
                storage.maxSize() / (1024 * 1024)), storage, FileKind.DOCUMENT, StatusUpdateService.MAX_FILES);
        attachments.setId("update-attachments");
        keptFiles.setLabel(getTranslation("update.ui.field.kept-files"));
        keptFiles.setId("update-kept-files");
        keptFiles.setItemLabelGenerator(f -> f.name() + " (" + FileLinks.size(f.size()) + ")");

        bind();
        if (existing != null) {
            form.fill(existing.toDraft());
            keptFiles.setItems(existing.files());
            keptFiles.setValue(Set.copyOf(existing.files()));
        } else {
            form.fill(new StatusUpdateDraft(today, currentStatus, currentHealth, 0, "", null, null));
        }
        keptFiles.setVisible(existing != null && !existing.files().isEmpty());
        binder.readBean(form);
        status.addValueChangeListener(e -> showReason());
        health.addValueChangeListener(e -> showReason());
        showReason();

        failure.setId("update-failure");
        failure.addClassName("form-failure");
        failure.getElement().setAttribute("role", "alert");
        failure.setVisible(false);

        var layout = new FormLayout(date, progress, status, health, narrative, nextSteps, reason, keptFiles, attachments);
        layout.setColspan(narrative, 2);
        layout.setColspan(nextSteps, 2);
        layout.setColspan(reason, 2);
        layout.setColspan(keptFiles, 2);
        layout.setColspan(attachments, 2);
        add(failure, layout);

        saveDraft.setText(getTranslation("update.ui.save-draft"));
        saveDraft.setId("update-save-draft");
        saveDraft.addClickListener(click -> save(action, false));
        submit.setText(getTranslation("update.ui.submit"));
        submit.setId("update-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> save(action, true));
        // Ctrl+Enter anywhere in the form submits; the blur first commits the field being typed in
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this).resetFocusOnActiveElement();
        submit.setTooltipText(getTranslation("update.ui.submit.shortcut"));
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("update-cancel");
        getFooter().add(cancel, saveDraft, submit);
        addOpenedChangeListener(e -> narrative.focus());
    }

    /** Shows why the last save failed; what was typed stays in the fields. */
    @Override
    public void showRefusal(String message) {
        failure.setText(message);
        failure.setVisible(true);
    }

    @Override
    public String unavailableKey() {
        return "update.ui.save-failed";
    }

    private void save(SaveAction action, boolean submitNow) {
        failure.setVisible(false);
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        Set<Long> removed = keptFiles.isVisible()
                ? keptFilesRemoved() : Set.of();
        var draft = form.toDraft();
        var files = attachments.getFiles();
        Saves.fromDialog(this, () -> action.save(draft, files, removed, submitNow), reload);
    }

    private Set<Long> keptFilesRemoved() {
        Set<Long> kept = keptFiles.getValue().stream().map(StoredFileRef::id).collect(Collectors.toSet());
        return keptFiles.getListDataView().getItems().map(StoredFileRef::id).filter(id -> !kept.contains(id))
                .collect(Collectors.toSet());
    }

    private boolean changesStatusOrHealth() {
        return status.getValue() != currentStatus || health.getValue() != currentHealth;
    }

    private void showReason() {
        reason.setRequiredIndicatorVisible(changesStatusOrHealth());
        reason.setVisible(changesStatusOrHealth() || !reason.isEmpty());
    }

    private void bind() {
        String required = getTranslation("validation.required");
        binder.forField(date).asRequired(required)
                .withValidator(d -> !d.isAfter(date.getMax()), getTranslation("update.date.future"))
                .bind(Form::getDate, Form::setDate);
        // always filled (the current values by default); not asRequired: Vaadin's select would put
        // aria-required on its button role, which axe rightly refuses
        binder.forField(status).withValidator(Objects::nonNull, required).bind(Form::getStatus, Form::setStatus);
        binder.forField(health).withValidator(Objects::nonNull, required).bind(Form::getHealth, Form::setHealth);
        binder.forField(progress).asRequired(required)
                .withValidator(new IntegerRangeValidator(getTranslation("update.progress.range"), 0, 100))
                .bind(Form::getProgress, Form::setProgress);
        binder.forField(narrative).asRequired(required)
                .withValidator(v -> !v.isBlank(), required)
                .withValidator(new StringLengthValidator(getTranslation("validation.too-long"), 0, 20000))
                .bind(Form::getNarrative, Form::setNarrative);
        binder.forField(nextSteps)
                .withValidator(new StringLengthValidator(getTranslation("validation.too-long"), 0, 5000))
                .bind(Form::getNextSteps, Form::setNextSteps);
        binder.forField(reason)
                .withValidator((value, context) -> changesStatusOrHealth() && (value == null || value.isBlank())
                        ? ValidationResult.error(getTranslation("update.reason-required")) : ValidationResult.ok())
                .withValidator(new StringLengthValidator(getTranslation("validation.too-long"), 0, 5000))
                .bind(Form::getReason, Form::setReason);
        status.addValueChangeListener(e -> binder.validate());
        health.addValueChangeListener(e -> binder.validate());
    }

    /** The form's state; binder-friendly (a record cannot take setters). */
    static final class Form {
        private LocalDate date;
        private ProjectStatus status;
        private ProjectHealth health;
        private Integer progress;
        private String narrative;
        private String nextSteps;
        private String reason;

        void fill(StatusUpdateDraft draft) {
            date = draft.date();
            status = draft.status();
            health = draft.health();
            progress = draft.progressPercent();
            narrative = Objects.requireNonNullElse(draft.narrative(), "");
            nextSteps = Objects.requireNonNullElse(draft.nextSteps(), "");
            reason = Objects.requireNonNullElse(draft.changeReason(), "");
        }

        StatusUpdateDraft toDraft() {
            return new StatusUpdateDraft(date, status, health, progress == null ? 0 : progress, narrative,
                    nextSteps, reason);
        }

        LocalDate getDate() { return date; }
        void setDate(LocalDate date) { this.date = date; }
        ProjectStatus getStatus() { return status; }
        void setStatus(ProjectStatus status) { this.status = status; }
        ProjectHealth getHealth() { return health; }
        void setHealth(ProjectHealth health) { this.health = health; }
        Integer getProgress() { return progress; }
        void setProgress(Integer progress) { this.progress = progress; }
        String getNarrative() { return narrative; }
        void setNarrative(String narrative) { this.narrative = narrative; }
        String getNextSteps() { return nextSteps; }
        void setNextSteps(String nextSteps) { this.nextSteps = nextSteps; }
        String getReason() { return reason; }
        void setReason(String reason) { this.reason = reason; }
    }
}
