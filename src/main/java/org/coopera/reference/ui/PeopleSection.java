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
import org.coopera.reference.PartnerService;
import org.coopera.reference.PersonRef;

/** The people (co-chairs, contacts), narrowed by text; managers and administrators add, correct and delete them. */
class PeopleSection extends ReferenceSection {

    final TextField filter = new TextField();
    final Button create = new Button();
    final Grid<PersonRef> grid = new Grid<>();

    private final PartnerService partners;

    PeopleSection(PartnerService partners) {
        super("ref.ui.people");
        this.partners = partners;

        filter.setLabel(getTranslation("ref.ui.filter.text"));
        filter.setId("ref-person-filter");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        SearchFields.cap(filter);
        filter.addValueChangeListener(change -> refresh());

        create.setText(getTranslation("ref.ui.person.create"));
        create.setId("ref-person-create");
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> openEditor(null));

        grid.setId("ref-person-grid");
        grid.setAriaLabel(getTranslation("ref.ui.person.grid.label"));
        grid.addColumn(PersonRef::fullName).setHeader(getTranslation("ref.ui.person.field.full-name"))
                .setKey("fullName").setAutoWidth(true);
        grid.addColumn(p -> p.title() == null ? "" : p.title())
                .setHeader(getTranslation("ref.ui.person.field.title")).setKey("title");
        grid.addColumn(p -> p.organisationLabel() == null ? "" : p.organisationLabel())
                .setHeader(getTranslation("ref.ui.person.field.organisation")).setKey("organisation");
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("ref.ui.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(SearchFields.fetch(query -> partners.findPeople(filter.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream()),
                SearchFields.count(query -> (int) partners.countPeople(filter.getValue())));

        var toolbar = new HorizontalLayout(filter, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(toolbar, grid);
    }

    private HorizontalLayout actions(PersonRef person) {
        var actions = new HorizontalLayout(
                iconButton(VaadinIcon.EDIT, "registry.person.action.edit", person.fullName(),
                        () -> openEditor(person)),
                iconButton(VaadinIcon.TRASH, "registry.person.action.delete", person.fullName(),
                        () -> confirmDelete(person)),
                iconButton(VaadinIcon.TIME_BACKWARD, "ref.ui.action.history", person.fullName(),
                        () -> openHistory(person.fullName(), () -> partners.personHistory(person.id()),
                                "ref.ui.history.person.")));
        actions.setSpacing(false);
        return actions;
    }

    void openEditor(PersonRef existing) {
        new PersonDialog(existing, partners, draft -> {
            if (existing == null) {
                partners.createPerson(draft);
            } else {
                partners.updatePerson(existing.id(), existing.version(), draft);
            }
            Notifications.success(getTranslation(existing == null ? "ref.ui.person.created"
                    : "registry.person.saved", draft.fullName().trim()));
            refresh();
        }, this::refresh).open();
    }

    void confirmDelete(PersonRef person) {
        confirmDeletion("ref-person-delete-dialog", getTranslation("registry.person.delete.title", person.fullName()),
                getTranslation("registry.person.delete.message"),
                () -> partners.deletePerson(person.id(), person.version()),
                getTranslation("registry.person.deleted", person.fullName()));
    }

    @Override
    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
