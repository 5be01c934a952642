package org.coopera.workinggroup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coopera.base.BusinessException;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.bulletin.BulletinService;
import org.coopera.bulletin.SubjectType;
import org.coopera.bulletin.ui.BulletinTimeline;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.base.ui.ConflictDialog;
import org.coopera.base.ui.Notifications;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramSummary;
import org.coopera.program.ui.ProgramDialog;
import org.coopera.reference.PartnerService;
import org.coopera.security.Roles;
import org.coopera.workinggroup.CoChairRecord;
import org.coopera.workinggroup.MeetingRecord;
import org.coopera.workinggroup.MeetingDraft;
import org.coopera.workinggroup.CoChairDraft;
import org.coopera.program.ProgramDraft;
import com.vaadin.flow.component.UI;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A working group at a glance: partner, foundation, mandate, co-chairs, meetings (newest first),
 * programmes and change history. Managers and administrators edit the group itself, add
 * co-chairs, record and correct meetings and create programmes.
 */
@Route("working-groups/:id")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
public class WorkingGroupView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkingGroupService workingGroups;
    private final ProgramService programs;
    private final PartnerService partners;
    private final AuthenticationContext authentication;
    private final BulletinService bulletins;
    private WorkingGroupSummary group;

    WorkingGroupView(WorkingGroupService workingGroups, ProgramService programs, PartnerService partners,
                     AuthenticationContext authentication, BulletinService bulletins) {
        this.bulletins = bulletins;
        this.workingGroups = workingGroups;
        this.programs = programs;
        this.partners = partners;
        this.authentication = authentication;
        addClassName("working-group-view");
        getStyle().set("padding", "var(--lumo-space-l)").set("box-sizing", "border-box");
    }

    /** The address of a working group's page. */
    public static String path(long id) {
        return "working-groups/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("id").flatMap(WorkingGroupView::parse);
        show(id.flatMap(workingGroups::get).orElse(null));
    }

    private static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void show(WorkingGroupSummary found) {
        this.group = found;
        removeAll();
        if (found == null) {
            var message = new Paragraph(getTranslation("wg.not-found.message"));
            message.setId("wg-not-found");
            add(new H2(getTranslation("wg.not-found.title")), message,
                    new Anchor("working-groups", getTranslation("wg.back-to-list")));
            return;
        }
        add(header(), overview(), coChairs(), meetings(), programmesSection(),
                new BulletinTimeline(bulletins, SubjectType.WORKING_GROUP, found.id()), history());
    }

    private Component header() {
        var title = new H2(group.acronym() + " — " + group.name(getLocale()));
        title.setId("wg-title");
        var bar = new HorizontalLayout(title);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        if (authentication.hasAnyRole(Roles.ADMIN, Roles.MANAGER)) {
            var edit = new Button(getTranslation("wg.action.edit"), VaadinIcon.EDIT.create(), click -> openEditor(group));
            edit.setId("wg-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(edit);
        }
        return bar;
    }

    private Component overview() {
        var list = new DescriptionList();
        list.setId("wg-overview");
        term(list, "wg.field.partner", group.jurisdictionName(getLocale()));
        term(list, "wg.field.founded-on", LocalizedDates.monthYear(group.foundedOn(), getLocale()));
        term(list, "wg.field.cadence", group.cadence());
        term(list, "wg.field.active", getTranslation(group.active() ? "wg.active.yes" : "wg.active.no"));
        term(list, "wg.field.mandate", group.mandate());
        return list;
    }

    private void term(DescriptionList list, String labelKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(labelKey)),
                new DescriptionList.Description(value == null || value.isBlank() ? "—" : value));
    }

    private Component coChairs() {
        List<CoChairRecord> chairs = workingGroups.coChairs(group.id());
        var grid = new Grid<CoChairRecord>();
        grid.setId("wg-co-chairs");
        grid.setAriaLabel(getTranslation("wg.co-chairs"));
        grid.addColumn(c -> getTranslation("wg.side." + c.side().name())).setHeader(getTranslation("wg.co-chair.side"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CoChairRecord::personName).setHeader(getTranslation("wg.co-chair.name")).setAutoWidth(true);
        grid.addColumn(CoChairRecord::title).setHeader(getTranslation("wg.co-chair.title"));
        grid.addColumn(CoChairRecord::organisationLabel).setHeader(getTranslation("wg.co-chair.organisation"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(chairs);  // the co-chairs of one working group: a handful of rows
        var empty = new Paragraph(getTranslation("wg.co-chairs.empty"));
        empty.setVisible(chairs.isEmpty());
        grid.setVisible(!chairs.isEmpty());
        var section = section("wg-co-chairs-section", "wg.co-chairs", empty, grid);
        if (mayManage()) {
            var add = new Button(getTranslation("wg.co-chair.add"), VaadinIcon.PLUS.create(), click -> openCoChairDialog());
            add.setId("wg-add-co-chair");
            section.add(add);
        }
        return section;
    }

    private Component meetings() {
        List<MeetingRecord> meetings = workingGroups.meetings(group.id());
        var section = section("wg-meetings-section", "wg.meetings");
        if (mayManage()) {
            var record = new Button(getTranslation("wg.meeting.record"), VaadinIcon.PLUS.create(),
                    click -> openMeetingDialog(null));
            record.setId("wg-record-meeting");
            section.add(record);
        }
        if (meetings.isEmpty()) {
            section.add(new Paragraph(getTranslation("wg.meetings.empty")));
        }
        meetings.forEach(meeting -> section.add(meeting(meeting)));
        return section;
    }

    private Component meeting(MeetingRecord meeting) {
        var article = new Div();
        article.addClassName("wg-meeting");
        article.setId("wg-meeting-" + meeting.number());
        article.add(new H4(getTranslation("wg.meeting.heading", meeting.number(),
                LocalizedDates.date(meeting.date(), getLocale()))));
        var list = new DescriptionList();
        term(list, "wg.meeting.place", meeting.place());
        term(list, "wg.meeting.chaired-by", meeting.chairs().stream().map(CoChairRecord::personName)
                .collect(Collectors.joining(", ")));
        term(list, "wg.meeting.minutes-signed-on", LocalizedDates.date(meeting.minutesSignedOn(), getLocale()));
        String workshops = meeting.workshopsHeld() == null ? null
                : getTranslation("wg.meeting.workshops.count", meeting.workshopsHeld())
                        + (meeting.workshopsSummary() == null ? "" : " — " + meeting.workshopsSummary());
        term(list, "wg.meeting.workshops", workshops);
        term(list, "wg.meeting.decisions", meeting.decisions());
        term(list, "wg.meeting.priorities", meeting.priorities());
        article.add(list);
        if (mayManage()) {
            var edit = new Button(getTranslation("wg.meeting.edit"), VaadinIcon.EDIT.create(),
                    click -> openMeetingDialog(meeting));
            edit.setId("wg-edit-meeting-" + meeting.number());
            edit.setAriaLabel(getTranslation("wg.meeting.edit.label", meeting.number()));
            article.add(edit);
        }
        return article;
    }

    private Component programmesSection() {
        List<ProgramSummary> list = programs.programsOf(group.id());
        var grid = new Grid<ProgramSummary>();
        grid.setId("wg-programs");
        grid.setAriaLabel(getTranslation("wg.programs"));
        grid.addComponentColumn(p -> new Anchor("programs/" + p.id(), p.period()))
                .setHeader(getTranslation("program.ui.field.period")).setKey("period").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation("program.ui.status." + p.status().name()))
                .setHeader(getTranslation("program.ui.field.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(p -> p.adoptedAtMeetingNumber() == null ? "—"
                        : getTranslation("program.ui.adopted-at.value", p.adoptedAtMeetingNumber(),
                        LocalizedDates.date(p.adoptedOn(), getLocale())))
                .setHeader(getTranslation("program.ui.field.adopted-at")).setKey("adopted").setAutoWidth(true);
        grid.addColumn(ProgramSummary::projectCount).setHeader(getTranslation("program.ui.field.projects"))
                .setKey("projects").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setItems(list);  // the programmes of one working group: one every two years
        var empty = new Paragraph(getTranslation("wg.programs.empty"));
        empty.setVisible(list.isEmpty());
        grid.setVisible(!list.isEmpty());
        var section = section("wg-programs-section", "wg.programs", empty, grid);
        if (mayManage()) {
            var create = new Button(getTranslation("wg.program.new"), VaadinIcon.PLUS.create(), click -> openProgramDialog());
            create.setId("wg-new-program");
            section.add(create);
        }
        return section;
    }

    private Component history() {
        return section("wg-history-section", "history.title",
                new HistoryPanel(() -> workingGroups.history(group.id()), "wg.history.field."));
    }

    private Section section(String id, String headingKey, Component... content) {
        var section = new Section(new H3(getTranslation(headingKey)));
        section.setId(id);
        section.add(content);
        return section;
    }

    private boolean mayManage() {
        return authentication.hasAnyRole(Roles.ADMIN, Roles.MANAGER);
    }

    void openCoChairDialog() {
        var dialog = new CoChairDialog[1];
        dialog[0] = new CoChairDialog(partners, draft -> saveCoChair(dialog[0], draft));
        dialog[0].open();
    }

    private void saveCoChair(CoChairDialog dialog, CoChairDraft draft) {
        try {
            var saved = workingGroups.addCoChair(group.id(), draft);
            dialog.close();
            Notifications.success(getTranslation("wg.co-chair.added", saved.personName()));
            reload();
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    void openMeetingDialog(MeetingRecord meeting) {
        List<MeetingRecord> all = workingGroups.meetings(group.id());
        int next = all.stream().mapToInt(MeetingRecord::number).max().orElse(0) + 1;
        var dialog = new MeetingDialog[1];
        dialog[0] = new MeetingDialog(meeting, workingGroups.coChairs(group.id()), next,
                draft -> saveMeeting(dialog[0], meeting, draft));
        dialog[0].open();
    }

    private void saveMeeting(MeetingDialog dialog, MeetingRecord meeting, MeetingDraft draft) {
        try {
            MeetingRecord saved = meeting == null ? workingGroups.recordMeeting(group.id(), draft)
                    : workingGroups.updateMeeting(meeting.id(), meeting.version(), draft);
            dialog.close();
            Notifications.success(getTranslation("wg.meeting.saved", saved.number()));
            reload();
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        } catch (ObjectOptimisticLockingFailureException e) {
            conflict(() -> {
                dialog.close();
                reload();
            });
        }
    }

    void openProgramDialog() {
        var dialog = new ProgramDialog[1];
        dialog[0] = new ProgramDialog(group.id(), null, workingGroups.meetings(group.id()),
                draft -> saveProgram(dialog[0], draft));
        dialog[0].open();
    }

    private void saveProgram(ProgramDialog dialog, ProgramDraft draft) {
        try {
            ProgramSummary saved = programs.create(draft);
            dialog.close();
            Notifications.success(getTranslation("program.ui.saved", saved.period()));
            UI.getCurrent().navigate("programs/" + saved.id());
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void reload() {
        show(workingGroups.get(group.id()).orElse(null));
    }

    private void conflict(Runnable reload) {
        var confirm = ConflictDialog.create();
        confirm.addConfirmListener(event -> reload.run());
        confirm.open();
    }

    void openEditor(WorkingGroupSummary current) {
        var dialog = new Dialog[1];
        dialog[0] = new WorkingGroupDialog(current, partners, form -> {
            try {
                WorkingGroupSummary saved = workingGroups.update(current.id(), current.version(), form.toDraft());
                dialog[0].close();
                Notifications.success(getTranslation("wg.saved", saved.acronym()));
                show(saved);
            } catch (BusinessException e) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            } catch (ObjectOptimisticLockingFailureException e) {
                offerReload(dialog[0], current);
            }
        });
        dialog[0].open();
    }

    private void offerReload(Dialog editor, WorkingGroupSummary stale) {
        var confirm = ConflictDialog.create();
        confirm.addConfirmListener(event -> {
            editor.close();
            show(workingGroups.get(stale.id()).orElse(null));
            if (group != null) {
                openEditor(group);
            }
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return group == null ? getTranslation("wg.not-found.title") : getTranslation("wg.page.title", group.acronym());
    }
}
