package org.coopera.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.base.ui.Notifications;
import org.coopera.base.ui.RecordPage;
import org.coopera.base.ui.RecordSection;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramSummary;
import org.coopera.security.Roles;
import org.coopera.workinggroup.WorkingGroupService;

/**
 * The programmes of a working group on its page, one every two years; managers and administrators
 * start the next one from there.
 */
@org.springframework.stereotype.Component
class WorkingGroupProgramsSection implements RecordSection {

    private final ProgramService programs;
    private final WorkingGroupService workingGroups;
    private final AuthenticationContext authentication;

    WorkingGroupProgramsSection(ProgramService programs, WorkingGroupService workingGroups,
                                AuthenticationContext authentication) {
        this.programs = programs;
        this.workingGroups = workingGroups;
        this.authentication = authentication;
    }

    @Override
    public Set<RecordPage> pages() {
        return Set.of(RecordPage.WORKING_GROUP);
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(RecordPage page, long workingGroupId) {
        List<ProgramSummary> list = programs.programsOf(workingGroupId);
        var section = new Section();
        section.add(new H3(section.getTranslation("wg.programs")));
        section.setId("wg-programs-section");
        var grid = grid(section, list);
        var empty = new Paragraph(section.getTranslation("wg.programs.empty"));
        empty.setVisible(list.isEmpty());
        grid.setVisible(!list.isEmpty());
        section.add(empty, grid);
        if (authentication.hasAnyRole(Roles.ADMIN, Roles.MANAGER)) {
            var create = new Button(section.getTranslation("wg.program.new"), VaadinIcon.PLUS.create(),
                    click -> openProgramDialog(workingGroupId));
            create.setId("wg-new-program");
            section.add(create);
        }
        return Optional.of(section);
    }

    private static Grid<ProgramSummary> grid(Component context, List<ProgramSummary> list) {
        var grid = new Grid<ProgramSummary>();
        grid.setId("wg-programs");
        grid.setAriaLabel(context.getTranslation("wg.programs"));
        grid.addComponentColumn(p -> new Anchor(ProgramNavigation.program(p.id()), p.period()))
                .setHeader(context.getTranslation("program.ui.field.period")).setKey("period").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> context.getTranslation("program.ui.status." + p.status().name()))
                .setHeader(context.getTranslation("program.ui.field.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(p -> p.adoptedAtMeetingNumber() == null ? "—"
                        : context.getTranslation("program.ui.adopted-at.value", p.adoptedAtMeetingNumber(),
                        LocalizedDates.date(p.adoptedOn(), UI.getCurrent().getLocale())))
                .setHeader(context.getTranslation("program.ui.field.adopted-at")).setKey("adopted").setAutoWidth(true);
        grid.addColumn(ProgramSummary::projectCount).setHeader(context.getTranslation("program.ui.field.projects"))
                .setKey("projects").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setItems(list);  // the programmes of one working group: one every two years
        return grid;
    }

    private void openProgramDialog(long workingGroupId) {
        new ProgramDialog(workingGroupId, null, workingGroups.meetings(workingGroupId), draft -> {
            ProgramSummary saved = programs.create(draft);
            Notifications.success(UI.getCurrent().getTranslation("program.ui.saved", saved.period()));
            UI.getCurrent().navigate(ProgramNavigation.program(saved.id()));
        }, () -> { }).open();
    }
}
