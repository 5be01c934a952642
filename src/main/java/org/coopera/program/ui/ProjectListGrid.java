package org.coopera.program.ui;

import org.coopera.base.ui.SearchFields;
import org.coopera.base.ui.GridColumns;
import com.vaadin.flow.component.UI;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Optional;
import java.util.function.Supplier;
import org.coopera.base.ui.GridNavigation;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectRow;
import org.coopera.program.ProjectService;

/** The project list's grid: one sortable page at a time of the projects the filter selects; a row opens its page. */
final class ProjectListGrid extends Grid<ProjectRow> {

    ProjectListGrid(ProjectService projects, Supplier<ProjectFilter> filter) {
        setId("project-grid");
        setAriaLabel(getTranslation("project.ui.grid.label"));
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(ProjectRow::code).setKey("code").setSortProperty("code")
                .setHeader(getTranslation("project.ui.column.code")).setAutoWidth(true).setFlexGrow(0);
        addColumn(LitRenderer.<ProjectRow>of("""
                        <span>${item.title}</span>
                        <span theme="badge contrast small" class="illustrative-badge" title="${item.illustrativeHelp}"
                              ?hidden=${!item.illustrative}>${item.illustrativeLabel}</span>""")
                        .withProperty("title", row -> row.title(getLocale()))
                        .withProperty("illustrative", ProjectRow::illustrative)
                        .withProperty("illustrativeLabel", row -> getTranslation("project.ui.illustrative"))
                        .withProperty("illustrativeHelp", row -> getTranslation("project.ui.illustrative.help")))
                .setKey("title").setSortProperty("title").setHeader(getTranslation("project.ui.column.title"))
                .setWidth("20rem").setFlexGrow(3);
        var workingGroup = addColumn(ProjectRow::workingGroupAcronym).setKey("workingGroup").setSortProperty("workingGroup")
                .setHeader(getTranslation("project.ui.column.working-group")).setAutoWidth(true).setFlexGrow(0);
        var period = addColumn(ProjectRow::programPeriod).setKey("period").setSortProperty("period")
                .setHeader(getTranslation("project.ui.column.period")).setAutoWidth(true).setFlexGrow(0);
        var sector = addColumn(row -> row.sectorName(getLocale())).setKey("sector").setSortProperty("sector")
                .setHeader(getTranslation("project.ui.column.sector")).setWidth("11rem").setFlexGrow(1);
        addColumn(row -> getTranslation("project.status." + row.status().name())).setKey("status")
                .setSortProperty("status").setHeader(getTranslation("project.ui.column.status")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(LitRenderer.<ProjectRow>of("<span theme=\"badge ${item.theme}\">${item.label}</span>")
                        .withProperty("theme", row -> ProjectBadges.healthTheme(row.health()))
                        .withProperty("label", row -> getTranslation("project.health." + row.health().name())))
                .setKey("health").setSortProperty("health").setHeader(getTranslation("project.ui.column.health"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.START);
        var leads = addColumn(this::leads).setKey("leads").setHeader(getTranslation("project.ui.column.leads"))
                .setWidth("16rem").setFlexGrow(2);
        setMultiSort(false);
        setItems(SearchFields.fetch(query -> {
            Optional<QuerySortOrder> order = query.getSortOrders().stream().findFirst();
            return projects.find(filter.get(), order.map(QuerySortOrder::getSorted).orElse("code"),
                    order.map(o -> o.getDirection() == SortDirection.ASCENDING).orElse(true),
                    query.getOffset(), query.getLimit()).stream();
        }), SearchFields.count(query -> (int) projects.count(filter.get())));
        // a click opens the project; Enter on a focused row too (the grid itself only moves the focus)
        addItemClickListener(click -> open(click.getItem()));
        GridNavigation.openOnEnter(this, this::open);
        GridColumns.hideWhenNarrow(this, workingGroup, period, sector, leads);
        GridColumns.emptyState(this, "visual.empty.projects", "visual.empty.projects.hint");
    }

    private String leads(ProjectRow row) {
        String none = getTranslation("project.ui.not-specified");
        return (row.leadQuebec() == null ? none : row.leadQuebec()) + " / "
                + (row.leadPartner() == null ? none : row.leadPartner());
    }

    private void open(ProjectRow row) {
        UI.getCurrent().navigate(ProgramNavigation.project(row.id()));
    }
}
