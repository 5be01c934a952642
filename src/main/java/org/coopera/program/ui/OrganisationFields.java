package org.coopera.program.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.coopera.base.ui.SearchFields;
import org.coopera.reference.OrganisationRef;
import org.coopera.reference.PartnerService;

/** A combo box that searches the organisations as the user types (a page at a time). */
final class OrganisationFields {

    private OrganisationFields() {
    }

    /**
     * @param countryCode only the organisations of this country, or all when null
     */
    static void searchable(ComboBox<OrganisationRef> field, PartnerService partners, String countryCode,
                           String labelKey, String id) {
        field.setLabel(field.getTranslation(labelKey));
        field.setId(id);
        field.setClearButtonVisible(true);
        field.setItemLabelGenerator(OrganisationRef::label);
        field.setItems(SearchFields.fetch(query -> partners.findOrganisations(query.getFilter().orElse(""), countryCode,
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream()),
                SearchFields.count(query -> (int) partners.countOrganisations(query.getFilter().orElse(""), countryCode)));
    }
}
