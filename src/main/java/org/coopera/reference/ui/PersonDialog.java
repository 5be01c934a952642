package org.coopera.reference.ui;

import org.coopera.base.ui.SearchFields;
import org.coopera.base.ui.Saves;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Map;
import java.util.function.Consumer;
import org.coopera.reference.OrganisationRef;
import org.coopera.reference.PartnerService;
import org.coopera.reference.PersonRef;
import org.coopera.reference.ReferenceDrafts.PersonDraft;

/** Adds or corrects a person: full name, title, organisation (optional). */
class PersonDialog extends Dialog {

    final TextField fullName = new TextField();
    final TextField title = new TextField();
    final ComboBox<OrganisationRef> organisation = new ComboBox<>();
    final Button save = new Button();

    private final Binder<PersonRef> binder = new Binder<>();

    PersonDialog(PersonRef existing, PartnerService partners, Consumer<PersonDraft> onSave, Runnable reload) {
        setId("ref-person-dialog");
        setHeaderTitle(existing == null ? getTranslation("ref.ui.person.dialog.create")
                : getTranslation("registry.person.dialog.edit", existing.fullName()));
        setWidth("min(40rem, 95vw)");

        fullName.setId("ref-person-full-name");
        fullName.setLabel(getTranslation("ref.ui.person.field.full-name"));
        title.setId("ref-person-title");
        title.setLabel(getTranslation("ref.ui.person.field.title"));
        organisation.setId("ref-person-organisation");
        organisation.setLabel(getTranslation("ref.ui.person.field.organisation"));
        organisation.setClearButtonVisible(true);
        organisation.setItemLabelGenerator(OrganisationRef::label);
        organisation.setItems(SearchFields.fetch(query -> partners.findOrganisations(query.getFilter().orElse(""), "",
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream()),
                SearchFields.count(query -> (int) partners.countOrganisations(query.getFilter().orElse(""), "")));

        String tooLong = getTranslation("validation.too-long");
        binder.forField(fullName).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(tooLong, 0, 150))
                .bind(PersonRef::fullName, (bean, value) -> { });
        binder.forField(title).withValidator(new StringLengthValidator(tooLong, 0, 255))
                .bind(p -> p.title() == null ? "" : p.title(), (bean, value) -> { });
        if (existing != null) {
            binder.readBean(existing);
            if (existing.organisationId() != null) {
                partners.organisation(existing.organisationId()).ifPresent(organisation::setValue);
            }
        }
        add(new FormLayout(fullName, title, organisation));

        save.setText(getTranslation("action.save"));
        save.setId("ref-person-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> {
            if (binder.validate().isOk()) {
                var draft = new PersonDraft(fullName.getValue(), title.getValue(),
                        organisation.getValue() == null ? null : organisation.getValue().id());
                Saves.fromDialog(this, fieldsByProperty(), () -> onSave.accept(draft), reload);
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("ref-person-cancel");
        getFooter().add(cancel, save);
    }

    Map<String, HasValidation> fieldsByProperty() {
        return Map.of("fullName", fullName, "title", title, "organisationId", organisation);
    }
}
