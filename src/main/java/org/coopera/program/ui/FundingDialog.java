package org.coopera.program.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.coopera.base.ui.Saves;
import org.coopera.program.FundingDraft;
import org.coopera.program.FundingLine;
import org.coopera.reference.OrganisationRef;
import org.coopera.reference.PartnerService;

/**
 * Adds or edits one funding line: fiscal year, funder and the amounts approved, committed and paid.
 * Empty required fields and unreadable amounts are said on their field; the amounts' rules (committed
 * at most approved, paid at most committed) are the service's, said in a notification, and the dialog
 * stays open with what was typed.
 */
class FundingDialog extends Dialog {

    final IntegerField fiscalYear = new IntegerField();
    final ComboBox<OrganisationRef> funder = new ComboBox<>();
    final BigDecimalField approved = new BigDecimalField();
    final BigDecimalField committed = new BigDecimalField();
    final BigDecimalField paid = new BigDecimalField();
    final Button save = new Button();

    /**
     * @param existing the line edited, or null for a new one
     * @param newLineYear the fiscal year a new line starts with
     * @param onSave   saves the draft (a refusal keeps the dialog open with its message)
     * @param reload   what reloading means after someone else changed the line meanwhile
     */
    FundingDialog(PartnerService partners, FundingLine existing, int newLineYear, Consumer<FundingDraft> onSave,
                  Runnable reload) {
        setId("funding-dialog");
        setHeaderTitle(getTranslation(existing == null ? "funding.ui.dialog.add" : "funding.ui.dialog.edit"));
        setWidth("min(40rem, 95vw)");

        fiscalYear.setLabel(getTranslation("funding.ui.field.fiscalYear"));
        fiscalYear.setId("funding-fiscal-year");
        fiscalYear.setHelperText(getTranslation("funding.ui.fiscal-year.help"));
        fiscalYear.setMin(1950);
        fiscalYear.setMax(2100);
        fiscalYear.setStepButtonsVisible(true);
        fiscalYear.setRequiredIndicatorVisible(true);
        OrganisationFields.searchable(funder, partners, null, "funding.ui.field.funderId", "funding-funder");
        funder.setRequiredIndicatorVisible(true);
        amount(approved, "funding.ui.field.approved", "funding-approved");
        approved.setRequiredIndicatorVisible(true);
        amount(committed, "funding.ui.field.committed", "funding-committed");
        amount(paid, "funding.ui.field.paid", "funding-paid");
        committed.setHelperText(getTranslation("funding.ui.committed.help"));
        paid.setHelperText(getTranslation("funding.ui.paid.help"));

        if (existing == null) {
            fiscalYear.setValue(newLineYear);
        } else {
            fiscalYear.setValue(existing.fiscalYear());
            partners.organisation(existing.funderId()).ifPresent(funder::setValue);
            approved.setValue(existing.approved());
            committed.setValue(existing.committed());
            paid.setValue(existing.paid());
        }

        var layout = new FormLayout(fiscalYear, funder, approved, committed, paid);
        layout.setColspan(funder, 2);
        add(layout);

        save.setText(getTranslation("action.save"));
        save.setId("funding-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (filledIn()) {
                var draft = new FundingDraft(fiscalYear.getValue(), funder.getValue().id(), approved.getValue(),
                        committed.getValue(), paid.getValue());
                Saves.fromDialog(this, Map.of("fiscalYear", fiscalYear, "approved", approved, "committed", committed,
                        "paid", paid), () -> onSave.accept(draft), reload);
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("funding-cancel");
        getFooter().add(cancel, save);
    }

    private void amount(BigDecimalField field, String labelKey, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        field.setHelperText(getTranslation("project.ui.budget.help"));
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(getTranslation("project.ui.number.invalid")));
    }

    /** Required fields filled and every amount readable; otherwise each field says what is wrong. */
    private boolean filledIn() {
        boolean ok = required(fiscalYear, fiscalYear.getValue() != null);
        ok &= required(funder, funder.getValue() != null);
        ok &= required(approved, approved.getValue() != null);
        for (HasValidation field : List.<HasValidation>of(fiscalYear, approved, committed, paid)) {
            ok &= !field.isInvalid();
        }
        return ok;
    }

    private boolean required(HasValidation field, boolean filled) {
        if (!filled) {
            field.setErrorMessage(getTranslation("validation.required"));
            field.setInvalid(true);
        }
        return filled;
    }
}
