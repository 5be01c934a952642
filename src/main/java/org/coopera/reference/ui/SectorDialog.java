package org.coopera.reference.ui;

import org.coopera.base.ui.Saves;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.List;
import java.util.function.Consumer;
import org.coopera.reference.SectorRef;

/**
 * Creates a sector (an axis, or a sub-sector of an axis) or renames one. Field rules are checked
 * here for immediate feedback; the service checks them again (and the uniqueness of the code).
 */
class SectorDialog extends Dialog {

    /** What the user typed. */
    record SectorForm(String parentCode, String code, String nameFr, String nameEn, String dacCode) {
    }

    final ComboBox<SectorRef> parent = new ComboBox<>();
    final TextField code = new TextField();
    final TextField nameFr = new TextField();
    final TextField nameEn = new TextField();
    final TextField dacCode = new TextField();
    final Button save = new Button();

    private final Binder<SectorRef> binder = new Binder<>();

    SectorDialog(SectorRef existing, List<SectorRef> axes, Consumer<SectorForm> onSave, Runnable reload) {
        boolean creating = existing == null;
        setId("ref-sector-dialog");
        setHeaderTitle(creating ? getTranslation("ref.ui.sector.dialog.create")
                : getTranslation("ref.ui.sector.dialog.rename", existing.code()));
        setWidth("min(40rem, 95vw)");

        parent.setId("ref-sector-parent");
        parent.setLabel(getTranslation("ref.ui.sector.field.parent"));
        parent.setHelperText(getTranslation("ref.ui.sector.parent.help"));
        parent.setClearButtonVisible(true);
        parent.setItemLabelGenerator(axis -> axis.code() + " — " + axis.name(getLocale()));
        parent.setItems(axes);  // the axes: a handful
        parent.setVisible(creating);
        code.setId("ref-sector-code");
        code.setLabel(getTranslation("ref.ui.sector.field.code"));
        code.setReadOnly(!creating);
        nameFr.setId("ref-sector-name-fr");
        nameFr.setLabel(getTranslation("ref.ui.field.name-fr"));
        nameEn.setId("ref-sector-name-en");
        nameEn.setLabel(getTranslation("ref.ui.field.name-en"));
        dacCode.setId("ref-sector-dac");
        dacCode.setLabel(getTranslation("ref.ui.sector.field.dac"));
        dacCode.setHelperText(getTranslation("ref.ui.sector.dac.help"));

        String required = getTranslation("validation.required");
        String tooLong = getTranslation("validation.too-long");
        if (creating) {
            binder.forField(code).asRequired(required)
                    .withValidator(value -> value.trim().matches("[A-Za-z0-9-]{1,20}"),
                            getTranslation("ref.ui.sector.code.pattern"))
                    .bind(SectorRef::code, (bean, value) -> { });
        }
        binder.forField(nameFr).asRequired(required).withValidator(new StringLengthValidator(tooLong, 0, 150))
                .bind(SectorRef::nameFr, (bean, value) -> { });
        binder.forField(nameEn).asRequired(required).withValidator(new StringLengthValidator(tooLong, 0, 150))
                .bind(SectorRef::nameEn, (bean, value) -> { });
        binder.forField(dacCode)
                .withValidator(value -> value.isBlank() || value.trim().matches("\\d{5}"),
                        getTranslation("ref.ui.sector.dac.help"))
                .bind(s -> s.dacCode() == null ? "" : s.dacCode(), (bean, value) -> { });
        if (!creating) {
            code.setValue(existing.code());
            binder.readBean(existing);
        }
        add(new FormLayout(parent, code, nameFr, nameEn, dacCode));

        save.setText(getTranslation("action.save"));
        save.setId("ref-sector-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> {
            if (binder.validate().isOk()) {
                var draft = new SectorForm(parent.getValue() == null ? null : parent.getValue().code(),
                        code.getValue(), nameFr.getValue(), nameEn.getValue(), dacCode.getValue());
                Saves.fromDialog(this, () -> onSave.accept(draft), reload);
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("ref-sector-cancel");
        getFooter().add(cancel, save);
    }
}
