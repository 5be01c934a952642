package org.coopera.reference.ui;

import org.coopera.base.ui.SearchFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.coopera.base.ui.Notifications;
import org.coopera.reference.CountryService;
import org.coopera.reference.JurisdictionRef;
import org.coopera.reference.PartnerService;

/** The partner jurisdictions: countries and federated states, each with its country. */
class JurisdictionsSection extends ReferenceSection {

    final TextField filter = new TextField();
    final Button create = new Button();
    final Grid<JurisdictionRef> grid = new Grid<>();

    private final PartnerService partners;
    private final CountryService countries;

    JurisdictionsSection(PartnerService partners, CountryService countries) {
        super("ref.ui.jurisdictions");
        this.partners = partners;
        this.countries = countries;

        filter.setLabel(getTranslation("ref.ui.filter.text"));
        filter.setId("ref-jurisdiction-filter");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        SearchFields.cap(filter);
        filter.addValueChangeListener(change -> refresh());

        create.setText(getTranslation("ref.ui.jurisdiction.create"));
        create.setId("ref-jurisdiction-create");
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> openEditor(null));

        grid.setId("ref-jurisdiction-grid");
        grid.setAriaLabel(getTranslation("ref.ui.jurisdiction.grid.label"));
        grid.addColumn(j -> j.name(getLocale())).setHeader(getTranslation("ref.ui.jurisdiction.field.name"))
                .setKey("name");
        grid.addColumn(j -> getTranslation("ref.ui.jurisdiction.kind." + j.kind().name()))
                .setHeader(getTranslation("ref.ui.jurisdiction.field.kind")).setKey("kind").setAutoWidth(true);
        grid.addColumn(j -> j.subdivisionCode() == null ? "" : j.subdivisionCode())
                .setHeader(getTranslation("ref.ui.jurisdiction.field.subdivision")).setKey("subdivision")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(j -> "en".equals(getLocale().getLanguage()) ? j.countryNameEn() : j.countryNameFr())
                .setHeader(getTranslation("ref.ui.field.country")).setKey("country").setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("ref.ui.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(SearchFields.fetch(query -> partners.findJurisdictions(filter.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream()),
                SearchFields.count(query -> (int) partners.countJurisdictions(filter.getValue())));

        var toolbar = new HorizontalLayout(filter, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(toolbar, grid);
    }

    private HorizontalLayout actions(JurisdictionRef jurisdiction) {
        String name = jurisdiction.name(getLocale());
        var actions = new HorizontalLayout(
                iconButton(VaadinIcon.EDIT, "registry.jurisdiction.action.edit", name, () -> openEditor(jurisdiction)),
                iconButton(VaadinIcon.TRASH, "registry.jurisdiction.action.delete", name,
                        () -> confirmDelete(jurisdiction)),
                iconButton(VaadinIcon.TIME_BACKWARD, "ref.ui.action.history", name,
                        () -> openHistory(name, () -> partners.jurisdictionHistory(jurisdiction.id()),
                                "ref.ui.history.jurisdiction.")));
        actions.setSpacing(false);
        return actions;
    }

    void openEditor(JurisdictionRef existing) {
        new JurisdictionDialog(existing, countries, draft -> {
            if (existing == null) {
                partners.createJurisdiction(draft);
            } else {
                partners.updateJurisdiction(existing.id(), existing.version(), draft);
            }
            Notifications.success(getTranslation(existing == null ? "ref.ui.jurisdiction.created"
                    : "registry.jurisdiction.saved", draft.nameFr().trim()));
            refresh();
        }, this::refresh).open();
    }

    void confirmDelete(JurisdictionRef jurisdiction) {
        String name = jurisdiction.name(getLocale());
        confirmDeletion("ref-jurisdiction-delete-dialog", getTranslation("registry.jurisdiction.delete.title", name),
                getTranslation("registry.jurisdiction.delete.message"),
                () -> partners.deleteJurisdiction(jurisdiction.id(), jurisdiction.version()),
                getTranslation("registry.jurisdiction.deleted", name));
    }

    @Override
    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
