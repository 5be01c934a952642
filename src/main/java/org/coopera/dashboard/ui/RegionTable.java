package org.coopera.dashboard.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Locale;
import org.coopera.dashboard.DashboardRows.RegionRow;
import org.coopera.program.ProjectStatus;

/**
 * Projects per Québec administrative region and status: the 17 regions by code, then the projects that
 * state no region. A project in several regions counts in each, so the rows add up to more than the
 * projects. Not a drill-down: the dashboard's filters have no region.
 */
final class RegionTable extends Grid<RegionRow> {

    RegionTable(DashboardFilterBar filters) {
        setId("dashboard-by-region-table");
        setAriaLabel(filters.getTranslation("dashboard.ui.by-region"));
        addColumn(row -> label(row, filters)).setKey("region")
                .setHeader(filters.getTranslation("dashboard.ui.column.region")).setFlexGrow(2);
        for (ProjectStatus s : ProjectStatus.values()) {
            addColumn(row -> row.count(s)).setKey(s.name())
                    .setHeader(filters.getTranslation("project.status." + s.name())).setTextAlign(ColumnTextAlign.END);
        }
        addColumn(RegionRow::total).setKey("total").setHeader(filters.getTranslation("dashboard.ui.column.total"))
                .setTextAlign(ColumnTextAlign.END);
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    }

    /** "06 Montréal", or "Région non précisée" for the projects stating none. */
    static String label(RegionRow row, DashboardFilterBar filters) {
        Locale locale = filters.locale();
        return row.code() == null ? filters.getTranslation("dashboard.ui.region.none")
                : row.code() + " " + row.name(locale);
    }

    void show(List<RegionRow> rows) {
        setItems(rows);
    }
}
