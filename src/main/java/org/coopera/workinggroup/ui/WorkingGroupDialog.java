package org.coopera.workinggroup.ui;

import org.coopera.base.ui.SearchFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.coopera.base.ui.Saves;
import org.coopera.reference.JurisdictionRef;
import org.coopera.reference.PartnerService;
import org.coopera.workinggroup.WorkingGroupSummary;

/**
 * Edits a working group. The field rules of {@code WorkingGroupDraft} are checked here for
 * immediate feedback, with the same messages; the service checks them again.
 */
class WorkingGroupDialog extends Dialog {

    final TextField acronym = new TextField();
    final TextField nameFr = new TextField();
    final TextField nameEn = new TextField();
    final ComboBox<JurisdictionRef> jurisdiction = new ComboBox<>();
    final DatePicker foundedOn = new DatePicker();
    final TextArea mandate = new TextArea();
    final TextField cadence = new TextField();
    final Checkbox active = new Checkbox();
    final Button save = new Button();

    private final Binder<WorkingGroupForm> binder = new Binder<>(WorkingGroupForm.class);
    private final WorkingGroupForm form;

    /** @param onSave saves the form (a refusal keeps the dialog open); @param reload after a conflict */
    WorkingGroupDialog(WorkingGroupSummary group, PartnerService partners, Consumer<WorkingGroupForm> onSave,
                       Runnable reload) {
        this.form = WorkingGroupForm.of(group, partners.jurisdiction(group.jurisdictionId()).orElse(null));
        setId("wg-dialog");
        setHeaderTitle(getTranslation("wg.dialog.edit", group.acronym()));
        setWidth("min(48rem, 95vw)");

        field(acronym, "wg-acronym", "wg.field.acronym");
        acronym.setHelperText(getTranslation("working-group.acronym.pattern"));
        field(nameFr, "wg-name-fr", "wg.field.name-fr");
        field(nameEn, "wg-name-en", "wg.field.name-en");
        jurisdiction.setId("wg-jurisdiction");
        jurisdiction.setLabel(getTranslation("wg.field.partner"));
        jurisdiction.setItemLabelGenerator(j -> j.name(getLocale()));
        jurisdiction.setItems(SearchFields.fetch(query -> partners.findJurisdictions(query.getFilter().orElse(""),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream()),
                SearchFields.count(query -> (int) partners.countJurisdictions(query.getFilter().orElse(""))));
        foundedOn.setId("wg-founded-on");
        foundedOn.setLabel(getTranslation("wg.field.founded-on"));
        foundedOn.setLocale(getLocale());
        foundedOn.setMax(LocalDate.now());
        mandate.setId("wg-mandate");
        mandate.setLabel(getTranslation("wg.field.mandate"));
        field(cadence, "wg-cadence", "wg.field.cadence");
        active.setId("wg-active");
        active.setLabel(getTranslation("wg.field.active"));

        String required = getTranslation("validation.required");
        String tooLong = getTranslation("validation.too-long");
        binder.forField(acronym).asRequired(required)
                .withValidator(value -> value.trim().matches("[A-Za-z0-9-]{2,20}"),
                        getTranslation("working-group.acronym.pattern"))
                .bind(WorkingGroupForm::getAcronym, WorkingGroupForm::setAcronym);
        binder.forField(nameFr).asRequired(required).withValidator(new StringLengthValidator(tooLong, 0, 255))
                .bind(WorkingGroupForm::getNameFr, WorkingGroupForm::setNameFr);
        binder.forField(nameEn).asRequired(required).withValidator(new StringLengthValidator(tooLong, 0, 255))
                .bind(WorkingGroupForm::getNameEn, WorkingGroupForm::setNameEn);
        binder.forField(jurisdiction).asRequired(required)
                .bind(WorkingGroupForm::getJurisdiction, WorkingGroupForm::setJurisdiction);
        binder.forField(foundedOn)
                .withValidator(date -> date == null || !date.isAfter(LocalDate.now()),
                        getTranslation("validation.date.future"))
                .bind(WorkingGroupForm::getFoundedOn, WorkingGroupForm::setFoundedOn);
        binder.forField(mandate).withValidator(new StringLengthValidator(tooLong, 0, 10000))
                .bind(WorkingGroupForm::getMandate, WorkingGroupForm::setMandate);
        binder.forField(cadence).withValidator(new StringLengthValidator(tooLong, 0, 255))
                .bind(WorkingGroupForm::getCadence, WorkingGroupForm::setCadence);
        binder.forField(active).bind(WorkingGroupForm::isActive, WorkingGroupForm::setActive);
        binder.readBean(form);

        var layout = new FormLayout(acronym, nameFr, nameEn, jurisdiction, foundedOn, cadence, mandate, active);
        layout.setColspan(mandate, 2);
        add(layout);

        save.setText(getTranslation("action.save"));
        save.setId("wg-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (binder.writeBeanIfValid(form)) {
                Saves.fromDialog(this, () -> onSave.accept(form), reload);
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("wg-cancel");
        getFooter().add(cancel, save);
    }

    private void field(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
    }
}
