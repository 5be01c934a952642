package org.coopera.workinggroup.ui;

import org.coopera.base.ui.SearchFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Binder.Binding;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Objects;
import java.util.function.Consumer;
import org.coopera.base.ui.Saves;
import org.coopera.reference.OrganisationRef;
import org.coopera.reference.PartnerService;
import org.coopera.reference.PersonRef;
import org.coopera.workinggroup.CoChairDraft;
import org.coopera.workinggroup.CoChairRecord;
import org.coopera.workinggroup.CoChairSide;

/**
 * Adds a co-chair to a working group, or corrects one: side, person, title, organisation and term. People and
 * organisations load lazily as the user types; the service checks the rules again.
 */
class CoChairDialog extends Dialog {

    final Select<CoChairSide> side = new Select<>();
    final ComboBox<PersonRef> person = new ComboBox<>();
    final TextField title = new TextField();
    final ComboBox<OrganisationRef> organisation = new ComboBox<>();
    final DatePicker fromDate = new DatePicker();
    final DatePicker toDate = new DatePicker();
    final Button save = new Button();

    /** Validation only: the dialog reads the fields when the user saves. */
    private final Binder<Object> binder = new Binder<>();

    /** @param onSave saves the draft (a refusal keeps the dialog open); @param reload after a conflict */
    CoChairDialog(CoChairRecord existing, PartnerService partners, Consumer<CoChairDraft> onSave, Runnable reload) {
        setId("co-chair-dialog");
        setHeaderTitle(existing == null ? getTranslation("wg.co-chair.dialog.add")
                : getTranslation("registry.co-chair.dialog.edit", existing.personName()));
        setWidth("min(48rem, 95vw)");

        side.setId("co-chair-side");
        side.setLabel(getTranslation("wg.co-chair.side"));
        side.setItems(CoChairSide.values());
        side.setItemLabelGenerator(s -> getTranslation("wg.side." + s.name()));
        person.setId("co-chair-person");
        person.setLabel(getTranslation("wg.co-chair.name"));
        person.setItemLabelGenerator(PersonRef::fullName);
        person.setItems(SearchFields.fetch(query -> partners.findPeople(query.getFilter().orElse(""),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream()),
                SearchFields.count(query -> (int) partners.countPeople(query.getFilter().orElse(""))));
        title.setId("co-chair-title");
        title.setLabel(getTranslation("wg.co-chair.title"));
        organisation.setId("co-chair-organisation");
        organisation.setLabel(getTranslation("wg.co-chair.organisation"));
        organisation.setClearButtonVisible(true);
        organisation.setItemLabelGenerator(OrganisationRef::label);
        organisation.setItems(SearchFields.fetch(query -> partners.findOrganisations(query.getFilter().orElse(""), "",
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream()),
                SearchFields.count(query -> (int) partners.countOrganisations(query.getFilter().orElse(""), "")));
        person.addValueChangeListener(change -> {
            PersonRef chosen = change.getValue();
            if (chosen == null) {
                return;
            }
            if (title.isEmpty() && chosen.title() != null) {
                title.setValue(chosen.title());
            }
            if (organisation.isEmpty() && chosen.organisationId() != null) {
                partners.organisation(chosen.organisationId()).ifPresent(organisation::setValue);
            }
        });
        fromDate.setId("co-chair-from");
        fromDate.setLabel(getTranslation("wg.co-chair.from"));
        fromDate.setLocale(getLocale());
        fromDate.setClearButtonVisible(true);
        toDate.setId("co-chair-to");
        toDate.setLabel(getTranslation("wg.co-chair.to"));
        toDate.setLocale(getLocale());
        toDate.setClearButtonVisible(true);

        String required = getTranslation("validation.required");
        // not asRequired on the select: Vaadin then sets aria-required on its role=button (axe: aria-allowed-attr)
        binder.forField(side).withValidator(Objects::nonNull, required).bind(b -> null, (b, v) -> { });
        binder.forField(person).asRequired(required).bind(b -> null, (b, v) -> { });
        binder.forField(title).withValidator(new StringLengthValidator(getTranslation("validation.too-long"), 0, 255))
                .bind(b -> null, (b, v) -> { });
        Binding<Object, ?> to = binder.forField(toDate)
                .withValidator(date -> date == null || fromDate.getValue() == null || !date.isBefore(fromDate.getValue()),
                        getTranslation("validation.dates.order"))
                .bind(b -> null, (b, v) -> { });
        fromDate.addValueChangeListener(change -> {
            if (toDate.getValue() != null) {
                to.validate();
            }
        });

        if (existing != null) {
            side.setValue(existing.side());
            if (existing.title() != null) {
                title.setValue(existing.title());
            }
            if (existing.organisationId() != null) {
                partners.organisation(existing.organisationId()).ifPresent(organisation::setValue);
            }
            partners.person(existing.personId()).ifPresent(person::setValue);
            fromDate.setValue(existing.fromDate());
            toDate.setValue(existing.toDate());
        }

        var layout = new FormLayout(side, person, title, organisation, fromDate, toDate);
        add(layout);

        save.setText(getTranslation("action.save"));
        save.setId("co-chair-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (binder.validate().isOk()) {
                var draft = new CoChairDraft(side.getValue(), person.getValue().id(), blankToNull(title.getValue()),
                        organisation.getValue() == null ? null : organisation.getValue().id(),
                        fromDate.getValue(), toDate.getValue());
                Saves.fromDialog(this, () -> onSave.accept(draft), reload);
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("co-chair-cancel");
        getFooter().add(cancel, save);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
