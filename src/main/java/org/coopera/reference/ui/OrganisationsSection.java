package org.coopera.reference.ui;

import org.coopera.base.ui.SearchFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.coopera.base.ui.Notifications;
import org.coopera.reference.CountryRef;
import org.coopera.reference.CountryService;
import org.coopera.reference.OrganisationRef;
import org.coopera.reference.PartnerService;

/** The organisations, narrowed by text and country; managers and administrators add and correct them. */
class OrganisationsSection extends ReferenceSection {

    final TextField filter = new TextField();
    final ComboBox<CountryRef> country = new ComboBox<>();
    final Button create = new Button();
    final Grid<OrganisationRef> grid = new Grid<>();

    private final PartnerService partners;
    private final CountryService countries;

    OrganisationsSection(PartnerService partners, CountryService countries) {
        super("ref.ui.organisations");
        this.partners = partners;
        this.countries = countries;

        filter.setLabel(getTranslation("ref.ui.filter.text"));
        filter.setId("ref-organisation-filter");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        SearchFields.cap(filter);
        filter.addValueChangeListener(change -> refresh());

        country.setLabel(getTranslation("ref.ui.field.country"));
        country.setId("ref-organisation-country-filter");
        country.setClearButtonVisible(true);
        CountryItems.configure(country, countries, getLocale());
        country.addValueChangeListener(change -> refresh());

        create.setText(getTranslation("ref.ui.organisation.create"));
        create.setId("ref-organisation-create");
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> openEditor(null));

        grid.setId("ref-organisation-grid");
        grid.setAriaLabel(getTranslation("ref.ui.organisation.grid.label"));
        grid.addColumn(OrganisationRef::name).setHeader(getTranslation("ref.ui.organisation.field.name"))
                .setKey("name");
        grid.addColumn(o -> o.acronym() == null ? "" : o.acronym())
                .setHeader(getTranslation("ref.ui.organisation.field.acronym")).setKey("acronym").setAutoWidth(true);
        grid.addColumn(OrganisationRef::countryCode).setHeader(getTranslation("ref.ui.field.country"))
                .setKey("country").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> getTranslation("ref.ui.organisation.type." + o.type().name()))
                .setHeader(getTranslation("ref.ui.organisation.field.type")).setKey("type").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("ref.ui.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(SearchFields.fetch(query -> partners.findOrganisations(filter.getValue(), countryCode(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream()),
                SearchFields.count(query -> (int) partners.countOrganisations(filter.getValue(), countryCode())));

        var toolbar = new HorizontalLayout(filter, country, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(toolbar, grid);
    }

    private String countryCode() {
        return country.getValue() == null ? "" : country.getValue().code();
    }

    private HorizontalLayout actions(OrganisationRef organisation) {
        var actions = new HorizontalLayout(
                iconButton(VaadinIcon.EDIT, "ref.ui.organisation.action.edit", organisation.label(),
                        () -> openEditor(organisation)),
                iconButton(VaadinIcon.TIME_BACKWARD, "ref.ui.action.history", organisation.label(),
                        () -> openHistory(organisation.label(), () -> partners.organisationHistory(organisation.id()),
                                "ref.ui.history.organisation.")));
        actions.setSpacing(false);
        return actions;
    }

    void openEditor(OrganisationRef existing) {
        new OrganisationDialog(existing, countries, draft -> {
            if (existing == null) {
                partners.createOrganisation(draft);
            } else {
                partners.updateOrganisation(existing.id(), existing.version(), draft);
            }
            Notifications.success(getTranslation(existing == null ? "ref.ui.organisation.created"
                    : "ref.ui.organisation.saved", draft.name().trim()));
            refresh();
        }, this::refresh).open();
    }

    @Override
    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
