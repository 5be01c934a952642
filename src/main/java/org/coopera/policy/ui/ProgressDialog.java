package org.coopera.policy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.coopera.base.ui.Saves;
import org.coopera.policy.MeasureStatus;
import org.coopera.policy.PolicyDrafts.ProgressDraft;
import org.coopera.policy.ReportEntry;

/** A measure's progress in a report's year: status, narrative of achievements, evidence links (one per line). */
class ProgressDialog extends Dialog {

    final Select<MeasureStatus> status = new Select<>();
    final TextArea narrative = new TextArea();
    final TextArea evidence = new TextArea();
    final Button save = new Button();

    private final Binder<Object> binder = new Binder<>();

    /** @param onSave saves the progress (a refusal keeps the dialog open); @param reload after a conflict */
    ProgressDialog(ReportEntry entry, String reportingYear, Consumer<ProgressDraft> onSave, Runnable reload) {
        setId("progress-dialog");
        setHeaderTitle(getTranslation("policy.ui.progress.dialog.title", entry.measureCode(), reportingYear));
        setWidth("min(48rem, 95vw)");
        status.setId("progress-status");
        status.setLabel(getTranslation("policy.ui.progress.field.status"));
        status.setItems(MeasureStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("policy.status." + s.name()));
        status.setValue(entry.status() == null ? MeasureStatus.IN_PROGRESS : entry.status());
        narrative.setId("progress-narrative");
        narrative.setLabel(getTranslation("policy.ui.progress.field.narrative"));
        narrative.setHelperText(entry.measureTitle(getLocale()));
        narrative.setValue(Objects.requireNonNullElse(entry.narrative(), ""));
        narrative.setMinHeight("10rem");
        evidence.setId("progress-evidence");
        evidence.setLabel(getTranslation("policy.ui.progress.field.evidence"));
        evidence.setHelperText(getTranslation("policy.ui.progress.field.evidence.help"));
        evidence.setValue(String.join("\n", entry.evidenceLinks()));

        binder.forField(status).withValidator(Objects::nonNull, getTranslation("validation.required"))
                .bind(b -> null, (b, v) -> { });
        binder.forField(narrative).withValidator(new StringLengthValidator(getTranslation("validation.too-long"), 0, 20000))
                .bind(b -> null, (b, v) -> { });

        var layout = new FormLayout(status, narrative, evidence);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(layout);

        save.setText(getTranslation("action.save"));
        save.setId("progress-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (binder.validate().isOk()) {
                List<String> links = Arrays.stream(evidence.getValue().split("\\R")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                var draft = new ProgressDraft(status.getValue(), narrative.getValue(), links);
                Saves.fromDialog(this, () -> onSave.accept(draft), reload);
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("progress-cancel");
        getFooter().add(cancel, save);
    }
}
