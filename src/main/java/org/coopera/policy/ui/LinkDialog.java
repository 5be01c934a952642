package org.coopera.policy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.coopera.base.ui.Saves;
import org.coopera.policy.LinkType;
import org.coopera.policy.PolicyDrafts.LinkDraft;

/**
 * Links a measure to a programme, project or meeting (by its number, as its page shows it) or to an
 * office abroad (name, city, country code). The service checks that the target exists.
 */
class LinkDialog extends Dialog {

    final Select<LinkType> type = new Select<>();
    final IntegerField targetId = new IntegerField();
    final TextField officeName = new TextField();
    final TextField officeCity = new TextField();
    final TextField officeCountry = new TextField();
    final Button save = new Button();

    /** @param onSave adds the link (a refusal keeps the dialog open); @param reload after a conflict */
    LinkDialog(Consumer<LinkDraft> onSave, Runnable reload) {
        setId("link-dialog");
        setHeaderTitle(getTranslation("policy.ui.link.dialog.title"));
        setWidth("min(40rem, 95vw)");
        type.setId("link-type");
        type.setLabel(getTranslation("policy.ui.link.type"));
        type.setItems(LinkType.values());  // a user may add every kind
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("policy.link.type." + t.name()));
        targetId.setId("link-target");
        targetId.setLabel(getTranslation("policy.ui.link.target-id"));
        targetId.setHelperText(getTranslation("policy.ui.link.target-id.help"));
        targetId.setMin(1);
        officeName.setId("link-office-name");
        officeName.setLabel(getTranslation("policy.ui.link.office.name"));
        officeName.setMaxLength(255);
        officeCity.setId("link-office-city");
        officeCity.setLabel(getTranslation("policy.ui.link.office.city"));
        officeCity.setMaxLength(150);
        officeCountry.setId("link-office-country");
        officeCountry.setLabel(getTranslation("policy.ui.link.office.country"));
        officeCountry.setMaxLength(2);
        type.addValueChangeListener(change -> showFieldsFor(change.getValue()));
        type.setValue(LinkType.OFFICE);

        add(new FormLayout(type, targetId, officeName, officeCity, officeCountry));
        save.setText(getTranslation("action.save"));
        save.setId("link-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            var draft = new LinkDraft(type.getValue(), targetId.getValue() == null ? null : targetId.getValue().longValue(),
                    officeName.getValue(), officeCity.getValue(), officeCountry.getValue());
            Saves.fromDialog(this, () -> onSave.accept(draft), reload);
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("link-cancel");
        getFooter().add(cancel, save);
    }

    private void showFieldsFor(LinkType selected) {
        boolean office = selected == LinkType.OFFICE;
        targetId.setVisible(!office);
        officeName.setVisible(office);
        officeCity.setVisible(office);
        officeCountry.setVisible(office);
    }
}
