package org.coopera.dashboard.ui;

import org.coopera.base.ui.KeyboardShortcuts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.coopera.base.ui.FilterChips;
import org.coopera.base.ui.RecordHeader;
import org.coopera.base.export.ExportFormat;
import org.coopera.dashboard.Dashboard;
import org.coopera.dashboard.DashboardFilter;
import org.coopera.dashboard.DashboardRows;
import org.coopera.dashboard.DashboardService;
import org.coopera.reference.CountryService;
import org.coopera.reference.SectorService;
import org.coopera.security.Roles;
import org.coopera.workinggroup.WorkingGroupService;

/**
 * Managers' dashboard: filters kept in the address, key figures, each aggregate as a chart and a table,
 * and the projects behind them. Clicking a figure, a bar or a table cell drills down: the filters change
 * and the list below shows exactly the projects behind the figure. The view only composes its parts.
 */
@Route(DashboardView.ROUTE)
@Menu(title = "nav.dashboards", order = 6, icon = "vaadin:chart")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
class DashboardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "dashboards";

    /** What can be exported: each widget, and every figure of the page at once. */
    enum Widget {
        ALL("dashboard.ui.title"), FIGURES("dashboard.ui.figures"), BY_SECTOR("dashboard.ui.by-sector"),
        BY_COUNTRY("dashboard.ui.by-country"), BY_PERIOD("dashboard.ui.by-period"), BY_GROUP("dashboard.ui.by-group"),
        BY_REGION("dashboard.ui.by-region"), PROJECTS("dashboard.ui.projects");

        final String titleKey;

        Widget(String titleKey) {
            this.titleKey = titleKey;
        }

        String idPart() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final DashboardService dashboards;
    private final Clock clock;
    private final DashboardFilterBar filters;
    private final KeyFiguresPanel figures;
    private final DashboardCharts charts;
    private final DrillDownList list;
    private final DashboardExports exports;
    private final RegionTable byRegion;
    private final FilterChips chips = new FilterChips("dashboard-active-filters");
    private Dashboard shown;

    DashboardView(DashboardService dashboards, WorkingGroupService workingGroups, SectorService sectors,
                  CountryService countries, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
        addClassName("dashboard-view");
        filters = new DashboardFilterBar(ROUTE, workingGroups, countries, sectors.all(), dashboards.overdueBefore());
        filters.onChange(this::refresh);
        figures = new KeyFiguresPanel(filters);
        charts = new DashboardCharts(filters, countries.all(), LocalDate.now(clock));
        list = new DrillDownList(dashboards, filters, () -> shown);
        exports = new DashboardExports(filters, dashboards);
        byRegion = new RegionTable(filters);

        chips.show(List.of());
        var chipRow = new Div(chips, filters.reset);
        chipRow.addClassName("filter-chip-row");
        var filterPanel = new Details(getTranslation("visual.filters.summary"), filters);
        filterPanel.setId("dashboard-filters-panel");
        filterPanel.addClassName("filter-panel");
        add(new RecordHeader("dashboard-title", getTranslation("dashboard.ui.title")).with(exports.links(Widget.ALL)),
                filterPanel, chipRow,
                section("dashboard-figures-section", Widget.FIGURES, figures),
                section("dashboard-by-sector", Widget.BY_SECTOR, stacked(charts.sectorChart, charts.bySector)),
                section("dashboard-by-country", Widget.BY_COUNTRY, side(charts.mapChart),
                        side(charts.countryChart, charts.byCountry)),
                section("dashboard-by-period", Widget.BY_PERIOD, side(charts.periodChart, charts.byPeriod)),
                section("dashboard-by-group", Widget.BY_GROUP, side(charts.groupChart, charts.byGroup)),
                section("dashboard-by-region", Widget.BY_REGION, byRegion),
                section("dashboard-projects", Widget.PROJECTS, list.results, list.projects),
                new KeyboardShortcuts("dashboard-shortcuts", "shortcuts.enter", "shortcuts.dashboard.drill",
                        "shortcuts.arrows", "shortcuts.dashboard.move"));
    }

    /** A chart and its table, side by side where the width allows, one under the other otherwise. */
    private static Div side(Component... parts) {
        var pair = new Div(parts);
        pair.addClassName(parts.length > 1 ? "chart-and-table" : "chart-alone");
        return pair;
    }

    /** A chart over its table, for a table too wide to stand beside it (a column per status). */
    private static Div stacked(Component... parts) {
        var pair = new Div(parts);
        pair.addClassName("chart-over-table");
        return pair;
    }

    /** A widget's section: its heading and its export menu on one row, then its content. */
    private Section section(String id, Widget widget, Component... content) {
        var heading = new H3(getTranslation(widget.titleKey));
        heading.setId(id + "-heading");
        var header = new Div(heading, exports.links(widget));
        header.addClassName("section-header");
        var section = new Section(header);
        section.add(content);
        section.setId(id);
        section.addClassName("dashboard-section");
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        return section;
    }

    /** Reads every figure for the filters and shows them (one read; the list reads its pages). */
    private void refresh() {
        shown = dashboards.dashboard(filters.filter());
        DashboardRows rows = DashboardRows.of(shown);
        figures.show(shown.keyFigures());
        chips.show(DashboardFilterChips.of(filters));
        charts.show(shown, rows);
        byRegion.show(DashboardRows.regions(shown.byRegionAndStatus()));
        LocalDate today = LocalDate.now(clock);
        exports.update(shown, rows, filters.filterLines(today), today);
        list.show(shown.keyFigures().projects());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.read(event.getLocation());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboards");
    }

    // ---- for tests ----------------------------------------------------------------------------

    /** The filter the fields describe. */
    DashboardFilter filter() {
        return filters.filter();
    }

    /** The address's query parameters for the current filters. */
    QueryParameters queryParameters() {
        return filters.queryParameters();
    }

    /** The figures currently shown. */
    Dashboard shown() {
        return shown;
    }

    /** An export's content, as a download writes it. */
    byte[] exportBytes(Widget widget, ExportFormat format) {
        return exports.bytes(widget, format);
    }

    /** An export's file name, as a download names it. */
    String exportFileName(Widget widget, ExportFormat format) {
        return exports.fileName(widget, format);
    }
}
