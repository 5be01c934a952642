package org.coopera.program.ui;

import org.coopera.base.ui.KeyboardShortcuts;
import org.coopera.base.ui.GridColumns;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.coopera.base.ui.GridNavigation;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.program.FollowedProject;
import org.coopera.program.StatusUpdateService;
import org.coopera.security.Roles;

/**
 * "Mes projets": the projects an officer follows (their working groups' and those they follow
 * explicitly), the overdue ones first, each with a button that opens the update form at once.
 */
@Route("my-projects")
@Menu(title = "nav.my-projects", order = 0.5, icon = "vaadin:tasks")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
class MyProjectsView extends Main implements HasDynamicTitle {

    final Checkbox overdueOnly = new Checkbox();
    final Paragraph summary = new Paragraph();
    final Grid<FollowedProject> grid = new Grid<>();

    private final StatusUpdateService updates;
    private final UpdateEditor editor;

    MyProjectsView(StatusUpdateService updates, UpdateEditor editor) {
        this.updates = updates;
        this.editor = editor;
        addClassName("my-projects-view");
        var heading = new H2(getTranslation("nav.my-projects"));
        heading.setId("my-projects-heading");
        overdueOnly.setLabel(getTranslation("update.ui.my.overdue-only"));
        overdueOnly.setId("my-projects-overdue-only");
        overdueOnly.addValueChangeListener(e -> refresh());
        summary.setId("my-projects-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        configureGrid();
        add(heading, new Paragraph(getTranslation("update.ui.my.intro", updates.reportingIntervalDays())),
                overdueOnly, summary, grid, new KeyboardShortcuts("my-projects-shortcuts",
                        "shortcuts.enter", "shortcuts.grid.open", "shortcuts.arrows", "shortcuts.grid.move"));
        refresh();
    }

    private void configureGrid() {
        grid.setId("my-projects-grid");
        grid.setAriaLabel(getTranslation("nav.my-projects"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(FollowedProject::code).setHeader(getTranslation("project.ui.column.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.title(getLocale())).setHeader(getTranslation("project.ui.column.title"))
                .setWidth("18rem").setFlexGrow(3);
        grid.addColumn(p -> p.workingGroupAcronym() + " " + p.programPeriod())
                .setHeader(getTranslation("project.ui.column.working-group")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation("project.status." + p.status().name()))
                .setHeader(getTranslation("project.ui.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<FollowedProject>of("<span theme=\"badge ${item.theme}\">${item.label}</span>")
                        .withProperty("theme", p -> ProjectBadges.healthTheme(p.health()))
                        .withProperty("label", p -> getTranslation("project.health." + p.health().name())))
                .setHeader(getTranslation("project.ui.column.health")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<FollowedProject>of("""
                        <span>${item.last}</span>
                        <span theme="badge error small" class="overdue-badge" ?hidden=${!item.overdue}>${item.overdueLabel}</span>
                        <span theme="badge small" class="pending-badge" ?hidden=${!item.pending}>${item.pendingLabel}</span>""")
                        .withProperty("last", p -> p.lastApprovedUpdate() == null ? getTranslation("update.ui.my.never")
                                : LocalizedDates.date(p.lastApprovedUpdate(), getLocale()))
                        .withProperty("overdue", FollowedProject::overdue)
                        .withProperty("overdueLabel", p -> getTranslation("update.ui.my.overdue"))
                        .withProperty("pending", p -> p.pending() > 0)
                        .withProperty("pendingLabel", p -> getTranslation("update.ui.my.pending", p.pending())))
                .setHeader(getTranslation("update.ui.my.last-update")).setWidth("14rem").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(p -> {
            if (!p.mayLog()) {
                return new HorizontalLayout();  // followed for information: updates come from its group's officers
            }
            var log = new Button(getTranslation("update.ui.log"), VaadinIcon.PLUS.create(),
                    click -> editor.open(p.projectId(), p.code() + " " + p.title(getLocale()), p.status(), p.health(),
                            null, saved -> refresh()));
            log.addClassName("my-projects-log");
            log.getElement().setAttribute("aria-label", getTranslation("update.ui.log.for", p.code()));
            return new HorizontalLayout(log);
        })).setHeader(getTranslation("update.ui.my.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> updates.myProjects(overdueOnly.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) updates.countMyProjects(overdueOnly.getValue()));
        grid.addItemClickListener(click -> {
            if (click.getColumn() == null || !click.getColumn().equals(grid.getColumns().getLast())) {
                open(click.getItem());
            }
        });
        GridNavigation.openOnEnter(grid, this::open);
        GridColumns.emptyState(grid, "visual.empty.my-projects", "visual.empty.my-projects.hint");
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        long all = updates.countMyProjects(false);
        long overdue = updates.countMyProjects(true);
        summary.setText(getTranslation("update.ui.my.summary", all, overdue));
    }

    private void open(FollowedProject project) {
        UI.getCurrent().navigate(ProjectView.class,
                new RouteParameters(ProjectView.ID, String.valueOf(project.projectId())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-projects");
    }
}
