package org.coopera.program.ui;

import org.coopera.base.ui.Saves;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import org.coopera.base.ui.LocalizedDates;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Binder.Binding;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.coopera.program.ProjectDetail;
import org.coopera.program.ProjectDraft;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import org.coopera.reference.OrganisationRef;
import org.coopera.reference.PartnerService;
import org.coopera.reference.QuebecRegion;
import org.coopera.reference.SectorRef;

/**
 * Edits a project's record. Field rules (required fields, dates in order, budget not negative)
 * are checked here for immediate feedback, in the user's language; the service checks them again.
 */
class ProjectDialog extends Dialog {

    /** Québec-side lead organisations are Canadian. */
    private static final String QUEBEC_COUNTRY = "CA";

    final TextField code = new TextField();
    final TextField titleFr = new TextField();
    final TextField titleEn = new TextField();
    final ComboBox<SectorRef> sector = new ComboBox<>();
    final ComboBox<OrganisationRef> leadQuebec = new ComboBox<>();
    final ComboBox<OrganisationRef> leadPartner = new ComboBox<>();
    final DatePicker startDate = new DatePicker();
    final DatePicker endDate = new DatePicker();
    final BigDecimalField budget = new BigDecimalField();
    final Select<ProjectStatus> status = new Select<>();
    final Select<ProjectHealth> health = new Select<>();
    final CheckboxGroup<Theme> themes = new CheckboxGroup<>();
    final MultiSelectComboBox<QuebecRegion> regions = new MultiSelectComboBox<>();
    final TextArea description = new TextArea();
    final Button save = new Button();

    private final Binder<ProjectForm> binder = new Binder<>(ProjectForm.class);
    private final ProjectForm form;

    /**
     * @param quebecRegions     the 17 administrative regions of Québec offered
     * @param statusFromUpdates an approved update sets the status and health: shown, not editable here
     * @param onSave            saves the draft (a refusal keeps the dialog open with its message)
     * @param reload            what reloading means after someone else saved the project meanwhile
     */
    ProjectDialog(ProjectDetail detail, List<SectorRef> sectors, PartnerService partners,
                  List<QuebecRegion> quebecRegions, boolean statusFromUpdates,
                  Consumer<ProjectDraft> onSave, Runnable reload) {
        var row = detail.row();
        setId("project-dialog");
        setHeaderTitle(getTranslation("project.ui.dialog.edit", row.code()));
        setWidth("min(60rem, 95vw)");

        List<SectorRef> offered = sectors.stream().filter(s -> !s.retired()).toList();
        SectorRef current = offered.stream().filter(s -> s.id() == row.sectorId()).findFirst().orElse(null);
        this.form = ProjectForm.of(detail, current,
                detail.leadOrgQuebecId() == null ? null : partners.organisation(detail.leadOrgQuebecId()).orElse(null),
                detail.leadOrgPartnerId() == null ? null : partners.organisation(detail.leadOrgPartnerId()).orElse(null),
                quebecRegions);

        label(code, "project.ui.field.code", "project-code");
        label(titleFr, "project.ui.field.titleFr", "project-title-fr");
        titleFr.getElement().setAttribute("lang", "fr");
        label(titleEn, "project.ui.field.titleEn", "project-title-en");
        titleEn.getElement().setAttribute("lang", "en");

        sector.setLabel(getTranslation("project.ui.field.sectorId"));
        sector.setId("project-sector");
        sector.setItems(offered);  // reference data: a short list
        sector.setItemLabelGenerator(s -> sectorLabel(s, sectors));

        OrganisationFields.searchable(leadQuebec, partners, QUEBEC_COUNTRY, "project.ui.field.leadOrgQuebecId", "project-lead-quebec");
        OrganisationFields.searchable(leadPartner, partners, row.countryCode(), "project.ui.field.leadOrgPartnerId",
                "project-lead-partner");

        localize(startDate, "project.ui.field.startDate", "project-start");
        localize(endDate, "project.ui.field.endDate", "project-end");

        budget.setLabel(getTranslation("project.ui.field.budget"));
        budget.setId("project-budget");
        budget.setHelperText(getTranslation("project.ui.budget.help"));
        budget.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(getTranslation("project.ui.number.invalid")));

        status.setLabel(getTranslation("project.ui.field.status"));
        status.setId("project-status");
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("project.status." + s.name()));
        health.setLabel(getTranslation("project.ui.field.health"));
        health.setId("project-health");
        health.setItems(ProjectHealth.values());
        health.setItemLabelGenerator(h -> getTranslation("project.health." + h.name()));

        themes.setLabel(getTranslation("project.ui.field.themes"));
        themes.setId("project-themes");
        themes.setItems(Theme.values());
        themes.setItemLabelGenerator(t -> getTranslation("theme." + t.name()));

        label(regions, "region.ui.field", "project-regions");
        regions.setItems(quebecRegions);  // reference data: 17 regions
        regions.setItemLabelGenerator(r -> r.label(getLocale()));
        regions.setHelperText(getTranslation("region.ui.field.help"));
        regions.setClearButtonVisible(true);

        label(description, "project.ui.field.description", "project-description");

        bind();
        binder.readBean(form);
        if (detail.budgetFromFunding()) {
            // the sum of the approved funding, changed in the funding section
            budget.setReadOnly(true);
            budget.setHelperText(getTranslation("project.ui.budget.from-funding"));
        }
        if (statusFromUpdates) {
            for (var field : List.of(status, health)) {
                field.setReadOnly(true);
                field.setHelperText(getTranslation("project.ui.status.from-updates"));
            }
        }

        var layout = new FormLayout(code, titleFr, titleEn, sector, leadQuebec, leadPartner, startDate, endDate,
                budget, status, health, themes, regions, description);
        layout.setColspan(titleFr, 2);
        layout.setColspan(titleEn, 2);
        layout.setColspan(themes, 2);
        layout.setColspan(regions, 2);
        layout.setColspan(description, 2);
        add(layout);

        save.setText(getTranslation("action.save"));
        save.setId("project-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (binder.writeBeanIfValid(form)) {
                var draft = form.toDraft(detail);
                Saves.fromDialog(this, () -> onSave.accept(draft), reload);
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("project-cancel");
        getFooter().add(cancel, save);
    }

    private void bind() {
        String required = getTranslation("validation.required");
        binder.forField(code).asRequired(required)
                .withValidator(value -> !value.isBlank(), required)
                .withValidator(value -> value.trim().matches("[A-Za-z0-9._-]{1,30}"),
                        getTranslation("project.code.pattern"))
                .bind(ProjectForm::getCode, ProjectForm::setCode);
        binder.forField(titleFr).asRequired(required)
                .withValidator(value -> !value.isBlank(), required)
                .withValidator(new StringLengthValidator(getTranslation("validation.too-long"), 0, 500))
                .bind(ProjectForm::getTitleFr, ProjectForm::setTitleFr);
        binder.forField(titleEn).asRequired(required)
                .withValidator(value -> !value.isBlank(), required)
                .withValidator(new StringLengthValidator(getTranslation("validation.too-long"), 0, 500))
                .bind(ProjectForm::getTitleEn, ProjectForm::setTitleEn);
        binder.forField(sector).asRequired(required).bind(ProjectForm::getSector, ProjectForm::setSector);
        binder.forField(leadQuebec).bind(ProjectForm::getLeadQuebec, ProjectForm::setLeadQuebec);
        binder.forField(leadPartner).bind(ProjectForm::getLeadPartner, ProjectForm::setLeadPartner);
        binder.forField(startDate).bind(ProjectForm::getStartDate, ProjectForm::setStartDate);
        Binding<ProjectForm, ?> end = binder.forField(endDate)
                .withValidator(date -> date == null || startDate.getValue() == null
                        || !date.isBefore(startDate.getValue()), getTranslation("validation.dates.order"))
                .bind(ProjectForm::getEndDate, ProjectForm::setEndDate);
        startDate.addValueChangeListener(change -> {
            if (endDate.getValue() != null) {
                end.validate();
            }
        });
        binder.forField(budget)
                .withValidator(value -> value == null || value.signum() >= 0, getTranslation("validation.not-negative"))
                .withValidator(value -> value == null || fitsColumn(value), getTranslation("project.budget.digits"))
                .bind(ProjectForm::getBudget, ProjectForm::setBudget);
        // not asRequired: Vaadin then sets aria-required on the select's role=button (axe: aria-allowed-attr)
        binder.forField(status).withValidator(java.util.Objects::nonNull, required).bind(ProjectForm::getStatus, ProjectForm::setStatus);
        binder.forField(health).withValidator(java.util.Objects::nonNull, required).bind(ProjectForm::getHealth, ProjectForm::setHealth);
        // not asRequired (optional, and Vaadin then sets aria-required on a role=group: axe aria-allowed-attr)
        binder.forField(themes).bind(ProjectForm::getThemes, ProjectForm::setThemes);
        binder.forField(regions).bind(ProjectForm::getRegions, ProjectForm::setRegions);
        binder.forField(description)
                .withValidator(new StringLengthValidator(getTranslation("validation.too-long"), 0, 20000))
                .bind(ProjectForm::getDescription, ProjectForm::setDescription);
    }

    /** At most 13 digits before the decimal point and 2 after (the budget column). */
    private static boolean fitsColumn(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return Math.max(stripped.scale(), 0) <= 2 && stripped.precision() - stripped.scale() <= 13;
    }

    private void label(com.vaadin.flow.component.HasLabel field, String key, String id) {
        field.setLabel(getTranslation(key));
        ((com.vaadin.flow.component.Component) field).setId(id);
    }

    private void localize(DatePicker picker, String labelKey, String id) {
        picker.setLabel(getTranslation(labelKey));
        picker.setId(id);
        picker.setClearButtonVisible(true);
        LocalizedDates.localize(picker);
    }

    private String sectorLabel(SectorRef s, List<SectorRef> all) {
        if (s.isAxis()) {
            return s.name(getLocale());
        }
        return all.stream().filter(axis -> axis.id() == s.parentId()).findFirst()
                .map(axis -> axis.name(getLocale()) + " › ").orElse("") + s.name(getLocale());
    }
}
