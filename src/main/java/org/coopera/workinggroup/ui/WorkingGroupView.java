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
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.coopera.base.BusinessException;
import org.coopera.base.files.StoredFileService;
import org.coopera.base.files.UploadedFile;
import org.coopera.base.ui.ConfirmDialogs;
import org.coopera.base.ui.ConflictDialog;
import org.coopera.base.ui.FileLinks;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.base.ui.Notifications;
import org.coopera.base.ui.RecordHeader;
import org.coopera.base.ui.RecordNotFound;
import org.coopera.bulletin.BulletinService;
import org.coopera.bulletin.SubjectType;
import org.coopera.bulletin.ui.BulletinTimeline;
import org.coopera.policy.LinkType;
import org.coopera.policy.MeasureLinkRecord;
import org.coopera.policy.PolicyService;
import org.coopera.program.ProgramDraft;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramSummary;
import org.coopera.program.ui.ProgramDialog;
import org.coopera.reference.PartnerService;
import org.coopera.security.Roles;
import org.coopera.workinggroup.CoChairDraft;
import org.coopera.workinggroup.CoChairRecord;
import org.coopera.workinggroup.MeetingDraft;
import org.coopera.workinggroup.MeetingRecord;
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
    private final StoredFileService files;
    private final BulletinService bulletins;
    private final PolicyService policies;
    private WorkingGroupSummary group;

    WorkingGroupView(WorkingGroupService workingGroups, ProgramService programs, PartnerService partners,
                     AuthenticationContext authentication, StoredFileService files, BulletinService bulletins,
                     PolicyService policies) {
        this.policies = policies;
        this.files = files;
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
        show(RecordHeader.recordId(event, "id").flatMap(workingGroups::get).orElse(null));
    }

    private void show(WorkingGroupSummary found) {
        this.group = found;
        removeAll();
        if (found == null) {
            RecordNotFound.show(this, "wg.not-found.title", "wg.not-found.message",
                    new Anchor("working-groups", getTranslation("wg.back-to-list"))).message().setId("wg-not-found");
            return;
        }
        add(header(), overview(), coChairs(), meetings(), programmesSection(),
                new BulletinTimeline(bulletins, SubjectType.WORKING_GROUP, found.id()), history());
    }

    private Component header() {
        var bar = new RecordHeader("wg-title", group.acronym() + " — " + group.name(getLocale()));
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
        grid.addColumn(c -> LocalizedDates.date(c.fromDate(), getLocale()))
                .setHeader(getTranslation("wg.co-chair.from")).setKey("from").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> LocalizedDates.date(c.toDate(), getLocale()))
                .setHeader(getTranslation("wg.co-chair.to")).setKey("to").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::coChairActions).setHeader(getTranslation("registry.co-chair.actions"))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0);
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
        var measures = policies.measuresLinkedTo(LinkType.MEETING, meetings.stream().map(MeetingRecord::id).toList());
        meetings.forEach(meeting -> section.add(meeting(meeting, measures.getOrDefault(meeting.id(), List.of()))));
        return section;
    }

    private Component meeting(MeetingRecord meeting, List<MeasureLinkRecord> measures) {
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
        list.add(new DescriptionList.Term(getTranslation("registry.minutes.file")), minutesFile(meeting));
        if (!measures.isEmpty()) {
            var links = new Div();
            links.addClassName("wg-meeting-measures");
            measures.forEach(m -> links.add(new Div(new Anchor("policy/measures/" + m.measureId(),
                    m.measureCode() + " — " + m.measureTitle(getLocale())))));
            list.add(new DescriptionList.Term(getTranslation("policy.ui.linked-measures.title")),
                    new DescriptionList.Description(links));
        }
        article.add(list);
        var actions = new HorizontalLayout();
        actions.setWrap(true);
        if (mayManage()) {
            var edit = new Button(getTranslation("wg.meeting.edit"), VaadinIcon.EDIT.create(),
                    click -> openMeetingDialog(meeting));
            edit.setId("wg-edit-meeting-" + meeting.number());
            edit.setAriaLabel(getTranslation("wg.meeting.edit.label", meeting.number()));
            var attach = new Button(getTranslation(meeting.minutesFile() == null ? "registry.minutes.attach"
                    : "registry.minutes.replace"), VaadinIcon.UPLOAD.create(), click -> openMinutesDialog(meeting));
            attach.setId("wg-meeting-" + meeting.number() + "-minutes-attach");
            attach.setAriaLabel(getTranslation(meeting.minutesFile() == null ? "registry.minutes.attach.label"
                    : "registry.minutes.replace.label", meeting.number()));
            actions.add(edit, attach);
            if (meeting.minutesFile() != null) {
                var remove = new Button(getTranslation("registry.minutes.remove"), VaadinIcon.TRASH.create(),
                        click -> confirmMinutesRemoval(meeting));
                remove.setId("wg-meeting-" + meeting.number() + "-minutes-remove");
                remove.setAriaLabel(getTranslation("registry.minutes.remove.label", meeting.number()));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
                actions.add(remove);
            }
        }
        var history = new Button(getTranslation("registry.meeting.history"), VaadinIcon.TIME_BACKWARD.create(),
                click -> openMeetingHistory(meeting));
        history.setId("wg-meeting-" + meeting.number() + "-history");
        history.setAriaLabel(getTranslation("registry.meeting.history.label", meeting.number()));
        actions.add(history);
        article.add(actions);
        return article;
    }

    private DescriptionList.Description minutesFile(MeetingRecord meeting) {
        var description = new DescriptionList.Description();
        description.setId("wg-meeting-" + meeting.number() + "-minutes-file");
        if (meeting.minutesFile() == null) {
            description.setText("—");
        } else {
            // the meeting's own file, read through the working-group service (not by the file's id)
            description.add(FileLinks.download(meeting.minutesFile(), fileId -> workingGroups.minutes(meeting.id())));
        }
        return description;
    }

    void openMinutesDialog(MeetingRecord meeting) {
        var dialog = new MinutesDialog[1];
        dialog[0] = new MinutesDialog(meeting, files, file -> {
            if (meeting.minutesFile() == null) {
                attachMinutes(dialog[0], meeting, file);
            } else {
                var confirm = new ConfirmDialog();
                confirm.setId("minutes-replace-dialog");
                confirm.setHeader(getTranslation("registry.minutes.replace.title", meeting.number()));
                confirm.setText(getTranslation("registry.minutes.replace.message", meeting.minutesFile().name(),
                        file.name()));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.setConfirmText(getTranslation("registry.minutes.replace.confirm"));
                confirm.addConfirmListener(event -> attachMinutes(dialog[0], meeting, file));
                confirm.open();
            }
        });
        dialog[0].open();
    }

    private void attachMinutes(MinutesDialog dialog, MeetingRecord meeting, UploadedFile file) {
        try {
            workingGroups.attachMinutes(meeting.id(), meeting.version(), file.name(), file.content());
            dialog.close();
            Notifications.success(getTranslation("registry.minutes.attached", meeting.number()));
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

    void confirmMinutesRemoval(MeetingRecord meeting) {
        var confirm = ConfirmDialogs.destructive("minutes-remove-dialog",
                getTranslation("registry.minutes.remove.title", meeting.number()),
                getTranslation("registry.minutes.remove.message", meeting.minutesFile().name()),
                getTranslation("registry.minutes.remove.confirm"));
        confirm.addConfirmListener(event -> removeThenReload(() -> workingGroups.removeMinutes(meeting.id(),
                meeting.version()), getTranslation("registry.minutes.removed", meeting.number())));
        confirm.open();
    }

    private void openMeetingHistory(MeetingRecord meeting) {
        HistoryPanel.openDialog("meeting-history-dialog", getTranslation("registry.meeting.history.label", meeting.number()),
                () -> workingGroups.meetingHistory(meeting.id()), "registry.meeting.history.");
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

    private Component coChairActions(CoChairRecord chair) {
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (mayManage()) {
            actions.add(iconButton("wg-edit-co-chair-" + chair.id(), VaadinIcon.EDIT,
                    getTranslation("registry.co-chair.action.edit", chair.personName()), () -> openCoChairDialog(chair)));
            actions.add(iconButton("wg-remove-co-chair-" + chair.id(), VaadinIcon.TRASH,
                    getTranslation("registry.co-chair.action.remove", chair.personName()), () -> confirmRemoval(chair)));
        }
        actions.add(iconButton("wg-co-chair-history-" + chair.id(), VaadinIcon.TIME_BACKWARD,
                getTranslation("registry.co-chair.action.history", chair.personName()), () -> openCoChairHistory(chair)));
        return actions;
    }

    private static Button iconButton(String id, VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), click -> action.run());
        button.setId(id);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        return button;
    }

    void openCoChairDialog() {
        openCoChairDialog(null);
    }

    void openCoChairDialog(CoChairRecord existing) {
        var dialog = new CoChairDialog[1];
        dialog[0] = new CoChairDialog(existing, partners, draft -> saveCoChair(dialog[0], existing, draft));
        dialog[0].open();
    }

    private void saveCoChair(CoChairDialog dialog, CoChairRecord existing, CoChairDraft draft) {
        try {
            var saved = existing == null ? workingGroups.addCoChair(group.id(), draft)
                    : workingGroups.updateCoChair(existing.id(), existing.version(), draft);
            dialog.close();
            Notifications.success(getTranslation(existing == null ? "wg.co-chair.added" : "registry.co-chair.saved",
                    saved.personName()));
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

    void confirmRemoval(CoChairRecord chair) {
        var confirm = ConfirmDialogs.destructive("co-chair-remove-dialog",
                getTranslation("registry.co-chair.remove.title", chair.personName()),
                getTranslation("registry.co-chair.remove.message"),
                getTranslation("registry.co-chair.remove.confirm"));
        confirm.addConfirmListener(event -> removeThenReload(() -> workingGroups.removeCoChair(chair.id(),
                chair.version()), getTranslation("registry.co-chair.removed", chair.personName())));
        confirm.open();
    }

    /** A confirmed removal: says it is done and shows the page again, or says why it was refused. */
    private void removeThenReload(Runnable removal, String doneText) {
        try {
            removal.run();
            Notifications.success(doneText);
            reload();
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        } catch (ObjectOptimisticLockingFailureException e) {
            conflict(this::reload);
        }
    }

    private void openCoChairHistory(CoChairRecord chair) {
        HistoryPanel.openDialog("co-chair-history-dialog", getTranslation("history.of", chair.personName()),
                () -> workingGroups.coChairHistory(chair.id()), "registry.co-chair.history.");
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
