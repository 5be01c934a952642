package org.coopera.program.ui;

import org.coopera.base.ui.SearchFields;
import org.coopera.base.ui.KeyboardShortcuts;
import org.coopera.base.ui.RecordSections;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.coopera.program.ProgramService;
import org.coopera.program.ProjectBatchService;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectService;
import org.coopera.reference.CountryService;
import org.coopera.reference.SectorService;
import org.coopera.security.Roles;
import org.coopera.workinggroup.WorkingGroupService;

/**
 * The projects of every programme, filtered by text, working group, programme, sector, partner
 * country, status, health, theme and years. The filters are kept in the address (query
 * parameters), so a filtered list can be bookmarked or sent; a row opens the project's page.
 * The view only composes its parts: actions, filter bar, results, grid.
 */
@Route(ProjectsView.ROUTE)
@Menu(title = "nav.projects", order = 3, icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
class ProjectsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "projects";

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

    final Paragraph results = new Paragraph();
    final ProjectFilterBar filters;
    final ProjectListGrid grid;

    private final ProjectService projects;
    private final ProjectListActions actions;

    ProjectsView(ProjectService projects, ProgramService programs, WorkingGroupService workingGroups,
                 SectorService sectors, CountryService countries, RecordSections contributions,
                 ProjectBatchService batch) {
        this.projects = projects;
        addClassName("projects-view");

        var filtersHeading = new H2(getTranslation("project.ui.filters"));
        filtersHeading.setId("project-filters-heading");
        filters = new ProjectFilterBar(ROUTE, programs, workingGroups, countries, sectors.all());
        filters.onChange(this::filtersChanged);

        results.setId("project-results");
        results.getElement().setAttribute("aria-live", "polite");
        results.addClassName("project-results");

        grid = new ProjectListGrid(projects, filters::filter);
        actions = new ProjectListActions(contributions, batch);
        add(actions, filtersHeading, filters, filters.reset, results, grid, new KeyboardShortcuts("project-shortcuts",
                "shortcuts.enter", "shortcuts.grid.open", "shortcuts.arrows", "shortcuts.grid.move"));
    }

    private void filtersChanged() {
        grid.getDataProvider().refreshAll();
        updateResults();
    }

    private void updateResults() {
        if (!SearchFields.check(filters.text)) {
            results.setText(getTranslation("project.ui.results", 0));
            return;  // nothing runs; the field says why, and the export keeps to the last accepted filters
        }
        ProjectFilter filter = filters.filter();
        results.setText(getTranslation("project.ui.results", projects.count(filter)));
        actions.exportFilters(filter, filters.filterLines());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.read(event.getLocation());
        filtersChanged();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.projects");
    }

    // ---- for tests ----------------------------------------------------------------------------

    /** The filters in words, as the export states them. */
    List<String> exportFilterLines() {
        return actions.exportFilterLines();
    }
}
