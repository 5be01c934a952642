package org.coopera.dashboard.ui;

import static org.coopera.base.ui.UrlFilters.constant;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.coopera.base.export.ExportFormat;
import org.coopera.dashboard.CountryCount;
import org.coopera.dashboard.Dashboard;
import org.coopera.dashboard.DashboardRows;
import org.coopera.dashboard.DashboardRows.GroupRow;
import org.coopera.dashboard.DashboardRows.PeriodRow;
import org.coopera.dashboard.DashboardRows.SectorRow;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.reference.CountryRef;

/**
 * The dashboard's aggregates, each drawn as a chart and given as a table (the chart's text
 * alternative). A click on a bar, a country or a table cell drills down to the projects behind it.
 */
final class DashboardCharts {

    final Chart sectorChart;
    final Chart countryChart;
    final Chart mapChart;
    final Chart periodChart;
    final Chart groupChart;
    final Grid<SectorRow> bySector = new Grid<>();
    final Grid<CountryCount> byCountry = new Grid<>();
    final Grid<PeriodRow> byPeriod = new Grid<>();
    final Grid<GroupRow> byGroup = new Grid<>();

    private final DashboardFilterBar filters;
    private final List<CountryRef> allCountries;
    private final LocalDate today;

    DashboardCharts(DashboardFilterBar filters, List<CountryRef> allCountries, LocalDate today) {
        this.filters = filters;
        this.allCountries = allCountries;
        this.today = today;
        sectorChart = chart("dashboard-by-sector-chart", "dashboard.ui.by-sector");
        countryChart = chart("dashboard-by-country-chart", "dashboard.ui.by-country");
        mapChart = chart("dashboard-map-chart", "dashboard.ui.map");
        mapChart.addClassName("dashboard-map");
        periodChart = chart("dashboard-by-period-chart", "dashboard.ui.by-period");
        groupChart = chart("dashboard-by-group-chart", "dashboard.ui.by-group");
        configureTables();
    }

    private String t(String key, Object... args) {
        return filters.getTranslation(key, args);
    }

    private Locale locale() {
        return filters.locale();
    }

    /** A chart whose clicks drill down; its image is saved under its title and the date. */
    private Chart chart(String id, String titleKey) {
        String title = t(titleKey);
        var chart = new Chart(title, t("dashboard.ui.save-image"), ExportFormat.baseName(title, today));
        chart.setId(id);
        chart.addChartClickListener(click -> filters.drillDownTo(click.id()));
        return chart;
    }

    private void configureTables() {
        bySector.setId("dashboard-by-sector-table");
        bySector.setAriaLabel(t("dashboard.ui.by-sector"));
        bySector.addColumn(row -> row.sector().name(locale())).setKey("sector")
                .setHeader(t("dashboard.ui.column.sector")).setFlexGrow(2);
        for (ProjectStatus s : ProjectStatus.values()) {
            bySector.addColumn(row -> row.count(s)).setKey(s.name())
                    .setHeader(t("project.status." + s.name())).setTextAlign(ColumnTextAlign.END);
        }
        bySector.addColumn(SectorRow::total).setKey("total").setHeader(t("dashboard.ui.column.total"))
                .setTextAlign(ColumnTextAlign.END);
        CellDrillDown.on(bySector, (row, key) ->
                filters.drillToSector(row.sector().id(), constant(ProjectStatus.class, key)));

        byCountry.setId("dashboard-by-country-table");
        byCountry.setAriaLabel(t("dashboard.ui.by-country"));
        byCountry.addColumn(c -> c.name(locale()) + " (" + c.countryCode() + ")").setKey("country")
                .setHeader(t("dashboard.ui.column.country")).setFlexGrow(2);
        byCountry.addColumn(CountryCount::projects).setKey("projects")
                .setHeader(t("dashboard.ui.column.projects")).setTextAlign(ColumnTextAlign.END);
        CellDrillDown.on(byCountry, (row, key) -> filters.drillDown(() ->
                filters.country.setValue(filters.countryByCode(row.countryCode()))));

        byPeriod.setId("dashboard-by-period-table");
        byPeriod.setAriaLabel(t("dashboard.ui.by-period"));
        CellDrillDown.on(byPeriod, (row, key) -> filters.drillToPeriod(row.startYear(),
                key != null && key.startsWith("sector-")
                        ? filters.sectorById(Long.parseLong(key.substring("sector-".length()))) : null));

        byGroup.setId("dashboard-by-group-table");
        byGroup.setAriaLabel(t("dashboard.ui.by-group"));
        byGroup.addColumn(GroupRow::acronym).setKey("workingGroup")
                .setHeader(t("dashboard.ui.column.working-group")).setFlexGrow(2);
        for (ProjectHealth h : ProjectHealth.values()) {
            byGroup.addColumn(row -> row.count(h)).setKey(h.name())
                    .setHeader(t("project.health." + h.name())).setTextAlign(ColumnTextAlign.END);
        }
        byGroup.addColumn(GroupRow::total).setKey("total").setHeader(t("dashboard.ui.column.total"))
                .setTextAlign(ColumnTextAlign.END);
        CellDrillDown.on(byGroup, (row, key) -> filters.drillToGroup(
                filters.workingGroup(row.workingGroupId()).orElse(null), constant(ProjectHealth.class, key)));
        for (Grid<?> grid : List.of(bySector, byCountry, byPeriod, byGroup)) {
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        }
    }

    /** Shows a refresh's figures: the rows in the tables, the same rows in the charts. */
    void show(Dashboard d, DashboardRows rows) {
        bySector.setItems(rows.bySector());
        sectorChart.setOptionJson(ChartOptions.sectorsByStatus(rows.bySector(), locale(), this::t));

        byCountry.setItems(d.byCountry());
        countryChart.setOptionJson(ChartOptions.countries(d.byCountry(), locale(), t("dashboard.ui.column.projects")));
        mapChart.setOptionJson(ChartOptions.worldMap(d.byCountry(), allCountries, locale(),
                t("dashboard.ui.column.projects")));

        // the sector axes present are the columns: rebuilt at each refresh
        byPeriod.removeAllColumns();
        byPeriod.addColumn(PeriodRow::period).setKey("period").setHeader(t("dashboard.ui.column.period"))
                .setFlexGrow(1);
        rows.periodAxes().forEach(axis -> byPeriod.addColumn(row -> row.count(axis.id()))
                .setKey("sector-" + axis.id()).setHeader(axis.name(locale())).setTextAlign(ColumnTextAlign.END));
        byPeriod.addColumn(PeriodRow::total).setKey("total").setHeader(t("dashboard.ui.column.total"))
                .setTextAlign(ColumnTextAlign.END);
        periodChart.setOptionJson(ChartOptions.periodsBySector(rows.byPeriod(), rows.periodAxes(), locale()));
        byPeriod.setItems(rows.byPeriod());

        byGroup.setItems(rows.byGroup());
        groupChart.setOptionJson(ChartOptions.healthByGroup(rows.byGroup(), this::t));
    }
}
