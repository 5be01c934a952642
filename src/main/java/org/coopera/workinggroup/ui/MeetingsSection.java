package org.coopera.workinggroup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coopera.base.files.StoredFileService;
import org.coopera.base.ui.ConfirmDialogs;
import org.coopera.base.ui.Facts;
import org.coopera.base.ui.FileLinks;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.base.ui.Notifications;
import org.coopera.base.ui.PageSection;
import org.coopera.base.ui.RecordPage;
import org.coopera.base.ui.RecordSections;
import org.coopera.base.ui.Saves;
import org.coopera.workinggroup.CoChairRecord;
import org.coopera.workinggroup.MeetingRecord;
import org.coopera.workinggroup.WorkingGroupService;

/**
 * The meetings of a working group, newest first: place, chairs, signed minutes (a file), workshops,
 * decisions, priorities and what other features add to a meeting (the measures it carries out).
 * Managers and administrators record and correct meetings and attach, replace or remove minutes.
 */
class MeetingsSection extends PageSection {

    private final WorkingGroupService workingGroups;
    private final StoredFileService files;
    private final long groupId;
    private final boolean mayManage;
    private final Runnable reload;

    MeetingsSection(WorkingGroupService workingGroups, StoredFileService files, RecordSections contributions,
                    long groupId, boolean mayManage, Runnable reload) {
        super("wg-meetings-section", "wg.meetings");
        this.workingGroups = workingGroups;
        this.files = files;
        this.groupId = groupId;
        this.mayManage = mayManage;
        this.reload = reload;
        List<MeetingRecord> meetings = workingGroups.meetings(groupId);
        if (mayManage) {
            var record = new Button(getTranslation("wg.meeting.record"), VaadinIcon.PLUS.create(),
                    click -> openMeetingDialog(null));
            record.setId("wg-record-meeting");
            add(record);
        }
        if (meetings.isEmpty()) {
            add(new Paragraph(getTranslation("wg.meetings.empty")));
        }
        Map<Long, List<Component>> added = contributions.sections(RecordPage.MEETING,
                meetings.stream().map(MeetingRecord::id).toList());
        meetings.forEach(meeting -> add(meeting(meeting, added.getOrDefault(meeting.id(), List.of()))));
    }

    private Component meeting(MeetingRecord meeting, List<Component> added) {
        var article = new Div();
        article.addClassName("wg-meeting");
        article.setId("wg-meeting-" + meeting.number());
        article.add(new H4(getTranslation("wg.meeting.heading", meeting.number(),
                LocalizedDates.date(meeting.date(), getLocale()))));
        String workshops = meeting.workshopsHeld() == null ? null
                : getTranslation("wg.meeting.workshops.count", meeting.workshopsHeld())
                        + (meeting.workshopsSummary() == null ? "" : " — " + meeting.workshopsSummary());
        article.add(new Facts()
                .add("wg.meeting.place", meeting.place())
                .add("wg.meeting.chaired-by", meeting.chairs().stream().map(CoChairRecord::personName)
                        .collect(Collectors.joining(", ")))
                .add("wg.meeting.minutes-signed-on", LocalizedDates.date(meeting.minutesSignedOn(), getLocale()))
                .add("wg.meeting.workshops", workshops)
                .add("wg.meeting.decisions", meeting.decisions())
                .add("wg.meeting.priorities", meeting.priorities())
                .add("registry.minutes.file", minutesFile(meeting)));
        added.forEach(article::add);
        article.add(actions(meeting));
        return article;
    }

    private Component actions(MeetingRecord meeting) {
        var actions = new HorizontalLayout();
        actions.setWrap(true);
        if (mayManage) {
            var edit = new Button(getTranslation("wg.meeting.edit"), VaadinIcon.EDIT.create(),
                    click -> openMeetingDialog(meeting));
            edit.setId("wg-edit-meeting-" + meeting.number());
            edit.setAriaLabel(getTranslation("visual.meeting.edit.label", meeting.number()));
            boolean none = meeting.minutesFile() == null;
            var attach = new Button(getTranslation(none ? "registry.minutes.attach" : "registry.minutes.replace"),
                    VaadinIcon.UPLOAD.create(), click -> openMinutesDialog(meeting));
            attach.setId("wg-meeting-" + meeting.number() + "-minutes-attach");
            attach.setAriaLabel(getTranslation(none ? "registry.minutes.attach.label"
                    : "visual.minutes.replace.label", meeting.number()));
            actions.add(edit, attach);
            if (!none) {
                var remove = new Button(getTranslation("registry.minutes.remove"), VaadinIcon.TRASH.create(),
                        click -> confirmMinutesRemoval(meeting));
                remove.setId("wg-meeting-" + meeting.number() + "-minutes-remove");
                remove.setAriaLabel(getTranslation("visual.minutes.remove.label", meeting.number()));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
                actions.add(remove);
            }
        }
        var history = new Button(getTranslation("registry.meeting.history"), VaadinIcon.TIME_BACKWARD.create(),
                click -> HistoryPanel.openDialog("meeting-history-dialog",
                        getTranslation("registry.meeting.history.label", meeting.number()),
                        () -> workingGroups.meetingHistory(meeting.id()), "registry.meeting.history."));
        history.setId("wg-meeting-" + meeting.number() + "-history");
        history.setAriaLabel(getTranslation("registry.meeting.history.label", meeting.number()));
        actions.add(history);
        return actions;
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
        new MinutesDialog(meeting, files, file -> {
            workingGroups.attachMinutes(meeting.id(), meeting.version(), file.name(), file.content());
            Notifications.success(getTranslation("registry.minutes.attached", meeting.number()));
            reload.run();
        }, reload).open();
    }

    void confirmMinutesRemoval(MeetingRecord meeting) {
        var confirm = ConfirmDialogs.destructive("minutes-remove-dialog",
                getTranslation("registry.minutes.remove.title", meeting.number()),
                getTranslation("registry.minutes.remove.message", meeting.minutesFile().name()),
                getTranslation("registry.minutes.remove.confirm"));
        confirm.addConfirmListener(event -> Saves.attempt(() -> {
            workingGroups.removeMinutes(meeting.id(), meeting.version());
            Notifications.success(getTranslation("registry.minutes.removed", meeting.number()));
            reload.run();
        }, reload));
        confirm.open();
    }

    void openMeetingDialog(MeetingRecord meeting) {
        int next = workingGroups.meetings(groupId).stream().mapToInt(MeetingRecord::number).max().orElse(0) + 1;
        new MeetingDialog(meeting, workingGroups.coChairs(groupId), next, draft -> {
            MeetingRecord saved = meeting == null ? workingGroups.recordMeeting(groupId, draft)
                    : workingGroups.updateMeeting(meeting.id(), meeting.version(), draft);
            Notifications.success(getTranslation("wg.meeting.saved", saved.number()));
            reload.run();
        }, reload).open();
    }
}
