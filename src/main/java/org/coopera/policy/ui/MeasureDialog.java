package org.coopera.policy.ui;

import org.coopera.base.ui.SearchFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.coopera.base.ui.Saves;
import org.coopera.policy.MeasureDraft;
import org.coopera.policy.MeasureRecord;
import org.coopera.policy.MeasureStatus;
import org.coopera.policy.ObjectiveRecord;
import org.coopera.reference.OrganisationRef;
import org.coopera.reference.PartnerService;
import org.springframework.data.domain.PageRequest;

/**
 * Creates or changes a measure: code, objective (one of the plan's policy), titles, lead and partner
 * organisations (looked up page by page), description, expected result and status. It saves through
 * {@code onSave} and closes itself when the save went through; {@code reload} runs after a conflict.
 */
class MeasureDialog extends Dialog {

    final TextField code = new TextField();
    final Select<ObjectiveRecord> objective = new Select<>();
    final TextField titleFr = new TextField();
    final TextField titleEn = new TextField();
    final ComboBox<OrganisationRef> lead = new ComboBox<>();
    final MultiSelectComboBox<OrganisationRef> partnerOrganisations = new MultiSelectComboBox<>();
    final TextArea description = new TextArea();
    final TextArea expectedResult = new TextArea();
    final Select<MeasureStatus> status = new Select<>();
    final Button save = new Button();

    private final Binder<Object> binder = new Binder<>();

    MeasureDialog(MeasureRecord measure, List<ObjectiveRecord> objectives, PartnerService partners,
                  Consumer<MeasureDraft> onSave, Runnable reload) {
        setId("measure-dialog");
        setHeaderTitle(measure == null ? getTranslation("policy.ui.measure.dialog.create")
                : getTranslation("policy.ui.measure.dialog.edit", measure.code()));
        setWidth("min(56rem, 95vw)");

        code.setId("measure-code");
        code.setLabel(getTranslation("policy.ui.measure.field.code"));
        objective.setId("measure-objective");
        objective.setLabel(getTranslation("policy.ui.measure.field.objective"));
        objective.setItems(objectives);
        objective.setItemLabelGenerator(o -> o == null ? "" : o.number() + ". " + o.title(getLocale()));
        titleFr.setId("measure-title-fr");
        titleFr.setLabel(getTranslation("policy.ui.measure.field.title-fr"));
        titleEn.setId("measure-title-en");
        titleEn.setLabel(getTranslation("policy.ui.measure.field.title-en"));
        lead.setId("measure-lead");
        lead.setLabel(getTranslation("policy.ui.measure.field.lead"));
        lead.setItemLabelGenerator(OrganisationRef::label);
        lead.setItems(SearchFields.fetch(query -> partners.findOrganisations(query.getFilter().orElse(""), null,
                PageRequest.of(query.getPage(), query.getPageSize())).stream()));
        lead.setClearButtonVisible(true);
        partnerOrganisations.setId("measure-partners");
        partnerOrganisations.setLabel(getTranslation("policy.ui.measure.field.partners"));
        partnerOrganisations.setItemLabelGenerator(OrganisationRef::label);
        partnerOrganisations.setItems(SearchFields.fetch(query -> partners.findOrganisations(query.getFilter().orElse(""), null,
                PageRequest.of(query.getPage(), query.getPageSize())).stream()));
        description.setId("measure-description");
        description.setLabel(getTranslation("policy.ui.measure.field.description"));
        expectedResult.setId("measure-expected-result");
        expectedResult.setLabel(getTranslation("policy.ui.measure.field.expected-result"));
        status.setId("measure-status");
        status.setLabel(getTranslation("policy.ui.measure.field.status"));
        status.setItems(MeasureStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("policy.status." + s.name()));

        if (measure == null) {
            status.setValue(MeasureStatus.NOT_STARTED);
        } else {
            code.setValue(measure.code());
            objectives.stream().filter(o -> o.id() == measure.objectiveId()).findFirst().ifPresent(objective::setValue);
            titleFr.setValue(measure.titleFr());
            titleEn.setValue(measure.titleEn());
            Optional.ofNullable(measure.leadOrganisationId()).flatMap(partners::organisation).ifPresent(lead::setValue);
            // a measure has a handful of partners: one look-up each
            partnerOrganisations.setValue(measure.partnerOrganisationIds().stream().map(partners::organisation)
                    .flatMap(Optional::stream).collect(Collectors.toCollection(LinkedHashSet::new)));
            description.setValue(Objects.requireNonNullElse(measure.description(), ""));
            expectedResult.setValue(Objects.requireNonNullElse(measure.expectedResult(), ""));
            status.setValue(measure.status());
        }

        String required = getTranslation("validation.required");
        String tooLong = getTranslation("validation.too-long");
        binder.forField(code).asRequired(required).withValidator(new StringLengthValidator(tooLong, 0, 30))
                .bind(b -> null, (b, v) -> { });
        binder.forField(titleFr).asRequired(required).withValidator(new StringLengthValidator(tooLong, 0, 500))
                .bind(b -> null, (b, v) -> { });
        binder.forField(titleEn).asRequired(required).withValidator(new StringLengthValidator(tooLong, 0, 500))
                .bind(b -> null, (b, v) -> { });
        // not asRequired on selects: Vaadin then sets aria-required on their role=button (axe: aria-allowed-attr)
        binder.forField(objective).withValidator(Objects::nonNull, required).bind(b -> null, (b, v) -> { });
        binder.forField(status).withValidator(Objects::nonNull, required).bind(b -> null, (b, v) -> { });
        binder.forField(description).withValidator(new StringLengthValidator(tooLong, 0, 10000)).bind(b -> null, (b, v) -> { });
        binder.forField(expectedResult).withValidator(new StringLengthValidator(tooLong, 0, 10000))
                .bind(b -> null, (b, v) -> { });

        var layout = new FormLayout(code, objective, titleFr, titleEn, lead, status, partnerOrganisations, description,
                expectedResult);
        layout.setColspan(objective, 1);
        layout.setColspan(titleFr, 2);
        layout.setColspan(titleEn, 2);
        layout.setColspan(partnerOrganisations, 2);
        layout.setColspan(description, 2);
        layout.setColspan(expectedResult, 2);
        add(layout);

        save.setText(getTranslation("action.save"));
        save.setId("measure-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (binder.validate().isOk()) {
                Set<Long> partnerIds = partnerOrganisations.getValue().stream().map(OrganisationRef::id)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                var draft = new MeasureDraft(objective.getValue().id(), code.getValue().trim(), titleFr.getValue().trim(),
                        titleEn.getValue().trim(), lead.getValue() == null ? null : lead.getValue().id(), partnerIds,
                        blankToNull(description.getValue()), blankToNull(expectedResult.getValue()), status.getValue());
                Saves.fromDialog(this, () -> onSave.accept(draft), reload);
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("measure-cancel");
        getFooter().add(cancel, save);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
