package org.coopera.reference.ui;

import org.coopera.base.ui.Saves;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.coopera.reference.CountryRef;
import org.coopera.reference.CountryService;
import org.coopera.reference.OrganisationRef;
import org.coopera.reference.OrganisationType;
import org.coopera.reference.ReferenceDrafts.OrganisationDraft;

/**
 * Creates or corrects an organisation. The field rules of {@code OrganisationDraft} are checked
 * here for immediate feedback, with the same messages; the service checks them again.
 */
class OrganisationDialog extends Dialog {

    final TextField name = new TextField();
    final TextField acronym = new TextField();
    final ComboBox<CountryRef> country = new ComboBox<>();
    final Select<OrganisationType> type = new Select<>();
    final Button save = new Button();

    private final Binder<OrganisationRef> binder = new Binder<>();

    OrganisationDialog(OrganisationRef existing, CountryService countries, Consumer<OrganisationDraft> onSave, Runnable reload) {
        setId("ref-organisation-dialog");
        setHeaderTitle(existing == null ? getTranslation("ref.ui.organisation.dialog.create")
                : getTranslation("ref.ui.organisation.dialog.edit", existing.label()));
        setWidth("min(40rem, 95vw)");

        name.setId("ref-organisation-name");
        name.setLabel(getTranslation("ref.ui.organisation.field.name"));
        acronym.setId("ref-organisation-acronym");
        acronym.setLabel(getTranslation("ref.ui.organisation.field.acronym"));
        country.setId("ref-organisation-country");
        country.setLabel(getTranslation("ref.ui.field.country"));
        CountryItems.configure(country, countries, getLocale());
        type.setId("ref-organisation-type");
        type.setLabel(getTranslation("ref.ui.organisation.field.type"));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("ref.ui.organisation.type." + t.name()));

        String required = getTranslation("validation.required");
        String tooLong = getTranslation("validation.too-long");
        binder.forField(name).asRequired(required).withValidator(new StringLengthValidator(tooLong, 0, 255))
                .bind(OrganisationRef::name, (bean, value) -> { });
        binder.forField(acronym).withValidator(new StringLengthValidator(tooLong, 0, 30))
                .bind(o -> o.acronym() == null ? "" : o.acronym(), (bean, value) -> { });
        binder.forField(country).asRequired(required)
                .bind(o -> countries.byCode(o.countryCode()).orElse(null), (bean, value) -> { });
        // not asRequired: Vaadin's select then sets aria-required on a role=button (axe: aria-allowed-attr)
        binder.forField(type).withValidator(Objects::nonNull, required)
                .bind(OrganisationRef::type, (bean, value) -> { });
        if (existing != null) {
            binder.readBean(existing);
        }
        add(new FormLayout(name, acronym, country, type));

        save.setText(getTranslation("action.save"));
        save.setId("ref-organisation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> {
            if (binder.validate().isOk()) {
                var draft = new OrganisationDraft(name.getValue(), acronym.getValue(),
                        country.getValue().code(), type.getValue());
                Saves.fromDialog(this, fieldsByProperty(), () -> onSave.accept(draft), reload);
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("ref-organisation-cancel");
        getFooter().add(cancel, save);
    }

    /** The fields by the name of the draft property they fill (to show the service's violations). */
    Map<String, HasValidation> fieldsByProperty() {
        return Map.of("name", name, "acronym", acronym, "countryCode", country, "type", type);
    }
}
