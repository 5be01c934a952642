package org.coopera.program.ui;

import static org.coopera.base.ui.UrlFilters.constant;
import static org.coopera.base.ui.UrlFilters.firstValues;
import static org.coopera.base.ui.UrlFilters.number;
import static org.coopera.base.ui.UrlFilters.put;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.coopera.base.export.ExportFormat;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.coopera.base.ui.GridNavigation;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramSummary;
import org.coopera.program.ProjectBatchService;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectRow;
import org.coopera.program.ProjectService;
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
 * The projects of every programme, filtered by text, working group, programme, sector, partner
 * country, status, health, theme and years. The filters are kept in the address (query
 * parameters), so a filtered list can be bookmarked or sent; a row opens the project's page.
 */
@Route("projects")
@Menu(title = "nav.projects", order = 3, icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
public class ProjectsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** Query parameter names (the address of a filtered list). */
    static final String P_TEXT = "q";
    static final String P_WORKING_GROUP = "workingGroup";
    static final String P_PROGRAM = "program";
    static final String P_SECTOR = "sector";
    static final String P_COUNTRY = "country";
    static final String P_STATUS = "status";
    static final String P_HEALTH = "health";
    static final String P_THEME = "theme";
    static final String P_FROM = "from";
    static final String P_TO = "to";

    final TextField text = new TextField();
    final ComboBox<WorkingGroupSummary> workingGroup = new ComboBox<>();
    final ComboBox<ProgramSummary> program = new ComboBox<>();
    final ComboBox<SectorRef> sector = new ComboBox<>();
    final ComboBox<CountryRef> country = new ComboBox<>();
    final ComboBox<ProjectStatus> status = new ComboBox<>();
    final ComboBox<ProjectHealth> health = new ComboBox<>();
    final ComboBox<Theme> theme = new ComboBox<>();
    final IntegerField fromYear = new IntegerField();
    final IntegerField toYear = new IntegerField();
    final Button reset = new Button();
    final Paragraph results = new Paragraph();
    final Grid<ProjectRow> grid = new Grid<>();

    private final ProjectService projects;
    private final ProjectBatchService batch;
    private final ProgramService programs;
    private final WorkingGroupService workingGroups;
    private final SectorService sectors;
    private final CountryService countries;
    private final List<SectorRef> allSectors;
    /** True while the fields are set from the address, so that they do not write it back one by one. */
    private boolean restoring;

    ProjectsView(ProjectService projects, ProgramService programs, WorkingGroupService workingGroups,
                 SectorService sectors, CountryService countries, AuthenticationContext authentication,
                 ProjectBatchService batch) {
        this.batch = batch;
        this.projects = projects;
        this.programs = programs;
        this.workingGroups = workingGroups;
        this.sectors = sectors;
        this.countries = countries;
        this.allSectors = sectors.all();
        addClassName("projects-view");

        var filtersHeading = new H2(getTranslation("project.ui.filters"));
        filtersHeading.setId("project-filters-heading");
        var filters = new FormLayout();
        filters.addClassName("project-filters");
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        configureFilters();
        filters.add(text, workingGroup, program, sector, country, status, health, theme, fromYear, toYear);

        reset.setText(getTranslation("project.ui.filter.reset"));
        reset.setId("project-filter-reset");
        reset.setIcon(VaadinIcon.ERASER.create());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addClickListener(click -> resetFilters());

        results.setId("project-results");
        results.getElement().setAttribute("aria-live", "polite");
        results.addClassName("project-results");

        configureGrid();
        add(actions(authentication), filtersHeading, filters, reset, results, grid);
    }

    /** Import (for the roles that may create projects), then export of the list as filtered. */
    private HorizontalLayout actions(AuthenticationContext authentication) {
        var actions = new HorizontalLayout();
        actions.setId("project-actions");
        actions.setWrap(true);
        if (authentication.hasAnyRole(Roles.ADMIN, Roles.MANAGER, Roles.OFFICER)) {
            var importButton = new Button(getTranslation("exchange.ui.import.open"), VaadinIcon.UPLOAD.create());
            importButton.setId("project-import");
            // route of the exchange feature's import view, by address (no dependency between the views)
            importButton.addClickListener(click -> UI.getCurrent().navigate("projects/import"));
            actions.add(importButton);
        }
        for (ExportFormat format : ExportFormat.values()) {
            Locale locale = getLocale();
            var link = new Anchor(DownloadHandler.fromInputStream(event -> {
                // the download request runs outside the UI lock: it reads the filters as last shown
                ExportRequest request = exportRequest;
                byte[] bytes = format.toBytes(List.of(ProjectListExport.table(batch, request.filter(), request.lines(),
                        locale, (key, args) -> getTranslation(locale, key, args == null ? new Object[0] : args))), locale);
                return new DownloadResponse(new ByteArrayInputStream(bytes),
                        format.fileName(getTranslation(locale, "exchange.export.file-name"), LocalDate.now()),
                        format.mediaType(), bytes.length);
            }), AttachmentType.DOWNLOAD, getTranslation("exchange.export." + format.extension()));
            link.setId("project-export-" + format.extension());
            link.getElement().setAttribute("role", "button");
            link.addClassName("project-export");
            actions.add(link);
        }
        return actions;
    }

    /** What the export links write: the filters of the list as shown, and the same filters in words. */
    private record ExportRequest(ProjectFilter filter, List<String> lines) {
    }

    private volatile ExportRequest exportRequest = new ExportRequest(ProjectFilter.none(), List.of());

    /** Keeps the export's filters in step with the list (called whenever the filters change). */
    private void updateExportRequest() {
        List<String> lines = new ArrayList<>();
        addLine(lines, text, text.getValue());
        addLine(lines, workingGroup, workingGroup.getValue() == null ? null : workingGroup.getValue().acronym());
        addLine(lines, program, program.getValue() == null ? null
                : program.getValue().workingGroupAcronym() + " " + program.getValue().period());
        addLine(lines, sector, sector.getValue() == null ? null : sectorLabel(sector.getValue()));
        addLine(lines, country, country.getValue() == null ? null : country.getValue().name(getLocale()));
        addLine(lines, status, status.getValue() == null ? null : getTranslation("project.status." + status.getValue().name()));
        addLine(lines, health, health.getValue() == null ? null : getTranslation("project.health." + health.getValue().name()));
        addLine(lines, theme, theme.getValue() == null ? null : getTranslation("theme." + theme.getValue().name()));
        addLine(lines, fromYear, fromYear.getValue());
        addLine(lines, toYear, toYear.getValue());
        exportRequest = new ExportRequest(filter(), List.copyOf(lines));
    }

    /** The filters in words, as the export states them. */
    List<String> exportFilterLines() {
        return exportRequest.lines();
    }

    private void addLine(List<String> lines, com.vaadin.flow.component.HasLabel field, Object value) {
        if (value != null && !value.toString().isBlank()) {
            lines.add(getTranslation("exchange.export.filter-line", field.getLabel(), value));
        }
    }

    private void configureFilters() {
        text.setLabel(getTranslation("project.ui.filter.text"));
        text.setId("project-filter-text");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);

        workingGroup.setLabel(getTranslation("project.ui.filter.working-group"));
        workingGroup.setId("project-filter-working-group");
        workingGroup.setItemLabelGenerator(wg -> wg.acronym() + " — " + wg.name(getLocale()));
        workingGroup.setItems(query -> workingGroups.find(query.getFilter().orElse(""), null, false,
                        query.getOffset(), query.getLimit()).stream(),
                query -> (int) workingGroups.count(query.getFilter().orElse(""), null, false));
        workingGroup.setClearButtonVisible(true);

        program.setLabel(getTranslation("project.ui.filter.program"));
        program.setId("project-filter-program");
        program.setItemLabelGenerator(p -> p.workingGroupAcronym() + " " + p.period());
        program.setClearButtonVisible(true);
        program.setHelperText(getTranslation("project.ui.filter.program.help"));
        program.setEnabled(false);

        sector.setLabel(getTranslation("project.ui.filter.sector"));
        sector.setId("project-filter-sector");
        sector.setItems(allSectors);  // the sector list is short (two levels of reference data)
        sector.setItemLabelGenerator(this::sectorLabel);
        sector.setClearButtonVisible(true);

        country.setLabel(getTranslation("project.ui.filter.country"));
        country.setId("project-filter-country");
        country.setItemLabelGenerator(c -> c.name(getLocale()) + " (" + c.code() + ")");
        country.setItems(query -> countries.find(query.getFilter().orElse(""),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) countries.count(query.getFilter().orElse("")));
        country.setClearButtonVisible(true);

        status.setLabel(getTranslation("project.ui.filter.status"));
        status.setId("project-filter-status");
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("project.status." + s.name()));
        status.setClearButtonVisible(true);

        health.setLabel(getTranslation("project.ui.filter.health"));
        health.setId("project-filter-health");
        health.setItems(ProjectHealth.values());
        health.setItemLabelGenerator(h -> getTranslation("project.health." + h.name()));
        health.setClearButtonVisible(true);

        theme.setLabel(getTranslation("project.ui.filter.theme"));
        theme.setId("project-filter-theme");
        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(t -> getTranslation("theme." + t.name()));
        theme.setClearButtonVisible(true);

        fromYear.setLabel(getTranslation("project.ui.filter.from-year"));
        fromYear.setId("project-filter-from");
        toYear.setLabel(getTranslation("project.ui.filter.to-year"));
        toYear.setId("project-filter-to");
        for (IntegerField year : List.of(fromYear, toYear)) {
            year.setMin(1960);
            year.setMax(2100);
            year.setClearButtonVisible(true);
            year.setHelperText(getTranslation("project.ui.filter.years.help"));
            year.setValueChangeMode(ValueChangeMode.LAZY);
        }

        workingGroup.addValueChangeListener(change -> {
            if (!restoring) {
                program.clear();
            }
            updateProgramChoices();
        });
        for (HasValue<?, ?> field : List.of(text, workingGroup, program, sector, country, status, health, theme,
                fromYear, toYear)) {
            field.addValueChangeListener(change -> {
                if (!restoring) {
                    filtersChanged();
                }
            });
        }
    }

    private void updateProgramChoices() {
        WorkingGroupSummary group = workingGroup.getValue();
        // a working group has a few programmes (one every two years): read whole
        program.setItems(group == null ? List.of() : programs.programsOf(group.id()));
        program.setEnabled(group != null);
    }

    private void configureGrid() {
        grid.setId("project-grid");
        grid.setAriaLabel(getTranslation("project.ui.grid.label"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ProjectRow::code).setKey("code").setSortProperty("code")
                .setHeader(getTranslation("project.ui.column.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<ProjectRow>of("""
                        <span>${item.title}</span>
                        <span theme="badge contrast small" class="illustrative-badge" title="${item.illustrativeHelp}"
                              ?hidden=${!item.illustrative}>${item.illustrativeLabel}</span>""")
                        .withProperty("title", row -> row.title(getLocale()))
                        .withProperty("illustrative", ProjectRow::illustrative)
                        .withProperty("illustrativeLabel", row -> getTranslation("project.ui.illustrative"))
                        .withProperty("illustrativeHelp", row -> getTranslation("project.ui.illustrative.help")))
                .setKey("title").setSortProperty("title").setHeader(getTranslation("project.ui.column.title"))
                .setWidth("20rem").setFlexGrow(3);
        grid.addColumn(ProjectRow::workingGroupAcronym).setKey("workingGroup").setSortProperty("workingGroup")
                .setHeader(getTranslation("project.ui.column.working-group")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProjectRow::programPeriod).setKey("period").setSortProperty("period")
                .setHeader(getTranslation("project.ui.column.period")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.sectorName(getLocale())).setKey("sector").setSortProperty("sector")
                .setHeader(getTranslation("project.ui.column.sector")).setWidth("11rem").setFlexGrow(1);
        grid.addColumn(row -> getTranslation("project.status." + row.status().name())).setKey("status")
                .setSortProperty("status").setHeader(getTranslation("project.ui.column.status")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<ProjectRow>of("<span theme=\"badge ${item.theme}\">${item.label}</span>")
                        .withProperty("theme", row -> ProjectBadges.healthTheme(row.health()))
                        .withProperty("label", row -> getTranslation("project.health." + row.health().name())))
                .setKey("health").setSortProperty("health").setHeader(getTranslation("project.ui.column.health"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.START);
        grid.addColumn(this::leads).setKey("leads").setHeader(getTranslation("project.ui.column.leads"))
                .setWidth("16rem").setFlexGrow(2);
        grid.setMultiSort(false);
        grid.setItems(query -> {
            Optional<QuerySortOrder> order = query.getSortOrders().stream().findFirst();
            return projects.find(filter(), order.map(QuerySortOrder::getSorted).orElse("code"),
                    order.map(o -> o.getDirection() == SortDirection.ASCENDING).orElse(true),
                    query.getOffset(), query.getLimit()).stream();
        }, query -> (int) projects.count(filter()));
        grid.addItemClickListener(click -> open(click.getItem()));
        GridNavigation.openOnEnter(grid, this::open);
    }

    /**
     * Enter on a focused row opens the project (the grid itself only moves the focus): the event
     * carries the key of the row the focus is in; clicks go through the item-click listener.
     */
    private String leads(ProjectRow row) {
        String none = getTranslation("project.ui.not-specified");
        return (row.leadQuebec() == null ? none : row.leadQuebec()) + " / "
                + (row.leadPartner() == null ? none : row.leadPartner());
    }

    private void open(ProjectRow row) {
        UI.getCurrent().navigate(ProjectView.class, new RouteParameters(ProjectView.ID, String.valueOf(row.id())));
    }

    private String sectorLabel(SectorRef s) {
        String name = s.name(getLocale());
        if (!s.isAxis()) {
            name = allSectors.stream().filter(axis -> axis.id() == s.parentId()).findFirst()
                    .map(axis -> axis.name(getLocale()) + " › ").orElse("") + name;
        }
        return s.retired() ? getTranslation("project.ui.sector.retired", name) : name;
    }

    /** The filter the fields describe. */
    ProjectFilter filter() {
        return new ProjectFilter(blankToNull(text.getValue()), idOf(program.getValue(), ProgramSummary::id),
                idOf(workingGroup.getValue(), WorkingGroupSummary::id), idOf(sector.getValue(), SectorRef::id),
                country.getValue() == null ? null : country.getValue().code(), status.getValue(), health.getValue(),
                theme.getValue(), fromYear.getValue(), toYear.getValue());
    }

    private void filtersChanged() {
        grid.getDataProvider().refreshAll();
        updateResults();
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("projects", queryParameters()));
    }

    private void updateResults() {
        results.setText(getTranslation("project.ui.results", projects.count(filter())));
        updateExportRequest();
    }

    private void resetFilters() {
        restoring = true;
        try {
            for (HasValue<?, ?> field : List.of(text, workingGroup, program, sector, country, status, health, theme,
                    fromYear, toYear)) {
                field.clear();
            }
        } finally {
            restoring = false;
        }
        updateProgramChoices();
        filtersChanged();
    }

    /** The address's query parameters for the current filters (only the ones set). */
    QueryParameters queryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        ProjectFilter f = filter();
        put(values, P_TEXT, f.text());
        put(values, P_WORKING_GROUP, f.workingGroupId());
        put(values, P_PROGRAM, f.programId());
        put(values, P_SECTOR, f.sectorId());
        put(values, P_COUNTRY, f.countryCode());
        put(values, P_STATUS, f.status() == null ? null : f.status().name());
        put(values, P_HEALTH, f.health() == null ? null : f.health().name());
        put(values, P_THEME, f.theme() == null ? null : f.theme().name());
        put(values, P_FROM, f.fromYear());
        put(values, P_TO, f.toYear());
        return QueryParameters.simple(values);
    }


    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> params = firstValues(event.getLocation());
        restoring = true;
        try {
            text.setValue(params.getOrDefault(P_TEXT, ""));
            Optional<ProgramSummary> chosenProgram = number(params.get(P_PROGRAM)).flatMap(programs::get);
            Optional<Long> groupId = number(params.get(P_WORKING_GROUP))
                    .or(() -> chosenProgram.map(ProgramSummary::workingGroupId));
            workingGroup.setValue(groupId.flatMap(workingGroups::get).orElse(null));
            updateProgramChoices();
            program.setValue(chosenProgram.filter(p -> workingGroup.getValue() != null
                    && p.workingGroupId() == workingGroup.getValue().id()).orElse(null));
            sector.setValue(number(params.get(P_SECTOR))
                    .flatMap(id -> allSectors.stream().filter(s -> s.id() == id).findFirst()).orElse(null));
            country.setValue(Optional.ofNullable(params.get(P_COUNTRY)).flatMap(countries::byCode).orElse(null));
            status.setValue(constant(ProjectStatus.class, params.get(P_STATUS)));
            health.setValue(constant(ProjectHealth.class, params.get(P_HEALTH)));
            theme.setValue(constant(Theme.class, params.get(P_THEME)));
            fromYear.setValue(number(params.get(P_FROM)).map(Long::intValue).orElse(null));
            toYear.setValue(number(params.get(P_TO)).map(Long::intValue).orElse(null));
        } finally {
            restoring = false;
        }
        grid.getDataProvider().refreshAll();
        updateResults();
    }



    private static <T> Long idOf(T value, Function<T, Long> id) {
        return value == null ? null : id.apply(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.projects");
    }
}
