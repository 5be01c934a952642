package org.coopera.dashboard.ui;

import org.coopera.base.ui.GridColumns;
import com.vaadin.flow.component.UI;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Supplier;
import org.coopera.base.ui.GridNavigation;
import org.coopera.dashboard.Dashboard;
import org.coopera.dashboard.DashboardProject;
import org.coopera.dashboard.DashboardService;
import org.coopera.program.ui.ProgramNavigation;

/**
 * The projects behind the figures, read page by page with the very filter of the figures (so the list's
 * length is the figure's); a row opens the project's page.
 */
final class DrillDownList {

    final Paragraph results = new Paragraph();
    final Grid<DashboardProject> projects = new Grid<>();

    DrillDownList(DashboardService dashboards, DashboardFilterBar filters, Supplier<Dashboard> shown) {
        results.setId("dashboard-results");
        results.getElement().setAttribute("aria-live", "polite");
        projects.setId("dashboard-project-grid");
        projects.setAriaLabel(t("dashboard.ui.projects"));
        projects.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        projects.addColumn(DashboardProject::code).setKey("code").setHeader(t("dashboard.ui.column.code"))
                .setAutoWidth(true).setFlexGrow(0);
        projects.addColumn(p -> p.title(filters.locale())).setKey("title")
                .setHeader(t("dashboard.ui.column.title")).setFlexGrow(3);
        var workingGroup = projects.addColumn(DashboardProject::workingGroupAcronym).setKey("workingGroup")
                .setHeader(t("dashboard.ui.column.working-group")).setAutoWidth(true).setFlexGrow(0);
        var period = projects.addColumn(DashboardProject::period).setKey("period")
                .setHeader(t("dashboard.ui.column.period")).setAutoWidth(true).setFlexGrow(0);
        var country = projects.addColumn(DashboardProject::countryCode).setKey("country")
                .setHeader(t("dashboard.ui.column.country")).setAutoWidth(true).setFlexGrow(0);
        var sector = projects.addColumn(p -> p.sectorName(filters.locale())).setKey("sector")
                .setHeader(t("dashboard.ui.column.sector")).setFlexGrow(1);
        projects.addColumn(p -> t("project.status." + p.status().name())).setKey("status")
                .setHeader(t("dashboard.ui.column.status")).setAutoWidth(true).setFlexGrow(0);
        projects.addColumn(p -> t("project.health." + p.health().name())).setKey("health")
                .setHeader(t("dashboard.ui.column.health")).setAutoWidth(true).setFlexGrow(0);
        // the key figures count the same projects with the same WHERE: no second count per refresh
        projects.setItems(query -> dashboards.projects(filters.filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) (shown.get() == null ? dashboards.countProjects(filters.filter())
                        : shown.get().keyFigures().projects()));
        projects.addItemClickListener(click -> open(click.getItem()));
        GridNavigation.openOnEnter(projects, this::open);
        GridColumns.hideWhenNarrow(projects, workingGroup, period, country, sector);
        GridColumns.emptyState(projects, "visual.empty.dashboard", "visual.empty.dashboard.hint");
    }

    private String t(String key, Object... args) {
        return projects.getTranslation(key, args);
    }

    private void open(DashboardProject project) {
        UI.getCurrent().navigate(ProgramNavigation.project(project.id()));
    }

    /** Reads the list again and says how many projects it holds. */
    void show(long count) {
        projects.getDataProvider().refreshAll();
        results.setText(t("dashboard.ui.results", count));
    }
}
