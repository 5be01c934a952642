package org.coopera.workinggroup.ui;

import org.coopera.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coopera.base.files.TestFiles;
import org.coopera.base.ui.FileUploadField;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramStatus;
import org.coopera.program.ProgramSummary;
import org.coopera.program.ProjectStatus;
import org.coopera.reference.JurisdictionKind;
import org.coopera.reference.JurisdictionRef;
import org.coopera.reference.PartnerService;
import org.coopera.reference.PersonRef;
import org.coopera.reference.ReferenceDrafts.JurisdictionDraft;
import org.coopera.reference.ReferenceDrafts.PersonDraft;
import org.coopera.reference.SectorRef;
import org.coopera.reference.SectorService;
import org.coopera.security.Role;
import org.coopera.workinggroup.CoChairDraft;
import org.coopera.workinggroup.CoChairRecord;
import org.coopera.workinggroup.CoChairSide;
import org.coopera.workinggroup.MeetingRecord;
import org.coopera.workinggroup.WorkingGroupDraft;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a working group's registry from its page (co-chairs, meetings, programmes) and
 * managing a programme from its own (edit, adopted list, delete, new project), on a working
 * group created for the test: the GTQM demo data stay untouched. Each test runs in one
 * transaction, rolled back at its end (the views call the services on the test's thread), because
 * a project in an adopted list cannot be deleted and other tests count the demo projects.
 */
@Transactional
class RegistryEditingTest extends KaribuTest {

    @Autowired
    WorkingGroupService workingGroups;

    @Autowired
    ProgramService programs;

    @Autowired
    PartnerService partners;

    @Autowired
    SectorService sectors;

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    /** A fresh working group with Bavaria (created once if the data set lacks it). */
    private WorkingGroupSummary newWorkingGroup() {
        List<JurisdictionRef> found = partners.findJurisdictions("Bavière", PageRequest.of(0, 1));
        long jurisdictionId = found.isEmpty()
                ? partners.createJurisdiction(new JurisdictionDraft("DE", JurisdictionKind.FEDERATED_STATE, "DE-BY",
                        "Bavière", "Bavaria")).id()
                : found.getFirst().id();
        String acronym = unique("RT");
        WorkingGroupSummary group = workingGroups.create(new WorkingGroupDraft(acronym, "Groupe d’essai " + acronym,
                "Test group " + acronym, jurisdictionId, LocalDate.of(2001, 3, 1), null, null, true));
        return group;
    }

    private void open(WorkingGroupSummary group) {
        UI.getCurrent().navigate(WorkingGroupNavigation.workingGroup(group.id()));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    /** A row button of the co-chairs grid (they live in the grid's cells), by its id. */
    private static Button coChairAction(String id) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("wg-co-chairs"));
        for (int row = 0; row < GridKt._size(grid); row++) {
            var found = GridKt._getCellComponent(grid, row, "actions").getChildren()
                    .filter(c -> id.equals(c.getId().orElse(null))).findFirst();
            if (found.isPresent()) {
                return (Button) found.get();
            }
        }
        throw new AssertionError("no button " + id + " in the co-chairs grid");
    }

    private static boolean coChairActionPresent(String id) {
        try {
            coChairAction(id);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    private static boolean present(String id) {
        return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Component> T field(Class<?> type, String id) {
        return (T) type.cast(_get(Component.class, spec -> spec.withId(id)));
    }

    private static List<String> notificationTexts() {
        return getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private void addCoChair(PersonRef person) {
        _click(button("wg-add-co-chair"));
        _setValue(RegistryEditingTest.<Select<CoChairSide>>field(Select.class, "co-chair-side"), CoChairSide.QUEBEC);
        _setValue(RegistryEditingTest.<ComboBox<PersonRef>>field(ComboBox.class, "co-chair-person"), person);
        _setValue(field(TextField.class, "co-chair-title"), "Sous-ministre adjoint");
        _setValue(field(DatePicker.class, "co-chair-from"), LocalDate.of(2014, 1, 1));
        _setValue(field(DatePicker.class, "co-chair-to"), LocalDate.of(2013, 1, 1));
        _click(button("co-chair-save"));
        DatePicker to = field(DatePicker.class, "co-chair-to");
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("La date de fin précède la date de début.");
        _setValue(to, LocalDate.of(2016, 12, 31));
        _click(button("co-chair-save"));
    }

    private void fillMeeting(int number, LocalDate date, Set<CoChairRecord> chairs) {
        _setValue(field(IntegerField.class, "meeting-number"), number);
        _setValue(field(DatePicker.class, "meeting-date"), date);
        _setValue(field(TextField.class, "meeting-place"), "Munich (Allemagne)");
        _setValue(RegistryEditingTest.<CheckboxGroup<CoChairRecord>>field(CheckboxGroup.class, "meeting-chairs"), chairs);
        _setValue(field(IntegerField.class, "meeting-workshops"), 3);
        _setValue(field(TextArea.class, "meeting-decisions"), "Adopter la programmation.");
    }

    private void fillProgram(int start, Integer end) {
        _setValue(field(IntegerField.class, "program-start-year"), start);
        if (end != null) {
            _setValue(field(IntegerField.class, "program-end-year"), end);
        }
    }

    @Test
    void aManagerAddsACoChairAndRecordsAndCorrectsMeetings() {
        login("gestionnaire", Role.MANAGER);
        WorkingGroupSummary group = newWorkingGroup();
        PersonRef person = partners.createPerson(new PersonDraft(unique("Anna Essai "), null, null));
        open(group);

        addCoChair(person);
        assertThat(present("co-chair-dialog")).isFalse();
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains(person.fullName()));
        Grid<?> coChairs = _get(Grid.class, spec -> spec.withId("wg-co-chairs"));
        assertThat(GridKt._getFormattedRow(coChairs, 0)).startsWith("Québec", person.fullName(), "Sous-ministre adjoint");
        CoChairRecord chair = workingGroups.coChairs(group.id()).getFirst();

        _click(button("wg-record-meeting"));
        assertThat(_get(IntegerField.class, spec -> spec.withId("meeting-number")).getValue()).isEqualTo(1);
        fillMeeting(1, LocalDate.of(2014, 5, 20), Set.of(chair));
        // minutes signed before the meeting: refused in the form
        _setValue(field(DatePicker.class, "meeting-minutes"), LocalDate.of(2014, 5, 19));
        _click(button("meeting-save"));
        DatePicker minutes = field(DatePicker.class, "meeting-minutes");
        assertThat(minutes.isInvalid()).isTrue();
        assertThat(minutes.getErrorMessage()).isEqualTo("Le procès-verbal ne peut pas être signé avant la réunion.");
        assertThat(workingGroups.meetings(group.id())).isEmpty();
        _setValue(minutes, LocalDate.of(2014, 6, 2));
        _click(button("meeting-save"));
        assertThat(present("meeting-dialog")).isFalse();
        assertThat(text("wg-meeting-1")).contains("1re réunion").contains("Munich (Allemagne)")
                .contains(person.fullName()).contains("3 ateliers");

        // the same number again: the service's refusal, translated
        clearNotifications();
        _click(button("wg-record-meeting"));
        assertThat(_get(IntegerField.class, spec -> spec.withId("meeting-number")).getValue()).isEqualTo(2);
        fillMeeting(1, LocalDate.of(2015, 5, 20), Set.of());
        _click(button("meeting-save"));
        assertThat(notificationTexts()).containsExactly("Ce groupe de travail a déjà une réunion no\u00a01.");
        assertThat(present("meeting-dialog")).isTrue();
        _get(Dialog.class, spec -> spec.withId("meeting-dialog")).close();

        // correcting the meeting
        _click(button("wg-edit-meeting-1"));
        assertThat(RegistryEditingTest.<CheckboxGroup<CoChairRecord>>field(CheckboxGroup.class, "meeting-chairs")
                .getValue()).containsExactly(chair);
        _setValue(field(TextField.class, "meeting-place"), "Ratisbonne (Allemagne)");
        _click(button("meeting-save"));
        MeetingRecord saved = workingGroups.meetings(group.id()).getFirst();
        assertThat(saved.place()).isEqualTo("Ratisbonne (Allemagne)");
        assertThat(saved.minutesSignedOn()).isEqualTo(LocalDate.of(2014, 6, 2));
    }

    @Test
    void aManagerCorrectsAndRemovesCoChairsButNotOneWhoChairedAMeeting() {
        login("gestionnaire", Role.MANAGER);
        WorkingGroupSummary group = newWorkingGroup();
        PersonRef chairing = partners.createPerson(new PersonDraft(unique("Présidente "), null, null));
        PersonRef mistaken = partners.createPerson(new PersonDraft(unique("Erreur "), null, null));
        CoChairRecord first = workingGroups.addCoChair(group.id(), new CoChairDraft(CoChairSide.QUEBEC, chairing.id(),
                "Sous-ministre", null, LocalDate.of(2012, 1, 1), null));
        CoChairRecord second = workingGroups.addCoChair(group.id(), new CoChairDraft(CoChairSide.PARTNER,
                mistaken.id(), null, null, null, null));
        workingGroups.recordMeeting(group.id(), new org.coopera.workinggroup.MeetingDraft(7, LocalDate.of(2013, 6, 19),
                "Munich", Set.of(first.id()), null, null, null, null, null));
        open(group);

        // correcting: the dialog opens filled in; dates out of order stay on the field
        _click(coChairAction("wg-edit-co-chair-" + first.id()));
        assertThat(RegistryEditingTest.<ComboBox<PersonRef>>field(ComboBox.class, "co-chair-person").getValue().id())
                .isEqualTo(chairing.id());
        assertThat(RegistryEditingTest.<TextField>field(TextField.class, "co-chair-title").getValue())
                .isEqualTo("Sous-ministre");
        _setValue(field(DatePicker.class, "co-chair-to"), LocalDate.of(2011, 1, 1));
        _click(button("co-chair-save"));
        assertThat(RegistryEditingTest.<DatePicker>field(DatePicker.class, "co-chair-to").isInvalid()).isTrue();
        _setValue(field(DatePicker.class, "co-chair-to"), LocalDate.of(2015, 12, 31));
        _setValue(field(TextField.class, "co-chair-title"), "Sous-ministre associée");
        _click(button("co-chair-save"));
        assertThat(present("co-chair-dialog")).isFalse();
        CoChairRecord corrected = workingGroups.coChairs(group.id()).stream().filter(c -> c.id() == first.id())
                .findFirst().orElseThrow();
        assertThat(corrected.title()).isEqualTo("Sous-ministre associée");
        assertThat(corrected.toDate()).isEqualTo(LocalDate.of(2015, 12, 31));
        assertThat(text("wg-meeting-7")).contains(chairing.fullName());

        // removing the one who chaired the 7th meeting: asked, then refused with the reason
        clearNotifications();
        _click(coChairAction("wg-remove-co-chair-" + first.id()));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("co-chair-remove-dialog")));
        assertThat(notificationTexts()).containsExactly(chairing.fullName()
                + " a présidé la ou les réunions no\u00a07\u00a0: le retrait est refusé. Indiquez plutôt la fin de son mandat.");
        assertThat(workingGroups.coChairs(group.id())).hasSize(2);

        // removing the mistaken one: cancelled first, then confirmed; the removal is in its history
        _click(coChairAction("wg-remove-co-chair-" + second.id()));
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class, spec -> spec.withId("co-chair-remove-dialog")));
        assertThat(workingGroups.coChairs(group.id())).hasSize(2);
        _click(coChairAction("wg-remove-co-chair-" + second.id()));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("co-chair-remove-dialog")));
        assertThat(workingGroups.coChairs(group.id())).extracting(CoChairRecord::id).containsExactly(first.id());
        assertThat(coChairActionPresent("wg-remove-co-chair-" + second.id())).isFalse();
        // (the history of the removal is checked in RegistryCorrectionsIT: Envers writes it at commit)
        _click(coChairAction("wg-co-chair-history-" + first.id()));
        assertThat(present("co-chair-history-dialog")).isTrue();
    }

    @Test
    void aStaleCoChairEditOffersToReload() {
        login("gestionnaire", Role.MANAGER);
        WorkingGroupSummary group = newWorkingGroup();
        PersonRef person = partners.createPerson(new PersonDraft(unique("Disputé "), null, null));
        CoChairRecord chair = workingGroups.addCoChair(group.id(), new CoChairDraft(CoChairSide.QUEBEC, person.id(),
                "Avant", null, null, null));
        open(group);
        _click(coChairAction("wg-edit-co-chair-" + chair.id()));
        workingGroups.updateCoChair(chair.id(), chair.version(), new CoChairDraft(CoChairSide.QUEBEC, person.id(),
                "Ailleurs", null, null, null));
        _setValue(field(TextField.class, "co-chair-title"), "Ici");
        _click(button("co-chair-save"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("conflict-dialog")));
        assertThat(present("co-chair-dialog")).isFalse();
        assertThat(workingGroups.coChairs(group.id()).getFirst().title()).isEqualTo("Ailleurs");
        Grid<?> coChairs = _get(Grid.class, spec -> spec.withId("wg-co-chairs"));
        assertThat(GridKt._getFormattedRow(coChairs, 0)).contains("Ailleurs");
    }

    @Test
    void aManagerAttachesReplacesAndRemovesTheSignedMinutesWithConfirmation() {
        login("gestionnaire", Role.MANAGER);
        WorkingGroupSummary group = newWorkingGroup();
        workingGroups.recordMeeting(group.id(), new org.coopera.workinggroup.MeetingDraft(2, LocalDate.of(2014, 5, 20),
                "Munich", Set.of(), LocalDate.of(2014, 5, 20), null, null, null, null));
        open(group);
        assertThat(text("wg-meeting-2-minutes-file")).isEqualTo("—");
        assertThat(present("wg-meeting-2-minutes-remove")).isFalse();

        // a program is refused at once, on the upload field; saving without a file is refused too
        _click(button("wg-meeting-2-minutes-attach"));
        FileUploadField upload = _get(FileUploadField.class, spec -> spec.withId("minutes-upload"));
        assertThat(upload.add("pv.pdf", TestFiles.windowsProgram())).isFalse();
        assertThat(upload.getElement().getTextRecursively()).contains("n’est pas un PDF");
        clearNotifications();
        _click(button("minutes-save"));
        assertThat(notificationTexts()).containsExactly("Choisissez d’abord le fichier du procès-verbal.");
        assertThat(upload.add("pv-2.docx", TestFiles.docx())).isTrue();
        _click(button("minutes-save"));
        assertThat(present("minutes-dialog")).isFalse();
        assertThat(_get(Anchor.class, spec -> spec.withClasses("file-link")).getText()).startsWith("pv-2.docx (");
        assertThat(workingGroups.meetings(group.id()).getFirst().minutesFile().name()).isEqualTo("pv-2.docx");

        // replacing asks first (cancel keeps the file), then replaces
        _click(button("wg-meeting-2-minutes-attach"));
        assertThat(text("minutes-current")).contains("pv-2.docx");
        _get(FileUploadField.class, spec -> spec.withId("minutes-upload")).add("pv-2-signé.pdf", TestFiles.pdf());
        _click(button("minutes-save"));
        ConfirmDialog replace = _get(ConfirmDialog.class, spec -> spec.withId("minutes-replace-dialog"));
        assertThat(ConfirmDialogKt.getText(replace)).contains("pv-2.docx").contains("pv-2-signé.pdf");
        ConfirmDialogKt._fireCancel(replace);
        assertThat(workingGroups.meetings(group.id()).getFirst().minutesFile().name()).isEqualTo("pv-2.docx");
        _click(button("minutes-save"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("minutes-replace-dialog")));
        assertThat(present("minutes-dialog")).isFalse();
        assertThat(_get(Anchor.class, spec -> spec.withClasses("file-link")).getText()).startsWith("pv-2-signé.pdf (");

        // removing asks first, then removes
        _click(button("wg-meeting-2-minutes-remove"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("minutes-remove-dialog")));
        assertThat(workingGroups.meetings(group.id()).getFirst().minutesFile()).isNull();
        assertThat(text("wg-meeting-2-minutes-file")).isEqualTo("—");
    }

    @Test
    void aReaderSeesTheMinutesLinkButNoMinutesButtons() {
        login("gestionnaire", Role.MANAGER);
        WorkingGroupSummary group = newWorkingGroup();
        var meeting = workingGroups.recordMeeting(group.id(), new org.coopera.workinggroup.MeetingDraft(1,
                LocalDate.of(2014, 5, 20), "Munich", Set.of(), null, null, null, null, null));
        workingGroups.attachMinutes(meeting.id(), meeting.version(), "pv-1.pdf", TestFiles.pdf());
        login("lecteur", Role.READER);
        open(group);
        assertThat(_get(Anchor.class, spec -> spec.withClasses("file-link")).getText()).startsWith("pv-1.pdf (");
        assertThat(present("wg-meeting-1-minutes-attach")).isFalse();
        assertThat(present("wg-meeting-1-minutes-remove")).isFalse();
        _click(button("wg-meeting-1-history"));
        assertThat(present("meeting-history-dialog")).isTrue();
    }

    @Test
    void aStaleMeetingEditOffersToReload() {
        login("gestionnaire", Role.MANAGER);
        WorkingGroupSummary group = newWorkingGroup();
        open(group);
        _click(button("wg-record-meeting"));
        fillMeeting(1, LocalDate.of(2014, 5, 20), Set.of());
        _click(button("meeting-save"));
        _click(button("wg-edit-meeting-1"));
        MeetingRecord meeting = workingGroups.meetings(group.id()).getFirst();
        // someone else saves it meanwhile
        workingGroups.updateMeeting(meeting.id(), meeting.version(), new org.coopera.workinggroup.MeetingDraft(
                1, meeting.date(), "Ailleurs", Set.of(), null, null, null, null, null));
        _setValue(field(TextField.class, "meeting-place"), "Ici");
        _click(button("meeting-save"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("conflict-dialog")));
        assertThat(present("meeting-dialog")).isFalse();
        assertThat(text("wg-meeting-1")).contains("Ailleurs");
    }

    @Test
    void aManagerCreatesAProgrammeAddsAProjectFreezesTheListAndCannotDeleteIt() {
        login("gestionnaire", Role.MANAGER);
        WorkingGroupSummary group = newWorkingGroup();
        open(group);
        _click(button("wg-record-meeting"));
        fillMeeting(1, LocalDate.of(2014, 11, 3), Set.of());
        _click(button("meeting-save"));

        _click(button("wg-new-program"));
        fillProgram(2015, null);
        assertThat(_get(IntegerField.class, spec -> spec.withId("program-end-year")).getValue()).isEqualTo(2017);
        MeetingRecord meeting = workingGroups.meetings(group.id()).getFirst();
        _setValue(RegistryEditingTest.<Select<MeetingRecord>>field(Select.class, "program-meeting"), meeting);
        _setValue(field(TextArea.class, "program-priorities"), "Économie sociale");
        _setValue(RegistryEditingTest.<Select<ProgramStatus>>field(Select.class, "program-status"), ProgramStatus.ADOPTED);
        _click(button("program-save"));
        ProgramSummary program = programs.programsOf(group.id()).getFirst();
        assertThat(program.period()).isEqualTo("2015-2017");
        assertThat(program.adoptedAtMeetingId()).isEqualTo(meeting.id());
        assertThat(_get(H2.class, spec -> spec.withId("program-title")).getText()).contains("2015-2017");

        // a second programme with a short period, then the same period: both refused, translated
        open(group);
        clearNotifications();
        _click(button("wg-new-program"));
        fillProgram(2015, 2016);
        _click(button("program-save"));
        assertThat(notificationTexts()).containsExactly("Une programmation couvre 2 ans (année de fin moins année de début).");
        clearNotifications();
        fillProgram(2015, 2017);
        _click(button("program-save"));
        assertThat(notificationTexts()).containsExactly("Ce groupe de travail a déjà une programmation 2015-2017.");
        assertThat(programs.programsOf(group.id())).hasSize(1);

        // a project from the programme page
        UI.getCurrent().navigate("programs/" + program.id());
        _click(button("program-new-project"));
        SectorRef sector = sectors.all().stream().filter(s -> !s.retired()).findFirst().orElseThrow();
        String code = unique("P-");
        _setValue(field(TextField.class, "project-code"), code);
        _setValue(field(TextField.class, "project-title-fr"), "Projet d’essai");
        _setValue(field(TextField.class, "project-title-en"), "Test project");
        _setValue(RegistryEditingTest.<ComboBox<SectorRef>>field(ComboBox.class, "project-sector"), sector);
        _setValue(RegistryEditingTest.<Select<ProjectStatus>>field(Select.class, "project-status"),
                ProjectStatus.IMPLEMENTATION);
        _click(button("project-save"));
        assertThat(notificationTexts()).contains("Projet " + code + " créé.");
        assertThat(_get(H2.class, spec -> spec.withId("project-heading")).getText()).contains("Projet d’essai");

        // freeze the adopted list
        UI.getCurrent().navigate("programs/" + program.id());
        assertThat(text("program-adopted")).isEqualTo("0");
        assertThat(text("program-current")).isEqualTo("1");
        _click(button("program-adopt-baseline"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("program-adopt-dialog")));
        assertThat(text("program-adopted")).isEqualTo("1");
        assertThat(programs.get(program.id()).orElseThrow().baselineCount()).isEqualTo(1);

        // delete: refused while it has projects
        clearNotifications();
        _click(button("program-delete"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("program-delete-dialog")));
        assertThat(notificationTexts()).singleElement().asString().startsWith("Cette programmation a 1 projet");
        assertThat(programs.get(program.id())).isPresent();
    }

    @Test
    void aManagerEditsAndDeletesAnEmptyProgramme() {
        login("gestionnaire", Role.MANAGER);
        WorkingGroupSummary group = newWorkingGroup();
        open(group);
        _click(button("wg-new-program"));
        fillProgram(2019, null);
        _click(button("program-save"));
        ProgramSummary program = programs.programsOf(group.id()).getFirst();

        _click(button("program-edit"));
        assertThat(_get(IntegerField.class, spec -> spec.withId("program-start-year")).getValue()).isEqualTo(2019);
        _setValue(RegistryEditingTest.<CheckboxGroup<org.coopera.program.Theme>>field(CheckboxGroup.class,
                "program-themes"), Set.of(org.coopera.program.Theme.YOUTH));
        _click(button("program-save"));
        assertThat(programs.get(program.id()).orElseThrow().themes()).containsExactly(org.coopera.program.Theme.YOUTH);
        assertThat(text("program-overview")).contains("Jeunesse");

        _click(button("program-delete"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("program-delete-dialog")));
        assertThat(programs.get(program.id())).isEmpty();
        assertThat(_get(H2.class, spec -> spec.withId("wg-title")).getText()).startsWith(group.acronym());
    }

    @Test
    void readersSeeNoEditingButtons() {
        login("gestionnaire", Role.MANAGER);
        WorkingGroupSummary group = newWorkingGroup();
        ProgramSummary program = programs.create(new org.coopera.program.ProgramDraft(group.id(), 2021, 2023, null,
                null, ProgramStatus.DRAFT, Set.of()));
        login("lecteur", Role.READER);
        open(group);
        assertThat(present("wg-add-co-chair")).isFalse();
        assertThat(present("wg-record-meeting")).isFalse();
        assertThat(present("wg-new-program")).isFalse();
        UI.getCurrent().navigate("programs/" + program.id());
        assertThat(present("program-edit")).isFalse();
        assertThat(present("program-adopt-baseline")).isFalse();
        assertThat(present("program-delete")).isFalse();
        assertThat(present("program-new-project")).isFalse();
        assertThat(_find(Div.class, spec -> spec.withId("program-added"))).hasSize(1);
    }
}
