package org.coopera.policy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.function.Consumer;
import org.coopera.base.ui.Notifications;
import org.coopera.base.ui.Saves;
import org.coopera.policy.ActionPlanRecord;
import org.coopera.policy.PolicyDrafts.ReportDraft;

/**
 * Starts a progress report of an action plan: a reporting year that has none yet, and the titles
 * in both languages (proposed from the year).
 */
class ReportDialog extends Dialog {

    final Select<Integer> reportYear = new Select<>();
    final TextField titleFr = new TextField();
    final TextField titleEn = new TextField();
    final Button save = new Button();

    /**
     * @param taken  the reporting years that already have a report
     * @param onSave creates the report (a refusal keeps the dialog open); @param reload after a conflict
     */
    ReportDialog(ActionPlanRecord plan, Set<Integer> taken, Consumer<ReportDraft> onSave, Runnable reload) {
        setId("report-dialog");
        setHeaderTitle(getTranslation("policy.ui.report.dialog.title", plan.period()));
        reportYear.setId("report-year");
        reportYear.setLabel(getTranslation("policy.ui.field.year"));
        reportYear.setItems(plan.reportingYears().stream().filter(y -> !taken.contains(y)).toList());
        reportYear.setItemLabelGenerator(y -> y == null ? "" : ActionPlanRecord.reportingYear(y));
        titleFr.setLabel(getTranslation("policy.ui.report.field.title-fr"));
        titleFr.setId("report-title-fr");
        titleFr.setMaxLength(500);
        titleEn.setLabel(getTranslation("policy.ui.report.field.title-en"));
        titleEn.setId("report-title-en");
        titleEn.setMaxLength(500);
        reportYear.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                String period = ActionPlanRecord.reportingYear(change.getValue());
                titleFr.setValue(getTranslation("policy.ui.report.default-title.fr", period));
                titleEn.setValue(getTranslation("policy.ui.report.default-title.en", period));
            }
        });
        add(new FormLayout(reportYear, titleFr, titleEn));

        save.setText(getTranslation("action.save"));
        save.setId("report-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (reportYear.getValue() == null || titleFr.getValue().isBlank() || titleEn.getValue().isBlank()) {
                Notifications.error(getTranslation("validation.required"));
                return;
            }
            var draft = new ReportDraft(reportYear.getValue(), titleFr.getValue(), titleEn.getValue());
            Saves.fromDialog(this, () -> onSave.accept(draft), reload);
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }
}
