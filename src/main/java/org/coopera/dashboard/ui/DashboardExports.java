package org.coopera.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.coopera.base.export.ExportFormat;
import org.coopera.base.export.TableExport;
import org.coopera.dashboard.Dashboard;
import org.coopera.dashboard.DashboardFilter;
import org.coopera.dashboard.DashboardProject;
import org.coopera.dashboard.DashboardRows;
import org.coopera.dashboard.DashboardService;
import org.coopera.dashboard.KeyFigures;
import org.coopera.dashboard.ui.DashboardView.Widget;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;

/**
 * The dashboard's CSV and XLSX exports: each widget's table as shown, every table at once, and the
 * drill-down list. The tables are built on the UI thread at each refresh, because a download runs outside
 * the session lock; the project list is read through the service when it is asked for.
 */
final class DashboardExports {

    /** The most projects one export of the drill-down list holds (it says so when it stops there). */
    static final int MAX_EXPORTED_PROJECTS = 20_000;

    /** The exports as last shown, with what the project list's export needs to read its rows. */
    private record Snapshot(Locale locale, LocalDate date, DashboardFilter filter, List<String> filterLines,
                            Map<Widget, TableExport> tables, Map<Widget, String> titles,
                            Map<ProjectStatus, String> statuses, Map<ProjectHealth, String> healths,
                            List<String> projectHeaders) {
    }

    private final DashboardFilterBar owner;
    private final DashboardService dashboards;
    private volatile Snapshot current;

    /** @param owner the filter bar, whose filters and language the exports state */
    DashboardExports(DashboardFilterBar owner, DashboardService dashboards) {
        this.owner = owner;
        this.dashboards = dashboards;
    }

    private String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    /**
     * One export menu for a widget: a button "Exporter" opening the CSV and XLSX downloads (links, so that
     * the browser downloads the file itself).
     */
    MenuBar links(Widget widget) {
        var menu = new MenuBar();
        menu.addClassName("dashboard-export");
        menu.setId("dashboard-export-" + widget.idPart());
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        String title = t(widget.titleKey);
        var icon = VaadinIcon.DOWNLOAD_ALT.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        String label = t(widget == Widget.ALL ? "dashboard.ui.export.all.menu" : "dashboard.ui.export.menu");
        MenuItem root = menu.addItem(new Span(icon, new Span(label)));
        root.setAriaLabel(widget == Widget.ALL ? label : t("dashboard.ui.export.menu.of", label, title));
        for (ExportFormat format : ExportFormat.values()) {
            DownloadHandler handler = event -> {
                Snapshot shown = current;
                event.setFileName(format.fileName(shown.titles().get(widget), shown.date()));
                event.setContentType(format.mediaType());
                format.write(tables(widget, shown), shown.locale(), event.getOutputStream());
            };
            var link = new Anchor(handler, AttachmentType.DOWNLOAD, format.name());
            link.setId(menu.getId().orElseThrow() + "-" + format.extension());
            link.setAriaLabel(t(widget == Widget.ALL ? "dashboard.ui.export.all" : "dashboard.ui.export",
                    title, format.name()));
            link.getElement().setAttribute("title", link.getAriaLabel().orElse(""));
            root.getSubMenu().addItem(link);
        }
        return menu;
    }

    /** An export's content, as a download writes it. */
    byte[] bytes(Widget widget, ExportFormat format) {
        Snapshot shown = current;
        return format.toBytes(tables(widget, shown), shown.locale());
    }

    /** An export's file name, as a download names it. */
    String fileName(Widget widget, ExportFormat format) {
        return format.fileName(current.titles().get(widget), current.date());
    }

    /** The tables a widget's export holds, as last shown (the project list is read when asked for). */
    private List<TableExport> tables(Widget widget, Snapshot shown) {
        return switch (widget) {
            case ALL -> List.of(shown.tables().get(Widget.FIGURES), shown.tables().get(Widget.BY_SECTOR),
                    shown.tables().get(Widget.BY_COUNTRY), shown.tables().get(Widget.BY_PERIOD),
                    shown.tables().get(Widget.BY_GROUP), shown.tables().get(Widget.BY_REGION));
            case PROJECTS -> List.of(projects(shown));
            default -> List.of(shown.tables().get(widget));
        };
    }

    /** Builds the tables of a refresh (on the UI thread). */
    void update(Dashboard dashboard, DashboardRows rows, List<String> lines, LocalDate today) {
        Locale locale = owner.locale();
        Map<Widget, String> titles = new EnumMap<>(Widget.class);
        for (Widget w : Widget.values()) {
            titles.put(w, t(w.titleKey));
        }
        Map<ProjectStatus, String> statuses = new EnumMap<>(ProjectStatus.class);
        for (ProjectStatus s : ProjectStatus.values()) {
            statuses.put(s, t("project.status." + s.name()));
        }
        Map<ProjectHealth, String> healths = new EnumMap<>(ProjectHealth.class);
        for (ProjectHealth h : ProjectHealth.values()) {
            healths.put(h, t("project.health." + h.name()));
        }
        Map<Widget, TableExport> tables = new EnumMap<>(Widget.class);
        tables.put(Widget.FIGURES, figures(dashboard.keyFigures(), titles.get(Widget.FIGURES), lines));
        tables.put(Widget.BY_SECTOR, table(titles.get(Widget.BY_SECTOR), lines, "dashboard.ui.column.sector",
                statuses.values(), rows.bySector(), row -> row.sector().name(locale),
                row -> statuses.keySet().stream().map(row::count).toList(), DashboardRows.SectorRow::total));
        tables.put(Widget.BY_COUNTRY, new TableExport(titles.get(Widget.BY_COUNTRY), lines,
                List.of(t("dashboard.ui.column.country"), t("dashboard.ui.column.code"),
                        t("dashboard.ui.column.projects")),
                dashboard.byCountry().stream().map(c -> TableExport.row(c.name(locale), c.countryCode(), c.projects()))
                        .toList()));
        tables.put(Widget.BY_PERIOD, table(titles.get(Widget.BY_PERIOD), lines, "dashboard.ui.column.period",
                rows.periodAxes().stream().map(axis -> axis.name(locale)).toList(), rows.byPeriod(),
                DashboardRows.PeriodRow::period,
                row -> rows.periodAxes().stream().map(axis -> row.count(axis.id())).toList(),
                DashboardRows.PeriodRow::total));
        tables.put(Widget.BY_GROUP, table(titles.get(Widget.BY_GROUP), lines, "dashboard.ui.column.working-group",
                healths.values(), rows.byGroup(), DashboardRows.GroupRow::acronym,
                row -> healths.keySet().stream().map(row::count).toList(), DashboardRows.GroupRow::total));
        tables.put(Widget.BY_REGION, table(titles.get(Widget.BY_REGION), lines, "dashboard.ui.column.region",
                statuses.values(), DashboardRows.regions(dashboard.byRegionAndStatus()),
                row -> RegionTable.label(row, owner), row -> statuses.keySet().stream().map(row::count).toList(),
                DashboardRows.RegionRow::total));
        List<String> projectHeaders = List.of(t("dashboard.ui.column.code"), t("dashboard.ui.column.title"),
                t("dashboard.ui.column.working-group"), t("dashboard.ui.column.period"),
                t("dashboard.ui.column.country"),
                t("dashboard.ui.column.sector"), t("dashboard.ui.column.status"), t("dashboard.ui.column.health"),
                t("dashboard.ui.column.budget"), t("dashboard.ui.column.last-update"));
        current = new Snapshot(locale, today, dashboard.filter(), lines, tables, titles, statuses, healths,
                projectHeaders);
    }

    /** A table of rows: their name, a count per column, their total. */
    private <R> TableExport table(String title, List<String> lines, String firstHeaderKey,
                                  java.util.Collection<String> columns, List<R> rows, Function<R, String> name,
                                  Function<R, List<Long>> counts, Function<R, Long> total) {
        List<String> headers = new ArrayList<>(List.of(t(firstHeaderKey)));
        headers.addAll(columns);
        headers.add(t("dashboard.ui.column.total"));
        return new TableExport(title, lines, headers, rows.stream().map(row -> {
            List<Object> cells = new ArrayList<>(List.of(name.apply(row)));
            cells.addAll(counts.apply(row));
            cells.add(total.apply(row));
            return cells;
        }).toList());
    }

    private TableExport figures(KeyFigures k, String title, List<String> lines) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(TableExport.row(t("dashboard.ui.figure.programs"), k.activePrograms()));
        rows.add(TableExport.row(t("dashboard.ui.figure.projects"), k.projects()));
        for (ProjectStatus s : ProjectStatus.values()) {
            rows.add(TableExport.row(t("project.status." + s.name()), k.byStatus().getOrDefault(s, 0L)));
        }
        rows.add(TableExport.row(t("project.health.AT_RISK"), k.atRisk()));
        rows.add(TableExport.row(t("project.health.OFF_TRACK"), k.offTrack()));
        rows.add(TableExport.row(t("dashboard.ui.figure.without-update"), k.withoutUpdate()));
        rows.add(TableExport.row(t("dashboard.export.budget"), k.budget() == null ? BigDecimal.ZERO : k.budget()));
        rows.add(TableExport.row(t("dashboard.export.projects-with-budget"), k.projectsWithBudget()));
        return new TableExport(title, lines, List.of(t("dashboard.export.figure"), t("dashboard.export.value")), rows);
    }

    /** The drill-down list, read page by page through the service (at most {@link #MAX_EXPORTED_PROJECTS}). */
    private TableExport projects(Snapshot shown) {
        long total = dashboards.countProjects(shown.filter());
        List<List<Object>> rows = new ArrayList<>();
        for (int offset = 0; offset < Math.min(total, MAX_EXPORTED_PROJECTS); offset += DashboardService.MAX_PAGE) {
            List<DashboardProject> page = dashboards.projects(shown.filter(), offset,
                    Math.min(DashboardService.MAX_PAGE, MAX_EXPORTED_PROJECTS - offset));
            if (page.isEmpty()) {
                break;
            }
            for (DashboardProject p : page) {
                rows.add(TableExport.row(p.code(), p.title(shown.locale()), p.workingGroupAcronym(), p.period(),
                        p.countryCode(), p.sectorName(shown.locale()), shown.statuses().get(p.status()),
                        shown.healths().get(p.health()), p.budget(), p.lastApprovedUpdate()));
            }
        }
        List<String> lines = shown.filterLines();
        if (total > rows.size()) {
            lines = new ArrayList<>(lines);
            lines.add(owner.getTranslation(shown.locale(), "dashboard.export.truncated", rows.size(), total));
        }
        return new TableExport(shown.titles().get(Widget.PROJECTS), lines, shown.projectHeaders(), rows);
    }
}
