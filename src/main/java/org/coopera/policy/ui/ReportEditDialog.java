package org.coopera.policy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.coopera.base.ui.Saves;
import org.coopera.policy.ProgressReportRecord;

/** A draft report's titles in both languages and its summary; the service refuses a blank title. */
class ReportEditDialog extends Dialog {

    /** What the dialog saves. */
    record Titles(String titleFr, String titleEn, String summary) {
    }

    final TextField titleFr = new TextField();
    final TextField titleEn = new TextField();
    final TextArea summary = new TextArea();
    final Button save = new Button();

    /** @param onSave saves the titles (a refusal keeps the dialog open); @param reload after a conflict */
    ReportEditDialog(ProgressReportRecord report, Consumer<Titles> onSave, Runnable reload) {
        setId("report-edit-dialog");
        setHeaderTitle(getTranslation("policy.ui.report.edit.title", report.reportingYear(), report.reportVersion()));
        setWidth("min(48rem, 95vw)");
        titleFr.setLabel(getTranslation("policy.ui.report.field.title-fr"));
        titleFr.setId("report-edit-title-fr");
        titleFr.setValue(report.titleFr());
        titleFr.setMaxLength(500);
        titleFr.setRequiredIndicatorVisible(true);
        titleEn.setLabel(getTranslation("policy.ui.report.field.title-en"));
        titleEn.setId("report-edit-title-en");
        titleEn.setValue(report.titleEn());
        titleEn.setMaxLength(500);
        titleEn.setRequiredIndicatorVisible(true);
        summary.setLabel(getTranslation("policy.ui.report.field.summary"));
        summary.setId("report-edit-summary");
        summary.setValue(report.summary() == null ? "" : report.summary());
        summary.setMaxLength(20000);
        var layout = new FormLayout(titleFr, titleEn, summary);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(layout);

        save.setText(getTranslation("action.save"));
        save.setId("report-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            var titles = new Titles(titleFr.getValue(), titleEn.getValue(), summary.getValue());
            Saves.fromDialog(this, () -> onSave.accept(titles), reload);
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("report-edit-cancel");
        getFooter().add(cancel, save);
    }
}
