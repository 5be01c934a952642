package org.coopera.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopera.base.ui.ConfirmDialogs;
import org.coopera.base.ui.Facts;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.base.ui.Notifications;
import org.coopera.base.ui.PageSection;
import org.coopera.base.ui.RecordHeader;
import org.coopera.base.ui.RecordNotFound;
import org.coopera.base.ui.RecordPage;
import org.coopera.base.ui.RecordSections;
import org.coopera.base.ui.Saves;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramSummary;
import org.coopera.program.ProjectDetail;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectRow;
import org.coopera.program.ProjectService;
import org.coopera.program.ProjectStatus;
import org.coopera.reference.PartnerService;
import org.coopera.reference.QuebecRegionService;
import org.coopera.reference.SectorService;
import org.coopera.security.Roles;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.coopera.workinggroup.ui.WorkingGroupNavigation;

/**
 * A biennial programme: its working group, period, status, adoption and priorities; its projects
 * by sector axis with the counts; the adopted list against the current one; what other features
 * add (the measures it carries out, its bulletins, its report); its history. Managers and
 * administrators change, freeze (adopted list) and delete it; whoever may edit the working
 * group's projects adds projects to it.
 */
@Route("programs/:id")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
class ProgramView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgramService programs;
    private final ProjectService projects;
    private final WorkingGroupService workingGroups;
    private final PartnerService partners;
    private final SectorService sectors;
    private final QuebecRegionService regions;
    private final AuthenticationContext authentication;
    private final RecordSections contributions;
    private ProgramSummary program;

    ProgramView(ProgramService programs, ProjectService projects, WorkingGroupService workingGroups,
                PartnerService partners, SectorService sectors, AuthenticationContext authentication,
                RecordSections contributions, QuebecRegionService regions) {
        this.regions = regions;
        this.programs = programs;
        this.projects = projects;
        this.workingGroups = workingGroups;
        this.partners = partners;
        this.sectors = sectors;
        this.authentication = authentication;
        this.contributions = contributions;
        addClassName("program-view");
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
                    new Anchor(ProgramNavigation.programs(), getTranslation("program.ui.back-to-list"))).message()
                    .setId("program-not-found");
            return;
        }
        add(header(), overview(), new ProgramProjects(programs, projects, program.id()),
                new BaselineComparisonSection(programs.comparison(program.id())));
        contributions.sections(RecordPage.PROGRAM, program.id()).forEach(this::add);
        add(new PageSection("program-history", "history.title",
                new HistoryPanel(() -> programs.history(program.id()), "program.ui.history.field.")));
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
        contributions.actions(RecordPage.PROGRAM, program.id()).forEach(bar::add);
        return bar;
    }

    void openEditor() {
        ProgramSummary current = program;
        new ProgramDialog(current.workingGroupId(), current, workingGroups.meetings(current.workingGroupId()), draft -> {
            ProgramSummary saved = programs.update(current.id(), current.version(), draft);
            Notifications.success(getTranslation("program.ui.saved", saved.period()));
            show(saved);
        }, this::reload).open();
    }

    private void confirmAdoptBaseline() {
        var confirm = ConfirmDialogs.question("program-adopt-dialog",
                getTranslation("program.ui.adopt.title", program.period()),
                getTranslation("program.ui.adopt.message", programs.comparison(program.id()).current()),
                getTranslation("program.ui.adopt.confirm"));
        confirm.addConfirmListener(event -> Saves.attempt(() -> {
            ProgramSummary saved = programs.adoptBaseline(program.id(), program.version());
            Notifications.success(getTranslation("program.ui.adopted", saved.baselineCount()));
            show(saved);
        }, this::reload));
        confirm.open();
    }

    private void confirmDelete() {
        var confirm = ConfirmDialogs.destructive("program-delete-dialog",
                getTranslation("program.ui.delete.title", program.period()),
                getTranslation("program.ui.delete.message"),
                getTranslation("program.ui.delete.confirm"));
        confirm.addConfirmListener(event -> Saves.attempt(() -> {
            programs.delete(program.id(), program.version());
            Notifications.success(getTranslation("program.ui.deleted", program.period()));
            UI.getCurrent().navigate(WorkingGroupNavigation.workingGroup(program.workingGroupId()));
        }, this::reload));
        confirm.open();
    }

    void openProjectCreator() {
        String country = workingGroups.get(program.workingGroupId()).map(WorkingGroupSummary::countryCode).orElse("");
        var blank = new ProjectRow(0, 0, "", "", "", program.id(), program.period(), program.workingGroupId(),
                program.workingGroupAcronym(), country, 0, null, null, null, null, ProjectStatus.PIPELINE,
                ProjectHealth.ON_TRACK, null, null, null, null, null, false);
        var detail = new ProjectDetail(blank, null, null, Set.of(), Set.of(), null, null, Set.of());
        var dialog = new ProjectDialog(detail, sectors.all(), partners, regions.all(), false, draft -> {
            ProjectRow created = projects.create(program.id(), draft);
            Notifications.success(getTranslation("project.ui.created", created.code()));
            UI.getCurrent().navigate(ProgramNavigation.project(created.id()));
        }, this::reload);
        dialog.setHeaderTitle(getTranslation("project.ui.dialog.create", program.period()));
        dialog.open();
    }

    private void reload() {
        show(programs.get(program.id()).orElse(null));
    }

    private Component overview() {
        var workingGroup = new Anchor(WorkingGroupNavigation.workingGroup(program.workingGroupId()),
                program.workingGroupAcronym());
        workingGroup.setId("program-working-group");
        return new Facts("program-overview")
                .add("program.ui.field.working-group", workingGroup)
                .add("program.ui.field.period", program.period())
                .add("program.ui.field.status", getTranslation("program.ui.status." + program.status().name()))
                .add("program.ui.field.adopted-at", program.adoptedAtMeetingNumber() == null ? null
                        : getTranslation("program.ui.adopted-at.value", program.adoptedAtMeetingNumber(),
                        LocalizedDates.date(program.adoptedOn(), getLocale())))
                .add("program.ui.field.priorities", program.priorities())
                .add("program.ui.field.themes", program.themes().stream()
                        .map(theme -> getTranslation("program.ui.theme." + theme.name())).sorted()
                        .collect(Collectors.joining(", ")));
    }

    @Override
    public String getPageTitle() {
        return program == null ? getTranslation("program.ui.not-found.title")
                : getTranslation("program.ui.heading", program.period(), program.workingGroupAcronym());
    }
}
