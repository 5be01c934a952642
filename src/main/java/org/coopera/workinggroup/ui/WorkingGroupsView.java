package org.coopera.workinggroup.ui;

import org.coopera.base.ui.SearchFields;
import org.coopera.base.ui.GridColumns;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.reference.CountryRef;
import org.coopera.reference.CountryService;
import org.coopera.security.Roles;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;

/**
 * The working groups: a paged list narrowed by text, partner country and activity. A row opens
 * the working group's page (click, or Enter on the focused row).
 */
@Route("working-groups")
@Menu(title = "nav.working-groups", order = 1, icon = "vaadin:group")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
class WorkingGroupsView extends Main implements HasDynamicTitle {

    final TextField filter = new TextField();
    final ComboBox<CountryRef> country = new ComboBox<>();
    final Checkbox activeOnly = new Checkbox();
    final Grid<WorkingGroupSummary> grid = new Grid<>();

    private final WorkingGroupService workingGroups;
    private WorkingGroupSummary focused;

    WorkingGroupsView(WorkingGroupService workingGroups, CountryService countries) {
        this.workingGroups = workingGroups;
        addClassName("working-groups-view");
        addClassName("list-view");  // padding and full height: frontend/styles/coopera.css

        filter.setLabel(getTranslation("wg.filter.label"));
        filter.setPlaceholder(getTranslation("wg.filter.placeholder"));
        filter.setId("wg-filter");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        SearchFields.cap(filter);
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        country.setLabel(getTranslation("wg.filter.country"));
        country.setId("wg-country");
        country.setClearButtonVisible(true);
        country.setItemLabelGenerator(c -> c.name(getLocale()));
        country.setItems(SearchFields.fetch(query -> countries.find(query.getFilter().orElse(""),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream()),
                SearchFields.count(query -> (int) countries.count(query.getFilter().orElse(""))));
        country.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        activeOnly.setLabel(getTranslation("wg.filter.active-only"));
        activeOnly.setId("wg-active-only");
        activeOnly.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        configureGrid();

        var toolbar = new HorizontalLayout(filter, country, activeOnly);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        var help = new Paragraph(getTranslation("wg.grid.help"));
        help.setId("wg-grid-help");
        add(toolbar, help, grid);
    }

    private void configureGrid() {
        grid.setId("wg-grid");
        grid.setAriaLabel(getTranslation("wg.grid.label"));
        grid.addColumn(WorkingGroupSummary::acronym).setHeader(getTranslation("wg.field.acronym"))
                .setKey("acronym").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(group -> group.name(getLocale())).setHeader(getTranslation("wg.field.name")).setKey("name");
        grid.addColumn(group -> group.jurisdictionName(getLocale())).setHeader(getTranslation("wg.field.partner"))
                .setKey("partner").setAutoWidth(true);
        grid.addColumn(group -> LocalizedDates.monthYear(group.foundedOn(), getLocale()))
                .setHeader(getTranslation("wg.field.founded")).setKey("founded").setAutoWidth(true);
        grid.addColumn(WorkingGroupSummary::meetingCount).setHeader(getTranslation("wg.field.meetings"))
                .setKey("meetings").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(group -> getTranslation(group.active() ? "wg.active.yes" : "wg.active.no"))
                .setHeader(getTranslation("wg.field.active")).setKey("active").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(SearchFields.fetch(query -> workingGroups.find(filter.getValue(), countryCode(), activeOnly.getValue(),
                        query.getOffset(), query.getLimit()).stream()),
                SearchFields.count(query -> (int) workingGroups.count(filter.getValue(), countryCode(), activeOnly.getValue())));
        grid.addItemClickListener(click -> open(click.getItem()));
        GridColumns.emptyState(grid, "visual.empty.working-groups", "visual.empty.working-groups.hint");
        grid.addCellFocusListener(focus -> focused = focus.getItem().orElse(null));
        grid.getElement().addEventListener("keydown", event -> open(focused))
                .setFilter("event.key === 'Enter'");
    }

    private String countryCode() {
        return country.getValue() == null ? "" : country.getValue().code();
    }

    void open(WorkingGroupSummary group) {
        if (group != null) {
            UI.getCurrent().navigate(WorkingGroupNavigation.workingGroup(group.id()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.working-groups");
    }
}
