package org.coopera.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.coopera.base.BusinessException;
import org.coopera.base.ui.ConfirmDialogs;
import org.coopera.base.ui.ConflictDialog;
import org.coopera.base.ui.Notifications;
import org.coopera.base.ui.RecordHeader;
import org.coopera.base.ui.RecordNotFound;
import org.coopera.program.ProgramDraft;
import org.coopera.program.ProjectDetail;
import org.coopera.program.ProjectDraft;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.reference.PartnerService;
import org.coopera.reference.SectorService;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import java.util.Set;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
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
import java.util.stream.Collectors;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.bulletin.BulletinService;
import org.coopera.bulletin.SubjectType;
import org.coopera.bulletin.ui.BulletinTimeline;
import org.coopera.policy.LinkType;
import org.coopera.policy.PolicyService;
import org.coopera.policy.ui.LinkedMeasures;
import org.coopera.program.BaselineComparison;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramSummary;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectRow;
import org.coopera.program.ProjectService;
import org.coopera.program.SectorCount;
import org.coopera.report.GeneratedReportService;
import org.coopera.report.ReportFormat;
import org.coopera.report.ReportRequest;
import org.coopera.security.Roles;
import java.util.EnumSet;

/**
 * A biennial programme: its working group, period, status, adoption and priorities; its projects
 * by sector axis with the counts; the adopted list against the current one; its history.
 * Managers and administrators change, freeze (adopted list) and delete it; whoever may edit the
 * working group's projects adds projects to it.
 */
@Route("programs/:id")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
public class ProgramView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgramService programs;
    private final ProjectService projects;
    private final WorkingGroupService workingGroups;
    private final PartnerService partners;
    private final SectorService sectors;
    private final AuthenticationContext authentication;
    private final BulletinService bulletins;
    private final PolicyService policies;
    private final GeneratedReportService reports;
    private ProgramSummary program;

    ProgramView(ProgramService programs, ProjectService projects, WorkingGroupService workingGroups,
                PartnerService partners, SectorService sectors, AuthenticationContext authentication,
                BulletinService bulletins, PolicyService policies, GeneratedReportService reports) {
        this.reports = reports;
        this.bulletins = bulletins;
        this.policies = policies;
        this.programs = programs;
        this.projects = projects;
        this.workingGroups = workingGroups;
        this.partners = partners;
        this.sectors = sectors;
        this.authentication = authentication;
        addClassName("program-view");
        getStyle().set("padding", "var(--lumo-space-l)").set("box-sizing", "border-box");
    }

    /** The address of a programme's page. */
    public static String path(long id) {
        return "programs/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(RecordHeader.recordId(event, "id").flatMap(programs::get).orElse(null));
    }

    private void show(ProgramSummary found) {
        program = found;
        removeAll();
        if (program == null) {
            RecordNotFound.show(this, "program.ui.not-found.title", "program.ui.not-found.message",
                    new Anchor("programs", getTranslation("program.ui.back-to-list"))).message()
                    .setId("program-not-found");
            return;
        }
        add(header(), overview(), sectors(), comparison(), new LinkedMeasures(policies, LinkType.PROGRAM, program.id()),
                new BulletinTimeline(bulletins, SubjectType.PROGRAM, program.id()), history());
    }

    private Component header() {
        var bar = new RecordHeader("program-title",
                getTranslation("program.ui.heading", program.period(), program.workingGroupAcronym()));
        if (authentication.hasAnyRole(Roles.ADMIN, Roles.MANAGER)) {
            var edit = new Button(getTranslation("program.ui.action.edit"), VaadinIcon.EDIT.create(), click -> openEditor());
            edit.setId("program-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var adopt = new Button(getTranslation("program.ui.action.adopt-baseline"), VaadinIcon.LOCK.create(),
                    click -> confirmAdoptBaseline());
            adopt.setId("program-adopt-baseline");
            var delete = new Button(getTranslation("program.ui.action.delete"), VaadinIcon.TRASH.create(),
                    click -> confirmDelete());
            delete.setId("program-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(edit, adopt, delete);
        }
        if (projects.mayEdit(program.workingGroupId())) {
            var create = new Button(getTranslation("program.ui.action.new-project"), VaadinIcon.PLUS.create(),
                    click -> openProjectCreator());
            create.setId("program-new-project");
            bar.add(create);
        }
        if (authentication.hasAnyRole(Roles.ADMIN, Roles.MANAGER, Roles.OFFICER)) {
            var report = new Button(getTranslation("report.ui.action.generate"), VaadinIcon.FILE_TEXT_O.create(),
                    click -> generateReport());
            report.setId("program-generate-report");
            bar.add(report);
        }
        return bar;
    }

    /** Starts the programme report (PDF and Word, in the user's language) and opens the Reports view to follow it. */
    void generateReport() {
        String language = "en".equals(getLocale().getLanguage()) ? "en" : "fr";
        try {
            reports.request(ReportRequest.program(program.id(), language, EnumSet.allOf(ReportFormat.class)));
            Notifications.success(getTranslation("report.ui.requested"));
            UI.getCurrent().navigate("reports");
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    void openEditor() {
        ProgramSummary current = program;
        var dialog = new ProgramDialog[1];
        dialog[0] = new ProgramDialog(current.workingGroupId(), current, workingGroups.meetings(current.workingGroupId()),
                draft -> save(dialog[0], current, draft));
        dialog[0].open();
    }

    private void save(ProgramDialog dialog, ProgramSummary current, ProgramDraft draft) {
        try {
            ProgramSummary saved = programs.update(current.id(), current.version(), draft);
            dialog.close();
            Notifications.success(getTranslation("program.ui.saved", saved.period()));
            show(saved);
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        } catch (ObjectOptimisticLockingFailureException e) {
            conflict(() -> {
                dialog.close();
                reload();
            });
        }
    }

    private void confirmAdoptBaseline() {
        var confirm = new ConfirmDialog();
        confirm.setId("program-adopt-dialog");
        confirm.setHeader(getTranslation("program.ui.adopt.title", program.period()));
        confirm.setText(getTranslation("program.ui.adopt.message", programs.comparison(program.id()).current()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("program.ui.adopt.confirm"));
        confirm.addConfirmListener(event -> run(() -> {
            ProgramSummary saved = programs.adoptBaseline(program.id(), program.version());
            Notifications.success(getTranslation("program.ui.adopted", saved.baselineCount()));
            show(saved);
        }));
        confirm.open();
    }

    private void confirmDelete() {
        var confirm = ConfirmDialogs.destructive("program-delete-dialog",
                getTranslation("program.ui.delete.title", program.period()),
                getTranslation("program.ui.delete.message"),
                getTranslation("program.ui.delete.confirm"));
        confirm.addConfirmListener(event -> run(() -> {
            programs.delete(program.id(), program.version());
            Notifications.success(getTranslation("program.ui.deleted", program.period()));
            UI.getCurrent().navigate("working-groups/" + program.workingGroupId());
        }));
        confirm.open();
    }

    /** Runs a change confirmed by the user; a stale page is reloaded with a message. */
    private void run(Runnable change) {
        try {
            change.run();
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("conflict.message"));
            reload();
        }
    }

    void openProjectCreator() {
        String country = workingGroups.get(program.workingGroupId()).map(WorkingGroupSummary::countryCode).orElse("");
        var blank = new ProjectRow(0, 0, "", "", "", program.id(), program.period(), program.workingGroupId(),
                program.workingGroupAcronym(), country, 0, null, null, null, null, ProjectStatus.PIPELINE,
                ProjectHealth.ON_TRACK, null, null, null, null, null, false);
        var detail = new ProjectDetail(blank, null, null, Set.of(), Set.of(), null, null);
        var dialog = new ProjectDialog[1];
        dialog[0] = new ProjectDialog(detail, sectors.all(), partners, draft -> createProject(dialog[0], draft));
        dialog[0].setHeaderTitle(getTranslation("project.ui.dialog.create", program.period()));
        dialog[0].open();
    }

    private void createProject(ProjectDialog dialog, ProjectDraft draft) {
        try {
            ProjectRow created = projects.create(program.id(), draft);
            dialog.close();
            Notifications.success(getTranslation("project.ui.created", created.code()));
            UI.getCurrent().navigate("projects/" + created.id());
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        } catch (AuthorizationDeniedException e) {
            Notifications.error(getTranslation("project.ui.denied"));
        }
    }

    private void reload() {
        show(programs.get(program.id()).orElse(null));
    }

    private void conflict(Runnable reload) {
        var confirm = ConflictDialog.create();
        confirm.addConfirmListener(event -> reload.run());
        confirm.open();
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
