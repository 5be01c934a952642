package org.coopera.reference.ui;

import org.coopera.base.ui.SearchFields;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Locale;
import org.coopera.reference.CountryRef;
import org.coopera.reference.CountryService;

/** A country combo box that loads the countries page by page as the user types. */
final class CountryItems {

    private CountryItems() {
    }

    static void configure(ComboBox<CountryRef> box, CountryService countries, Locale locale) {
        box.setItemLabelGenerator(c -> c.name(locale) + " (" + c.code() + ")");
        box.setItems(SearchFields.fetch(query -> countries.find(query.getFilter().orElse(""),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream()),
                SearchFields.count(query -> (int) countries.count(query.getFilter().orElse(""))));
    }
}
