package org.coopera.dashboard.ui;

import static org.coopera.base.ui.UrlFilters.constant;
import static org.coopera.base.ui.UrlFilters.firstValues;
import static org.coopera.base.ui.UrlFilters.number;
import static org.coopera.base.ui.UrlFilters.put;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.coopera.base.export.ExportFormat;
import org.coopera.base.export.TableExport;
import org.coopera.base.ui.GridNavigation;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.dashboard.CountryCount;
import org.coopera.dashboard.Dashboard;
import org.coopera.dashboard.DashboardFilter;
import org.coopera.dashboard.DashboardProject;
import org.coopera.dashboard.DashboardService;
import org.coopera.dashboard.KeyFigures;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import org.coopera.reference.CountryRef;
import org.coopera.reference.CountryService;
import org.coopera.reference.SectorRef;
import org.coopera.reference.SectorService;
import org.coopera.security.Roles;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;

/**
 * Managers' dashboard: filters kept in the address, key figures, and each aggregate as a table
 * (the text alternative of the charts to come). Clicking a figure or a table cell drills down: the
 * filters change and the list below shows exactly the projects behind the figure.
 */
@Route("dashboards")
@Menu(title = "nav.dashboards", order = 6, icon = "vaadin:chart")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class DashboardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String P_PERIOD = "period";
    static final String P_FROM = "from";
    static final String P_TO = "to";
    static final String P_WORKING_GROUP = "workingGroup";
    static final String P_COUNTRY = "country";
    static final String P_SECTOR = "sector";
    static final String P_STATUS = "status";
    static final String P_HEALTH = "health";
    static final String P_THEME = "theme";
    static final String P_WITHOUT_UPDATE = "withoutUpdate";

    final IntegerField period = new IntegerField();
    final IntegerField fromYear = new IntegerField();
    final IntegerField toYear = new IntegerField();
    final ComboBox<WorkingGroupSummary> workingGroup = new ComboBox<>();
    final ComboBox<CountryRef> country = new ComboBox<>();
    final ComboBox<SectorRef> sector = new ComboBox<>();
    final ComboBox<ProjectStatus> status = new ComboBox<>();
    final ComboBox<ProjectHealth> health = new ComboBox<>();
    final ComboBox<Theme> theme = new ComboBox<>();
    final Checkbox withoutUpdate = new Checkbox();
    final Button reset = new Button();

    final Div figures = new Div();
    final Chart sectorChart;
    final Chart countryChart;
    final Chart mapChart;
    final Chart periodChart;
    final Chart groupChart;
    final Grid<SectorRow> bySector = new Grid<>();
    final Grid<CountryCount> byCountry = new Grid<>();
    final Grid<PeriodRow> byPeriod = new Grid<>();
    final Grid<GroupRow> byGroup = new Grid<>();
    final Paragraph results = new Paragraph();
    final Grid<DashboardProject> projects = new Grid<>();

    /** The most projects one export of the drill-down list holds (it says so when it stops there). */
    static final int MAX_EXPORTED_PROJECTS = 20_000;

    private final DashboardService dashboards;
    private final WorkingGroupService workingGroups;
    private final CountryService countries;
    private final Clock clock;
    private final List<SectorRef> allSectors;
    private final List<CountryRef> allCountries;
    private final List<HasValue<?, ?>> fields;
    private boolean restoring;
    private Dashboard shown;
    /** What the export links write: the tables as shown, built on the UI thread at each refresh. */
    private volatile Exports exports;

    DashboardView(DashboardService dashboards, WorkingGroupService workingGroups, SectorService sectors,
                  CountryService countries, Clock clock) {
        this.dashboards = dashboards;
        this.workingGroups = workingGroups;
        this.countries = countries;
        this.clock = clock;
        this.allSectors = sectors.all();
        this.allCountries = countries.find("", org.springframework.data.domain.PageRequest.of(0, 1000));
        this.fields = List.of(period, fromYear, toYear, workingGroup, country, sector, status, health, theme,
                withoutUpdate);
        addClassName("dashboard-view");

        var title = new H2(getTranslation("dashboard.ui.title"));
        var filterForm = new FormLayout();
        filterForm.addClassName("dashboard-filters");
        filterForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        configureFilters();
        filterForm.add(period, fromYear, toYear, workingGroup, country, sector, status, health, theme, withoutUpdate);
        reset.setText(getTranslation("dashboard.ui.filter.reset"));
        reset.setId("dashboard-filter-reset");
        reset.setIcon(VaadinIcon.ERASER.create());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addClickListener(click -> resetFilters());

        figures.setId("dashboard-figures");
        figures.addClassName("dashboard-figures");
        figures.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");

        sectorChart = chart("dashboard-by-sector-chart", "dashboard.ui.by-sector");
        countryChart = chart("dashboard-by-country-chart", "dashboard.ui.by-country");
        mapChart = chart("dashboard-map-chart", "dashboard.ui.map");
        mapChart.getStyle().set("height", "26rem");
        periodChart = chart("dashboard-by-period-chart", "dashboard.ui.by-period");
        groupChart = chart("dashboard-by-group-chart", "dashboard.ui.by-group");
        configureAggregates();
        results.setId("dashboard-results");
        results.getElement().setAttribute("aria-live", "polite");
        configureProjects();

        add(title, filterForm, new Div(reset, exportLinks(Widget.ALL)),
                section("dashboard-figures-section", Widget.FIGURES, figures),
                section("dashboard-by-sector", Widget.BY_SECTOR, sectorChart, bySector),
                section("dashboard-by-country", Widget.BY_COUNTRY, mapChart, countryChart, byCountry),
                section("dashboard-by-period", Widget.BY_PERIOD, periodChart, byPeriod),
                section("dashboard-by-group", Widget.BY_GROUP, groupChart, byGroup),
                section("dashboard-projects", Widget.PROJECTS, results, projects));
    }

    /** A chart whose clicks drill down; its image is saved under its title and the date. */
    private Chart chart(String id, String titleKey) {
        String title = getTranslation(titleKey);
        var chart = new Chart(title, getTranslation("dashboard.ui.save-image"),
                ExportFormat.baseName(title, LocalDate.now(clock)));
        chart.setId(id);
        chart.addChartClickListener(click -> drillDownTo(click.id()));
        return chart;
    }

    private Section section(String id, Widget widget, com.vaadin.flow.component.Component... content) {
        var heading = new H3(getTranslation(widget.titleKey));
        heading.setId(id + "-heading");
        var section = new Section(heading, exportLinks(widget));
        section.add(content);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        return section;
    }

    private void configureFilters() {
        period.setLabel(getTranslation("dashboard.ui.filter.period"));
        period.setHelperText(getTranslation("dashboard.ui.filter.period.help"));
        period.setId("dashboard-filter-period");
        fromYear.setLabel(getTranslation("dashboard.ui.filter.from-year"));
        fromYear.setId("dashboard-filter-from");
        toYear.setLabel(getTranslation("dashboard.ui.filter.to-year"));
        toYear.setId("dashboard-filter-to");
        for (IntegerField year : List.of(period, fromYear, toYear)) {
            year.setMin(1960);
            year.setMax(2100);
            year.setClearButtonVisible(true);
            year.setValueChangeMode(ValueChangeMode.LAZY);
        }
        workingGroup.setLabel(getTranslation("dashboard.ui.filter.working-group"));
        workingGroup.setId("dashboard-filter-working-group");
        workingGroup.setItemLabelGenerator(wg -> wg.acronym() + " — " + wg.name(getLocale()));
        workingGroup.setItems(query -> workingGroups.find(query.getFilter().orElse(""), null, false,
                        query.getOffset(), query.getLimit()).stream(),
                query -> (int) workingGroups.count(query.getFilter().orElse(""), null, false));
        country.setLabel(getTranslation("dashboard.ui.filter.country"));
        country.setId("dashboard-filter-country");
        country.setItemLabelGenerator(c -> c.name(getLocale()) + " (" + c.code() + ")");
        country.setItems(query -> countries.find(query.getFilter().orElse(""),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) countries.count(query.getFilter().orElse("")));
        sector.setLabel(getTranslation("dashboard.ui.filter.sector"));
        sector.setId("dashboard-filter-sector");
        sector.setItems(allSectors);
        sector.setItemLabelGenerator(this::sectorLabel);
        status.setLabel(getTranslation("dashboard.ui.filter.status"));
        status.setId("dashboard-filter-status");
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("project.status." + s.name()));
        health.setLabel(getTranslation("dashboard.ui.filter.health"));
        health.setId("dashboard-filter-health");
        health.setItems(ProjectHealth.values());
        health.setItemLabelGenerator(h -> getTranslation("project.health." + h.name()));
        theme.setLabel(getTranslation("dashboard.ui.filter.theme"));
        theme.setId("dashboard-filter-theme");
        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(t -> getTranslation("theme." + t.name()));
        for (ComboBox<?> box : List.of(workingGroup, country, sector, status, health, theme)) {
            box.setClearButtonVisible(true);
        }
        withoutUpdate.setLabel(getTranslation("dashboard.ui.filter.without-update",
                dashboards.overdueBefore()));
        withoutUpdate.setId("dashboard-filter-without-update");
        for (HasValue<?, ?> field : fields) {
            field.addValueChangeListener(change -> {
                if (!restoring) {
                    filtersChanged();
                }
            });
        }
    }

    private String sectorLabel(SectorRef s) {
        String name = s.name(getLocale());
        if (!s.isAxis()) {
            name = allSectors.stream().filter(axis -> axis.id() == s.parentId()).findFirst()
                    .map(axis -> axis.name(getLocale()) + " › ").orElse("") + name;
        }
        return name;
    }

    // ---- aggregates as tables ---------------------------------------------------------------

    /** A row of the sector × status table. */
    record SectorRow(long sectorId, String name, Map<ProjectStatus, Long> byStatus, long total) {
    }

    /** A row of the period × sector table: one period, projects per sector axis. */
    record PeriodRow(int startYear, String period, Map<Long, Long> bySector, long total) {
    }

    /** A row of the health by working group table. */
    record GroupRow(long workingGroupId, String acronym, Map<ProjectHealth, Long> byHealth, long total) {
    }

    private List<SectorRow> sectorRows = List.of();
    private Map<Long, String> periodAxes = Map.of();
    private List<PeriodRow> periodRows = List.of();
    private List<GroupRow> groupRows = List.of();

    private void configureAggregates() {
        bySector.setId("dashboard-by-sector-table");
        bySector.setAriaLabel(getTranslation("dashboard.ui.by-sector"));
        bySector.addColumn(SectorRow::name).setKey("sector").setHeader(getTranslation("dashboard.ui.column.sector"))
                .setFlexGrow(2);
        for (ProjectStatus s : ProjectStatus.values()) {
            bySector.addColumn(row -> row.byStatus().getOrDefault(s, 0L)).setKey(s.name())
                    .setHeader(getTranslation("project.status." + s.name())).setTextAlign(ColumnTextAlign.END);
        }
        bySector.addColumn(SectorRow::total).setKey("total").setHeader(getTranslation("dashboard.ui.column.total"))
                .setTextAlign(ColumnTextAlign.END);
        CellDrillDown.on(bySector, (row, key) -> {
            ProjectStatus clicked = constant(ProjectStatus.class, key);
            drillDown(f -> {
                sector.setValue(sectorById(row.sectorId()));
                if (clicked != null) {
                    status.setValue(clicked);
                }
            });
        });

        byCountry.setId("dashboard-by-country-table");
        byCountry.setAriaLabel(getTranslation("dashboard.ui.by-country"));
        byCountry.addColumn(c -> c.name(getLocale()) + " (" + c.countryCode() + ")").setKey("country")
                .setHeader(getTranslation("dashboard.ui.column.country")).setFlexGrow(2);
        byCountry.addColumn(CountryCount::projects).setKey("projects")
                .setHeader(getTranslation("dashboard.ui.column.projects")).setTextAlign(ColumnTextAlign.END);
        CellDrillDown.on(byCountry, (row, key) -> drillDown(f ->
                country.setValue(countries.byCode(row.countryCode()).orElse(null))));

        byPeriod.setId("dashboard-by-period-table");
        byPeriod.setAriaLabel(getTranslation("dashboard.ui.by-period"));
        CellDrillDown.on(byPeriod, (row, key) -> {
            drillDown(f -> {
                period.setValue(row.startYear());
                if (key != null && key.startsWith("sector-")) {
                    sector.setValue(sectorById(Long.parseLong(key.substring("sector-".length()))));
                }
            });
        });

        byGroup.setId("dashboard-by-group-table");
        byGroup.setAriaLabel(getTranslation("dashboard.ui.by-group"));
        byGroup.addColumn(GroupRow::acronym).setKey("workingGroup")
                .setHeader(getTranslation("dashboard.ui.column.working-group")).setFlexGrow(2);
        for (ProjectHealth h : ProjectHealth.values()) {
            byGroup.addColumn(row -> row.byHealth().getOrDefault(h, 0L)).setKey(h.name())
                    .setHeader(getTranslation("project.health." + h.name())).setTextAlign(ColumnTextAlign.END);
        }
        byGroup.addColumn(GroupRow::total).setKey("total").setHeader(getTranslation("dashboard.ui.column.total"))
                .setTextAlign(ColumnTextAlign.END);
        CellDrillDown.on(byGroup, (row, key) -> {
            ProjectHealth clicked = constant(ProjectHealth.class, key);
            drillDown(f -> {
                workingGroup.setValue(workingGroups.get(row.workingGroupId()).orElse(null));
                if (clicked != null) {
                    health.setValue(clicked);
                }
            });
        });
        for (Grid<?> grid : List.of(bySector, byCountry, byPeriod, byGroup)) {
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        }
    }

    private void configureProjects() {
        projects.setId("dashboard-project-grid");
        projects.setAriaLabel(getTranslation("dashboard.ui.projects"));
        projects.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        projects.addColumn(DashboardProject::code).setKey("code").setHeader(getTranslation("dashboard.ui.column.code"))
                .setAutoWidth(true).setFlexGrow(0);
        projects.addColumn(p -> p.title(getLocale())).setKey("title")
                .setHeader(getTranslation("dashboard.ui.column.title")).setFlexGrow(3);
        projects.addColumn(DashboardProject::workingGroupAcronym).setKey("workingGroup")
                .setHeader(getTranslation("dashboard.ui.column.working-group")).setAutoWidth(true).setFlexGrow(0);
        projects.addColumn(DashboardProject::period).setKey("period")
                .setHeader(getTranslation("dashboard.ui.column.period")).setAutoWidth(true).setFlexGrow(0);
        projects.addColumn(DashboardProject::countryCode).setKey("country")
                .setHeader(getTranslation("dashboard.ui.column.country")).setAutoWidth(true).setFlexGrow(0);
        projects.addColumn(p -> p.sectorName(getLocale())).setKey("sector")
                .setHeader(getTranslation("dashboard.ui.column.sector")).setFlexGrow(1);
        projects.addColumn(p -> getTranslation("project.status." + p.status().name())).setKey("status")
                .setHeader(getTranslation("dashboard.ui.column.status")).setAutoWidth(true).setFlexGrow(0);
        projects.addColumn(p -> getTranslation("project.health." + p.health().name())).setKey("health")
                .setHeader(getTranslation("dashboard.ui.column.health")).setAutoWidth(true).setFlexGrow(0);
        // the key figures count the same projects with the same WHERE: no second count per refresh
        projects.setItems(query -> dashboards.projects(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) (shown == null ? dashboards.countProjects(filter()) : shown.keyFigures().projects()));
        projects.addItemClickListener(click -> openProject(click.getItem()));
        GridNavigation.openOnEnter(projects, this::openProject);
    }

    private void openProject(DashboardProject project) {
        UI.getCurrent().navigate("projects/" + project.id());
    }

    // ---- refresh ----------------------------------------------------------------------------

    private void refresh() {
        shown = dashboards.dashboard(filter());
        showFigures(shown.keyFigures());
        showAggregates(shown);
        exports = buildExports();
        projects.getDataProvider().refreshAll();
        results.setText(getTranslation("dashboard.ui.results", shown.keyFigures().projects()));
    }

    private void showFigures(KeyFigures k) {
        figures.removeAll();
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        figures.add(figure("programs", getTranslation("dashboard.ui.figure.programs"), numbers.format(k.activePrograms()),
                null));
        figures.add(figure("projects", getTranslation("dashboard.ui.figure.projects"), numbers.format(k.projects()),
                null));
        for (ProjectStatus s : ProjectStatus.values()) {
            figures.add(figure("status-" + s.name(), getTranslation("project.status." + s.name()),
                    numbers.format(k.byStatus().get(s)), f -> status.setValue(s)));
        }
        figures.add(figure("at-risk", getTranslation("project.health.AT_RISK"), numbers.format(k.atRisk()),
                f -> health.setValue(ProjectHealth.AT_RISK)));
        figures.add(figure("off-track", getTranslation("project.health.OFF_TRACK"), numbers.format(k.offTrack()),
                f -> health.setValue(ProjectHealth.OFF_TRACK)));
        figures.add(figure("without-update", getTranslation("dashboard.ui.figure.without-update"),
                numbers.format(k.withoutUpdate()), f -> withoutUpdate.setValue(true)));
        NumberFormat money = NumberFormat.getCurrencyInstance(getLocale());
        money.setCurrency(java.util.Currency.getInstance("CAD"));
        money.setMaximumFractionDigits(0);
        figures.add(figure("budget", getTranslation("dashboard.ui.figure.budget", k.projectsWithBudget()),
                money.format(k.budget()), null));
    }

    /** A key figure: its value and label; a button (drills down) when it narrows the list. */
    private com.vaadin.flow.component.Component figure(String id, String label, String value,
                                                        Consumer<DashboardFilter> drill) {
        var number = new Span(value);
        number.addClassName("dashboard-figure-value");
        number.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600").set("display", "block");
        var text = new Span(label);
        text.addClassName("dashboard-figure-label");
        if (drill == null) {
            var box = new Div(number, text);
            box.setId("dashboard-figure-" + id);
            box.addClassName("dashboard-figure");
            box.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
            return box;
        }
        var button = new Button();
        button.getElement().appendChild(number.getElement(), text.getElement());
        button.setId("dashboard-figure-" + id);
        button.addClassName("dashboard-figure");
        button.getElement().setAttribute("title", getTranslation("dashboard.ui.drill-down"));
        button.getStyle().set("height", "auto").set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        button.addClickListener(click -> drillDown(drill));
        return button;
    }

    private void showAggregates(Dashboard d) {
        Map<Long, Map<ProjectStatus, Long>> sectorCells = new LinkedHashMap<>();
        Map<Long, String> sectorNames = new LinkedHashMap<>();
        d.bySectorAndStatus().forEach(c -> {
            sectorNames.put(c.sectorId(), c.name(getLocale()));
            sectorCells.computeIfAbsent(c.sectorId(), k -> new LinkedHashMap<>()).put(c.status(), c.projects());
        });
        sectorRows = sectorCells.entrySet().stream().map(e -> new SectorRow(e.getKey(),
                sectorNames.get(e.getKey()), e.getValue(),
                e.getValue().values().stream().mapToLong(Long::longValue).sum())).toList();
        bySector.setItems(sectorRows);

        byCountry.setItems(d.byCountry());
        sectorChart.setOptionJson(ChartOptions.sectorsByStatus(sectorNames, sectorCells, this::getTranslation));
        countryChart.setOptionJson(ChartOptions.countries(d.byCountry(), getLocale(),
                getTranslation("dashboard.ui.column.projects")));
        mapChart.setOptionJson(ChartOptions.worldMap(d.byCountry(), allCountries, getLocale(),
                getTranslation("dashboard.ui.column.projects")));

        Map<Long, String> axes = new LinkedHashMap<>();
        Map<Integer, String> periods = new LinkedHashMap<>();
        Map<Integer, Map<Long, Long>> periodCells = new LinkedHashMap<>();
        d.byPeriodAndSector().forEach(c -> {
            axes.putIfAbsent(c.sectorId(), c.name(getLocale()));
            periods.put(c.startYear(), c.period());
            periodCells.computeIfAbsent(c.startYear(), k -> new LinkedHashMap<>()).put(c.sectorId(), c.projects());
        });
        byPeriod.removeAllColumns();
        byPeriod.addColumn(PeriodRow::period).setKey("period").setHeader(getTranslation("dashboard.ui.column.period"))
                .setFlexGrow(1);
        axes.forEach((id, name) -> byPeriod.addColumn(row -> row.bySector().getOrDefault(id, 0L))
                .setKey("sector-" + id).setHeader(name).setTextAlign(ColumnTextAlign.END));
        byPeriod.addColumn(PeriodRow::total).setKey("total").setHeader(getTranslation("dashboard.ui.column.total"))
                .setTextAlign(ColumnTextAlign.END);
        periodAxes = axes;
        periodChart.setOptionJson(ChartOptions.periodsBySector(periods, axes, periodCells));
        periodRows = periodCells.entrySet().stream().map(e -> new PeriodRow(e.getKey(), periods.get(e.getKey()),
                e.getValue(), e.getValue().values().stream().mapToLong(Long::longValue).sum())).toList();
        byPeriod.setItems(periodRows);

        Map<Long, Map<ProjectHealth, Long>> groupCells = new LinkedHashMap<>();
        Map<Long, String> acronyms = new LinkedHashMap<>();
        d.healthByWorkingGroup().forEach(c -> {
            acronyms.put(c.workingGroupId(), c.acronym());
            groupCells.computeIfAbsent(c.workingGroupId(), k -> new LinkedHashMap<>()).put(c.health(), c.projects());
        });
        groupRows = groupCells.entrySet().stream().map(e -> new GroupRow(e.getKey(), acronyms.get(e.getKey()),
                e.getValue(), e.getValue().values().stream().mapToLong(Long::longValue).sum())).toList();
        byGroup.setItems(groupRows);
        groupChart.setOptionJson(ChartOptions.healthByGroup(acronyms, groupCells, this::getTranslation));
    }

    /**
     * A chart click: the data item's id says what it stands for ("sector:12:IMPLEMENTATION",
     * "country:MX", "period:2013:sector:12", "group:3:AT_RISK"); an unknown id changes nothing.
     */
    void drillDownTo(String id) {
        String[] parts = id == null ? new String[0] : id.split(":");
        if (parts.length >= 2 && parts[0].equals("period")) {
            Integer start = year(parts[1]);
            SectorRef chosen = parts.length == 4 && parts[2].equals("sector")
                    ? number(parts[3]).map(this::sectorById).orElse(null) : null;
            if (start != null && (parts.length == 2 || chosen != null)) {
                drillDown(f -> {
                    period.setValue(start);
                    if (chosen != null) {
                        sector.setValue(chosen);
                    }
                });
            }
        } else if (parts.length >= 2 && parts[0].equals("group")) {
            var group = number(parts[1]).flatMap(workingGroups::get).orElse(null);
            ProjectHealth chosenHealth = parts.length > 2 ? constant(ProjectHealth.class, parts[2]) : null;
            if (group != null && (parts.length == 2 || chosenHealth != null)) {
                drillDown(f -> {
                    workingGroup.setValue(group);
                    if (chosenHealth != null) {
                        health.setValue(chosenHealth);
                    }
                });
            }
        } else if (parts.length >= 2 && parts[0].equals("sector")) {
            SectorRef chosen = number(parts[1]).map(this::sectorById).orElse(null);
            ProjectStatus chosenStatus = parts.length > 2 ? constant(ProjectStatus.class, parts[2]) : null;
            if (chosen != null) {
                drillDown(f -> {
                    sector.setValue(chosen);
                    if (chosenStatus != null) {
                        status.setValue(chosenStatus);
                    }
                });
            }
        } else if (parts.length == 2 && parts[0].equals("country")) {
            countries.byCode(parts[1]).ifPresent(c -> drillDown(f -> country.setValue(c)));
        }
    }

    /** Sets filters without refreshing on each, then refreshes once and writes the address. */
    private void drillDown(Consumer<DashboardFilter> change) {
        restoring = true;
        try {
            change.accept(filter());
        } finally {
            restoring = false;
        }
        filtersChanged();
    }

    /** The figures currently shown (for tests). */
    Dashboard shown() {
        return shown;
    }

    // ---- exports ----------------------------------------------------------------------------

    /** What can be exported: each widget, and every figure of the page at once. */
    enum Widget {
        ALL("dashboard.ui.title"), FIGURES("dashboard.ui.figures"), BY_SECTOR("dashboard.ui.by-sector"),
        BY_COUNTRY("dashboard.ui.by-country"), BY_PERIOD("dashboard.ui.by-period"), BY_GROUP("dashboard.ui.by-group"),
        PROJECTS("dashboard.ui.projects");

        final String titleKey;

        Widget(String titleKey) {
            this.titleKey = titleKey;
        }

        String idPart() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The exports as shown: built on the UI thread at each refresh (the download runs outside the session
     * lock), with what the project list's export needs to read its rows through the service.
     */
    private record Exports(Locale locale, LocalDate date, DashboardFilter filter, List<String> filterLines,
                           Map<Widget, TableExport> tables, Map<Widget, String> titles,
                           Map<ProjectStatus, String> statuses, Map<ProjectHealth, String> healths,
                           List<String> projectHeaders) {
    }

    /** CSV and XLSX download links for a widget. */
    private Div exportLinks(Widget widget) {
        var links = new Div();
        links.addClassName("dashboard-export");
        links.setId("dashboard-export-" + widget.idPart());
        links.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center")
                .set("flex-wrap", "wrap");
        String title = getTranslation(widget.titleKey);
        links.add(new Span(getTranslation(widget == Widget.ALL ? "dashboard.ui.export.all.label"
                : "dashboard.ui.export.label")));
        for (ExportFormat format : ExportFormat.values()) {
            DownloadHandler handler = event -> {
                Exports current = exports;
                event.setFileName(format.fileName(current.titles().get(widget), current.date()));
                event.setContentType(format.mediaType());
                format.write(tables(widget, current), current.locale(), event.getOutputStream());
            };
            var link = new Anchor(handler, AttachmentType.DOWNLOAD, "");
            var icon = VaadinIcon.DOWNLOAD_ALT.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            icon.setSize("var(--lumo-icon-size-s)");
            link.add(icon, new Span(format.name()));
            link.setId(links.getId().orElseThrow() + "-" + format.extension());
            link.setAriaLabel(getTranslation(widget == Widget.ALL ? "dashboard.ui.export.all" : "dashboard.ui.export",
                    title, format.name()));
            link.getElement().setAttribute("title", link.getAriaLabel().orElse(""));
            links.add(link);
        }
        return links;
    }

    /** The tables a widget's export holds, as last shown (the project list is read when asked for). */
    private List<TableExport> tables(Widget widget, Exports current) {
        return switch (widget) {
            case ALL -> List.of(current.tables().get(Widget.FIGURES), current.tables().get(Widget.BY_SECTOR),
                    current.tables().get(Widget.BY_COUNTRY), current.tables().get(Widget.BY_PERIOD),
                    current.tables().get(Widget.BY_GROUP));
            case PROJECTS -> List.of(projectsExport(current));
            default -> List.of(current.tables().get(widget));
        };
    }

    /** An export's content, as a download writes it (for tests). */
    byte[] exportBytes(Widget widget, ExportFormat format) {
        Exports current = exports;
        return format.toBytes(tables(widget, current), current.locale());
    }

    /** An export's file name, as a download names it (for tests). */
    String exportFileName(Widget widget, ExportFormat format) {
        return format.fileName(exports.titles().get(widget), exports.date());
    }

    private Exports buildExports() {
        Locale locale = getLocale();
        List<String> lines = filterLines();
        Map<Widget, String> titles = new EnumMap<>(Widget.class);
        for (Widget w : Widget.values()) {
            titles.put(w, getTranslation(w.titleKey));
        }
        Map<Widget, TableExport> tables = new EnumMap<>(Widget.class);
        tables.put(Widget.FIGURES, figuresExport(shown.keyFigures(), titles.get(Widget.FIGURES), lines));

        List<String> sectorHeaders = new ArrayList<>(List.of(getTranslation("dashboard.ui.column.sector")));
        for (ProjectStatus s : ProjectStatus.values()) {
            sectorHeaders.add(getTranslation("project.status." + s.name()));
        }
        sectorHeaders.add(getTranslation("dashboard.ui.column.total"));
        tables.put(Widget.BY_SECTOR, new TableExport(titles.get(Widget.BY_SECTOR), lines, sectorHeaders,
                sectorRows.stream().map(row -> {
                    List<Object> cells = new ArrayList<>(List.of(row.name()));
                    for (ProjectStatus s : ProjectStatus.values()) {
                        cells.add(row.byStatus().getOrDefault(s, 0L));
                    }
                    cells.add(row.total());
                    return cells;
                }).toList()));

        tables.put(Widget.BY_COUNTRY, new TableExport(titles.get(Widget.BY_COUNTRY), lines,
                List.of(getTranslation("dashboard.ui.column.country"), getTranslation("dashboard.ui.column.code"),
                        getTranslation("dashboard.ui.column.projects")),
                shown.byCountry().stream().map(c -> TableExport.row(c.name(locale), c.countryCode(), c.projects()))
                        .toList()));

        List<String> periodHeaders = new ArrayList<>(List.of(getTranslation("dashboard.ui.column.period")));
        periodHeaders.addAll(periodAxes.values());
        periodHeaders.add(getTranslation("dashboard.ui.column.total"));
        Map<Long, String> axes = periodAxes;
        tables.put(Widget.BY_PERIOD, new TableExport(titles.get(Widget.BY_PERIOD), lines, periodHeaders,
                periodRows.stream().map(row -> {
                    List<Object> cells = new ArrayList<>(List.of(row.period()));
                    axes.keySet().forEach(axis -> cells.add(row.bySector().getOrDefault(axis, 0L)));
                    cells.add(row.total());
                    return cells;
                }).toList()));

        List<String> groupHeaders = new ArrayList<>(List.of(getTranslation("dashboard.ui.column.working-group")));
        for (ProjectHealth h : ProjectHealth.values()) {
            groupHeaders.add(getTranslation("project.health." + h.name()));
        }
        groupHeaders.add(getTranslation("dashboard.ui.column.total"));
        tables.put(Widget.BY_GROUP, new TableExport(titles.get(Widget.BY_GROUP), lines, groupHeaders,
                groupRows.stream().map(row -> {
                    List<Object> cells = new ArrayList<>(List.of(row.acronym()));
                    for (ProjectHealth h : ProjectHealth.values()) {
                        cells.add(row.byHealth().getOrDefault(h, 0L));
                    }
                    cells.add(row.total());
                    return cells;
                }).toList()));

        Map<ProjectStatus, String> statuses = new EnumMap<>(ProjectStatus.class);
        for (ProjectStatus s : ProjectStatus.values()) {
            statuses.put(s, getTranslation("project.status." + s.name()));
        }
        Map<ProjectHealth, String> healths = new EnumMap<>(ProjectHealth.class);
        for (ProjectHealth h : ProjectHealth.values()) {
            healths.put(h, getTranslation("project.health." + h.name()));
        }
        List<String> projectHeaders = List.of(getTranslation("dashboard.ui.column.code"),
                getTranslation("dashboard.ui.column.title"), getTranslation("dashboard.ui.column.working-group"),
                getTranslation("dashboard.ui.column.period"), getTranslation("dashboard.ui.column.country"),
                getTranslation("dashboard.ui.column.sector"), getTranslation("dashboard.ui.column.status"),
                getTranslation("dashboard.ui.column.health"), getTranslation("dashboard.ui.column.budget"),
                getTranslation("dashboard.ui.column.last-update"));
        return new Exports(locale, LocalDate.now(clock), filter(), lines, tables, titles, statuses, healths,
                projectHeaders);
    }

    private TableExport figuresExport(KeyFigures k, String title, List<String> lines) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(TableExport.row(getTranslation("dashboard.ui.figure.programs"), k.activePrograms()));
        rows.add(TableExport.row(getTranslation("dashboard.ui.figure.projects"), k.projects()));
        for (ProjectStatus s : ProjectStatus.values()) {
            rows.add(TableExport.row(getTranslation("project.status." + s.name()), k.byStatus().getOrDefault(s, 0L)));
        }
        rows.add(TableExport.row(getTranslation("project.health.AT_RISK"), k.atRisk()));
        rows.add(TableExport.row(getTranslation("project.health.OFF_TRACK"), k.offTrack()));
        rows.add(TableExport.row(getTranslation("dashboard.ui.figure.without-update"), k.withoutUpdate()));
        rows.add(TableExport.row(getTranslation("dashboard.export.budget"), k.budget() == null ? BigDecimal.ZERO
                : k.budget()));
        rows.add(TableExport.row(getTranslation("dashboard.export.projects-with-budget"), k.projectsWithBudget()));
        return new TableExport(title, lines, List.of(getTranslation("dashboard.export.figure"),
                getTranslation("dashboard.export.value")), rows);
    }

    /** The drill-down list, read page by page through the service (at most {@link #MAX_EXPORTED_PROJECTS}). */
    private TableExport projectsExport(Exports current) {
        long total = dashboards.countProjects(current.filter());
        List<List<Object>> rows = new ArrayList<>();
        for (int offset = 0; offset < Math.min(total, MAX_EXPORTED_PROJECTS); offset += DashboardService.MAX_PAGE) {
            List<DashboardProject> page = dashboards.projects(current.filter(), offset,
                    Math.min(DashboardService.MAX_PAGE, MAX_EXPORTED_PROJECTS - offset));
            if (page.isEmpty()) {
                break;
            }
            for (DashboardProject p : page) {
                rows.add(TableExport.row(p.code(), p.title(current.locale()), p.workingGroupAcronym(), p.period(),
                        p.countryCode(), p.sectorName(current.locale()), current.statuses().get(p.status()),
                        current.healths().get(p.health()), p.budget(), p.lastApprovedUpdate()));
            }
        }
        List<String> lines = current.filterLines();
        if (total > rows.size()) {
            lines = new ArrayList<>(lines);
            lines.add(getTranslation(current.locale(), "dashboard.export.truncated", rows.size(), total));
        }
        return new TableExport(current.titles().get(Widget.PROJECTS), lines, current.projectHeaders(), rows);
    }

    /** The filters in words, one per line ("Groupe de travail : GTQM — …"), or that there are none. */
    List<String> filterLines() {
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("dashboard.export.generated", LocalizedDates.date(LocalDate.now(clock), getLocale())));
        int before = lines.size();
        for (IntegerField year : List.of(period, fromYear, toYear)) {
            if (year.getValue() != null) {
                lines.add(getTranslation("dashboard.export.filter", year.getLabel(), String.valueOf(year.getValue())));
            }
        }
        filterLine(lines, workingGroup);
        filterLine(lines, country);
        filterLine(lines, sector);
        filterLine(lines, status);
        filterLine(lines, health);
        filterLine(lines, theme);
        if (Boolean.TRUE.equals(withoutUpdate.getValue())) {
            lines.add(withoutUpdate.getLabel());
        }
        if (lines.size() == before) {
            lines.add(getTranslation("dashboard.export.no-filter"));
        }
        return lines;
    }

    private static <T> void filterLine(List<String> lines, ComboBox<T> box) {
        if (box.getValue() != null) {
            lines.add(box.getTranslation("dashboard.export.filter", box.getLabel(),
                    box.getItemLabelGenerator().apply(box.getValue())));
        }
    }

    // ---- filters and address ----------------------------------------------------------------

    DashboardFilter filter() {
        return new DashboardFilter(period.getValue(), fromYear.getValue(), toYear.getValue(),
                workingGroup.getValue() == null ? null : workingGroup.getValue().id(),
                country.getValue() == null ? null : country.getValue().code(),
                sector.getValue() == null ? null : sector.getValue().id(), status.getValue(), health.getValue(),
                theme.getValue(), Boolean.TRUE.equals(withoutUpdate.getValue()));
    }

    private void filtersChanged() {
        refresh();
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("dashboards", queryParameters()));
    }

    private void resetFilters() {
        restoring = true;
        try {
            fields.forEach(HasValue::clear);
        } finally {
            restoring = false;
        }
        filtersChanged();
    }

    QueryParameters queryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        DashboardFilter f = filter();
        put(values, P_PERIOD, f.periodStart());
        put(values, P_FROM, f.fromYear());
        put(values, P_TO, f.toYear());
        put(values, P_WORKING_GROUP, f.workingGroupId());
        put(values, P_COUNTRY, f.countryCode());
        put(values, P_SECTOR, f.sectorId());
        put(values, P_STATUS, f.status() == null ? null : f.status().name());
        put(values, P_HEALTH, f.health() == null ? null : f.health().name());
        put(values, P_THEME, f.theme() == null ? null : f.theme().name());
        put(values, P_WITHOUT_UPDATE, f.withoutUpdate() ? "true" : null);
        return QueryParameters.simple(values);
    }


    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> params = firstValues(event.getLocation());
        restoring = true;
        try {
            period.setValue(year(params.get(P_PERIOD)));
            fromYear.setValue(year(params.get(P_FROM)));
            toYear.setValue(year(params.get(P_TO)));
            workingGroup.setValue(number(params.get(P_WORKING_GROUP)).flatMap(workingGroups::get).orElse(null));
            country.setValue(Optional.ofNullable(params.get(P_COUNTRY)).flatMap(countries::byCode).orElse(null));
            sector.setValue(number(params.get(P_SECTOR)).map(this::sectorById).orElse(null));
            status.setValue(constant(ProjectStatus.class, params.get(P_STATUS)));
            health.setValue(constant(ProjectHealth.class, params.get(P_HEALTH)));
            theme.setValue(constant(Theme.class, params.get(P_THEME)));
            withoutUpdate.setValue("true".equals(params.get(P_WITHOUT_UPDATE)));
        } finally {
            restoring = false;
        }
        refresh();
    }

    private SectorRef sectorById(long id) {
        return allSectors.stream().filter(s -> s.id() == id).findFirst().orElse(null);
    }

    private static Integer year(String value) {
        return number(value).filter(y -> y >= 1960 && y <= 2100).map(Long::intValue).orElse(null);
    }



    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboards");
    }
}
