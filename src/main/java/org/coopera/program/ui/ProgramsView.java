package org.coopera.program.ui;

import org.coopera.base.ui.SearchFields;
import org.coopera.base.ui.GridColumns;
import com.vaadin.flow.component.UI;
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
import jakarta.annotation.security.RolesAllowed;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramStatus;
import org.coopera.program.ProgramSummary;
import org.coopera.security.Roles;

/** The biennial programmes of every working group, newest first; a row opens the programme. */
@Route("programs")
@Menu(title = "nav.programs", order = 2, icon = "vaadin:calendar")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
class ProgramsView extends Main implements HasDynamicTitle {

    final TextField filter = new TextField();
    final ComboBox<ProgramStatus> status = new ComboBox<>();
    final Grid<ProgramSummary> grid = new Grid<>();

    private final ProgramService programs;
    private ProgramSummary focused;

    ProgramsView(ProgramService programs) {
        this.programs = programs;
        addClassName("programs-view");
        addClassName("list-view");  // padding and full height: frontend/styles/coopera.css

        filter.setLabel(getTranslation("program.ui.filter.working-group"));
        filter.setPlaceholder(getTranslation("program.ui.filter.placeholder"));
        filter.setId("program-filter");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        SearchFields.cap(filter);
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        status.setLabel(getTranslation("program.ui.field.status"));
        status.setId("program-status");
        status.setItems(ProgramStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("program.ui.status." + value.name()));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        GridColumns.emptyState(grid, "visual.empty.programs", "visual.empty.programs.hint");
        grid.setId("program-grid");
        grid.setAriaLabel(getTranslation("program.ui.grid.label"));
        grid.addColumn(ProgramSummary::workingGroupAcronym).setHeader(getTranslation("program.ui.field.working-group"))
                .setKey("workingGroup").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProgramSummary::period).setHeader(getTranslation("program.ui.field.period"))
                .setKey("period").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation("program.ui.status." + p.status().name()))
                .setHeader(getTranslation("program.ui.field.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(p -> p.adoptedAtMeetingNumber() == null ? "—"
                        : getTranslation("program.ui.adopted-at.value", p.adoptedAtMeetingNumber(),
                        LocalizedDates.date(p.adoptedOn(), getLocale())))
                .setHeader(getTranslation("program.ui.field.adopted-at")).setKey("adopted").setAutoWidth(true);
        grid.addColumn(ProgramSummary::projectCount).setHeader(getTranslation("program.ui.field.projects"))
                .setKey("projects").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(SearchFields.fetch(query -> programs.find(filter.getValue(), status.getValue(), query.getOffset(),
                        Math.min(query.getLimit(), 500)).stream()),
                SearchFields.count(query -> (int) programs.count(filter.getValue(), status.getValue())));
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.addCellFocusListener(focus -> focused = focus.getItem().orElse(null));
        grid.getElement().addEventListener("keydown", event -> open(focused)).setFilter("event.key === 'Enter'");

        var toolbar = new HorizontalLayout(filter, status);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(toolbar, new Paragraph(getTranslation("program.ui.grid.help")), grid);
    }

    void open(ProgramSummary program) {
        if (program != null) {
            UI.getCurrent().navigate(ProgramNavigation.program(program.id()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.programs");
    }
}
