package org.coopera.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.program.BaselineComparison;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramSummary;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectRow;
import org.coopera.program.ProjectService;
import org.coopera.program.SectorCount;
import org.coopera.security.Roles;

/**
 * A biennial programme: its working group, period, status, adoption and priorities; its projects
 * by sector axis with the counts; the adopted list against the current one; its history.
 */
@Route("programs/:id")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
public class ProgramView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgramService programs;
    private final ProjectService projects;
    private ProgramSummary program;

    ProgramView(ProgramService programs, ProjectService projects) {
        this.programs = programs;
        this.projects = projects;
        addClassName("program-view");
        getStyle().set("padding", "var(--lumo-space-l)").set("box-sizing", "border-box");
    }

    /** The address of a programme's page. */
    public static String path(long id) {
        return "programs/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        program = event.getRouteParameters().get("id").flatMap(ProgramView::parse).flatMap(programs::get).orElse(null);
        removeAll();
        if (program == null) {
            var message = new Paragraph(getTranslation("program.ui.not-found.message"));
            message.setId("program-not-found");
            add(new H2(getTranslation("program.ui.not-found.title")), message,
                    new Anchor("programs", getTranslation("program.ui.back-to-list")));
            return;
        }
        var title = new H2(getTranslation("program.ui.heading", program.period(), program.workingGroupAcronym()));
        title.setId("program-title");
        add(title, overview(), sectors(), comparison(), history());
    }

    private static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Component overview() {
        var list = new DescriptionList();
        list.setId("program-overview");
        var workingGroup = new Anchor("working-groups/" + program.workingGroupId(), program.workingGroupAcronym());
        workingGroup.setId("program-working-group");
        list.add(new DescriptionList.Term(getTranslation("program.ui.field.working-group")),
                new DescriptionList.Description(workingGroup));
        term(list, "program.ui.field.period", program.period());
        term(list, "program.ui.field.status", getTranslation("program.ui.status." + program.status().name()));
        term(list, "program.ui.field.adopted-at", program.adoptedAtMeetingNumber() == null ? null
                : getTranslation("program.ui.adopted-at.value", program.adoptedAtMeetingNumber(),
                LocalizedDates.date(program.adoptedOn(), getLocale())));
        term(list, "program.ui.field.priorities", program.priorities());
        term(list, "program.ui.field.themes", program.themes().stream()
                .map(theme -> getTranslation("program.ui.theme." + theme.name())).sorted()
                .collect(Collectors.joining(", ")));
        return list;
    }

    private void term(DescriptionList list, String labelKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(labelKey)),
                new DescriptionList.Description(value == null || value.isBlank() ? "—" : value));
    }

    private Component sectors() {
        List<SectorCount> counts = programs.countsBySector(program.id());
        long total = counts.stream().mapToLong(SectorCount::projects).sum();
        var totalText = new Paragraph(getTranslation("program.ui.projects.total", total));
        totalText.setId("program-total");
        var legend = new Paragraph(getTranslation("program.ui.illustrative.legend"));
        legend.setId("program-illustrative-legend");
        var section = section("program-sectors", "program.ui.projects.by-sector", totalText);
        if (counts.stream().anyMatch(c -> c.projects() > 0)) {
            section.add(legend);
        }
        for (SectorCount count : counts) {
            var heading = new H4(getTranslation("program.ui.sector.heading", count.name(getLocale()), count.projects()));
            heading.setId("program-sector-" + count.sectorCode());
            heading.addClassName("program-sector-heading");
            section.add(heading, projectGrid(count));
        }
        return section;
    }

    private Grid<ProjectRow> projectGrid(SectorCount count) {
        var filter = new ProjectFilter(null, program.id(), null, count.sectorId(), null, null, null, null, null, null);
        var grid = new Grid<ProjectRow>();
        grid.setId("program-projects-" + count.sectorCode());
        grid.setAriaLabel(getTranslation("program.ui.projects.of-sector", count.name(getLocale())));
        grid.addComponentColumn(this::code).setHeader(getTranslation("program.ui.project.code"))
                .setKey("code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.title(getLocale())).setHeader(getTranslation("program.ui.project.title"))
                .setKey("title").setFlexGrow(1);
        grid.addColumn(ProjectRow::leadQuebec).setHeader(getTranslation("program.ui.project.lead-quebec"))
                .setKey("leadQuebec").setAutoWidth(true);
        grid.addColumn(ProjectRow::leadPartner).setHeader(getTranslation("program.ui.project.lead-partner"))
                .setKey("leadPartner").setAutoWidth(true);
        grid.addColumn(row -> getTranslation("program.ui.project.status." + row.status().name()))
                .setHeader(getTranslation("program.ui.project.status")).setKey("status").setAutoWidth(true);
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
        var link = new Anchor("projects/" + row.id(), row.code());
        var cell = new Div(link);
        cell.addClassName("program-project-code");
        if (row.illustrative()) {
            var badge = new Span(getTranslation("program.ui.illustrative.badge"));
            badge.addClassName("illustrative-badge");
            badge.getStyle().set("margin-inline-start", "var(--lumo-space-xs)")
                    .set("padding", "0 var(--lumo-space-xs)").set("border-radius", "var(--lumo-border-radius-s)")
                    .set("font-size", "var(--lumo-font-size-xs)").set("background", "#e8eef6").set("color", "#0b4f8a");
            Tooltip.forComponent(badge).setText(getTranslation("program.ui.illustrative.tooltip"));
            cell.add(badge);
        }
        return cell;
    }

    private Component comparison() {
        BaselineComparison comparison = programs.comparison(program.id());
        var list = new DescriptionList();
        list.setId("program-comparison-counts");
        var adopted = new DescriptionList.Description(String.valueOf(comparison.adopted()));
        adopted.setId("program-adopted");
        var current = new DescriptionList.Description(String.valueOf(comparison.current()));
        current.setId("program-current");
        list.add(new DescriptionList.Term(getTranslation("program.ui.comparison.adopted")), adopted,
                new DescriptionList.Term(getTranslation("program.ui.comparison.current")), current);
        return section("program-comparison", "program.ui.comparison",
                list,
                projectList("program-added", "program.ui.comparison.added", comparison.added()),
                projectList("program-dropped", "program.ui.comparison.dropped", comparison.dropped()),
                projectList("program-carried-over", "program.ui.comparison.carried-over", comparison.carriedOver()));
    }

    private Component projectList(String id, String headingKey, List<ProjectRow> rows) {
        var block = new Div(new H4(getTranslation(headingKey, rows.size())));
        block.setId(id);
        if (rows.isEmpty()) {
            block.add(new Paragraph(getTranslation("program.ui.comparison.none")));
            return block;
        }
        var list = new UnorderedList();
        rows.forEach(row -> list.add(new ListItem(new Anchor("projects/" + row.id(), row.code()),
                new Span(" — " + row.title(getLocale())))));
        block.add(list);
        return block;
    }

    private Component history() {
        return section("program-history", "history.title",
                new HistoryPanel(() -> programs.history(program.id()), "program.ui.history.field."));
    }

    private Section section(String id, String headingKey, Component... content) {
        var section = new Section(new H3(getTranslation(headingKey)));
        section.setId(id);
        section.add(content);
        return section;
    }

    @Override
    public String getPageTitle() {
        return program == null ? getTranslation("program.ui.not-found.title")
                : getTranslation("program.ui.heading", program.period(), program.workingGroupAcronym());
    }
}
