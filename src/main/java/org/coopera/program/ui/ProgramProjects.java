package org.coopera.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import java.util.List;
import org.coopera.base.ui.GridColumns;
import org.coopera.base.ui.PageSection;
import org.coopera.program.ProgramService;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectRow;
import org.coopera.program.ProjectService;
import org.coopera.program.SectorCount;

/** A programme's projects by sector axis, each axis with its count and a grid of its projects. */
class ProgramProjects extends PageSection {

    private final ProjectService projects;
    private final long programId;

    ProgramProjects(ProgramService programs, ProjectService projects, long programId) {
        super("program-sectors", "program.ui.projects.by-sector");
        this.projects = projects;
        this.programId = programId;
        List<SectorCount> counts = programs.countsBySector(programId);
        long total = counts.stream().mapToLong(SectorCount::projects).sum();
        var totalText = new Paragraph(getTranslation("program.ui.projects.total", total));
        totalText.setId("program-total");
        add(totalText);
        if (counts.stream().anyMatch(c -> c.projects() > 0)) {
            var legend = new Paragraph(getTranslation("program.ui.illustrative.legend"));
            legend.setId("program-illustrative-legend");
            add(legend);
        }
        for (SectorCount count : counts) {
            var heading = new H4(getTranslation("program.ui.sector.heading", count.name(getLocale()), count.projects()));
            heading.setId("program-sector-" + count.sectorCode());
            heading.addClassName("program-sector-heading");
            add(heading, projectGrid(count));
        }
    }

    private Grid<ProjectRow> projectGrid(SectorCount count) {
        var filter = new ProjectFilter(null, programId, null, count.sectorId(), null, null, null, null, null, null);
        var grid = new Grid<ProjectRow>();
        grid.setId("program-projects-" + count.sectorCode());
        grid.setAriaLabel(getTranslation("program.ui.projects.of-sector", count.name(getLocale())));
        GridColumns.narrow(grid.addComponentColumn(this::code).setHeader(getTranslation("program.ui.project.code"))
                .setKey("code"));
        GridColumns.title(grid.addColumn(row -> row.title(getLocale()))
                .setHeader(getTranslation("program.ui.project.title")).setKey("title"));
        var leadQuebec = GridColumns.secondary(grid, ProjectRow::leadQuebec)
                .setHeader(getTranslation("program.ui.project.lead-quebec")).setKey("leadQuebec");
        var leadPartner = GridColumns.secondary(grid, ProjectRow::leadPartner)
                .setHeader(getTranslation("program.ui.project.lead-partner")).setKey("leadPartner");
        GridColumns.narrow(grid.addColumn(row -> getTranslation("program.ui.project.status." + row.status().name()))
                .setHeader(getTranslation("program.ui.project.status")).setKey("status"));
        GridColumns.hideWhenNarrow(grid, leadQuebec, leadPartner);
        GridColumns.emptyState(grid, "visual.empty.program-sector", "visual.empty.program-sector.hint");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setPageSize(50);
        grid.setAllRowsVisible(true);
        grid.setItems(query -> projects.find(filter, "code", true, query.getOffset(),
                        Math.min(query.getLimit(), ProjectService.MAX_PAGE)).stream(),
                query -> (int) projects.count(filter));
        return grid;
    }

    /** The project code as a link to the project, with a badge when the record is illustrative. */
    private Component code(ProjectRow row) {
        var cell = new Div(new Anchor(ProgramNavigation.project(row.id()), row.code()));
        cell.addClassName("program-project-code");
        if (row.illustrative()) {
            var badge = new Span(getTranslation("program.ui.illustrative.badge"));
            badge.addClassName("illustrative-badge");
            Tooltip.forComponent(badge).setText(getTranslation("program.ui.illustrative.tooltip"));
            cell.add(badge);
        }
        return cell;
    }
}
