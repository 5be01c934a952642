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
import org.coopera.reference.JurisdictionKind;
import org.coopera.reference.JurisdictionRef;
import org.coopera.reference.ReferenceDrafts.JurisdictionDraft;

/**
 * Adds or corrects a partner jurisdiction: a country, or a federated state with its ISO 3166-2 code
 * if it has one. The field rules are checked here for immediate feedback; the service checks them again.
 */
class JurisdictionDialog extends Dialog {

    final ComboBox<CountryRef> country = new ComboBox<>();
    final Select<JurisdictionKind> kind = new Select<>();
    final TextField subdivisionCode = new TextField();
    final TextField nameFr = new TextField();
    final TextField nameEn = new TextField();
    final Button save = new Button();

    private final Binder<JurisdictionRef> binder = new Binder<>();

    JurisdictionDialog(JurisdictionRef existing, CountryService countries, Consumer<JurisdictionDraft> onSave, Runnable reload) {
        setId("ref-jurisdiction-dialog");
        setHeaderTitle(existing == null ? getTranslation("ref.ui.jurisdiction.dialog.create")
                : getTranslation("registry.jurisdiction.dialog.edit", existing.name(getLocale())));
        setWidth("min(40rem, 95vw)");

        country.setId("ref-jurisdiction-country");
        country.setLabel(getTranslation("ref.ui.field.country"));
        CountryItems.configure(country, countries, getLocale());
        kind.setId("ref-jurisdiction-kind");
        kind.setLabel(getTranslation("ref.ui.jurisdiction.field.kind"));
        kind.setItems(JurisdictionKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("ref.ui.jurisdiction.kind." + k.name()));
        subdivisionCode.setId("ref-jurisdiction-subdivision");
        subdivisionCode.setLabel(getTranslation("ref.ui.jurisdiction.field.subdivision"));
        subdivisionCode.setHelperText(getTranslation("jurisdiction.subdivision.invalid"));
        nameFr.setId("ref-jurisdiction-name-fr");
        nameFr.setLabel(getTranslation("ref.ui.field.name-fr"));
        nameEn.setId("ref-jurisdiction-name-en");
        nameEn.setLabel(getTranslation("ref.ui.field.name-en"));

        String required = getTranslation("validation.required");
        String tooLong = getTranslation("validation.too-long");
        binder.forField(country).asRequired(required)
                .bind(j -> countries.byCode(j.countryCode()).orElse(null), (bean, value) -> { });
        // not asRequired: Vaadin's select then sets aria-required on a role=button (axe: aria-allowed-attr)
        binder.forField(kind).withValidator(Objects::nonNull, required)
                .bind(JurisdictionRef::kind, (bean, value) -> { });
        binder.forField(subdivisionCode)
                .withValidator(value -> value.trim().toUpperCase().matches("([A-Z]{2}-[A-Z0-9]{1,3})?"),
                        getTranslation("jurisdiction.subdivision.invalid"))
                .bind(j -> j.subdivisionCode() == null ? "" : j.subdivisionCode(), (bean, value) -> { });
        binder.forField(nameFr).asRequired(required).withValidator(new StringLengthValidator(tooLong, 0, 150))
                .bind(JurisdictionRef::nameFr, (bean, value) -> { });
        binder.forField(nameEn).asRequired(required).withValidator(new StringLengthValidator(tooLong, 0, 150))
                .bind(JurisdictionRef::nameEn, (bean, value) -> { });
        if (existing != null) {
            binder.readBean(existing);
        }
        add(new FormLayout(country, kind, subdivisionCode, nameFr, nameEn));

        save.setText(getTranslation("action.save"));
        save.setId("ref-jurisdiction-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> {
            if (binder.validate().isOk()) {
                var draft = new JurisdictionDraft(country.getValue().code(), kind.getValue(),
                        subdivisionCode.getValue().trim().toUpperCase(), nameFr.getValue(), nameEn.getValue());
                Saves.fromDialog(this, fieldsByProperty(), () -> onSave.accept(draft), reload);
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("ref-jurisdiction-cancel");
        getFooter().add(cancel, save);
    }

    Map<String, HasValidation> fieldsByProperty() {
        return Map.of("countryCode", country, "kind", kind, "subdivisionCode", subdivisionCode,
                "nameFr", nameFr, "nameEn", nameEn);
    }
}
