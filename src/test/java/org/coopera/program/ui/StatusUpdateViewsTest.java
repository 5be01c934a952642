package org.coopera.program.ui;

import org.coopera.KaribuTest;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coopera.base.files.TestFiles;
import org.coopera.base.ui.FileUploadField;
import org.coopera.program.FollowedProject;
import org.coopera.program.ProgramDraft;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramStatus;
import org.coopera.program.ProjectDraft;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectRow;
import org.coopera.program.ProjectService;
import org.coopera.program.ProjectStatus;
import org.coopera.program.ReviewItem;
import org.coopera.program.StatusUpdateDraft;
import org.coopera.program.StatusUpdateService;
import org.coopera.reference.PartnerService;
import org.coopera.reference.ReferenceDrafts.JurisdictionDraft;
import org.coopera.reference.JurisdictionKind;
import org.coopera.reference.SectorService;
import org.coopera.security.Role;
import org.coopera.workinggroup.WorkingGroupDraft;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The update form (defaults, reason on a change, refused files, plain-text narrative), the review
 * queue (approve, return with a reason, no self-review), "Mes projets" and the landing-page
 * reminders, each on a working group and project of the test's own.
 */
class StatusUpdateViewsTest extends KaribuTest {

    @Autowired
    StatusUpdateService updates;
    @Autowired
    ProjectService projects;
    @Autowired
    ProgramService programs;
    @Autowired
    WorkingGroupService workingGroups;
    @Autowired
    PartnerService partners;
    @Autowired
    SectorService sectors;

    WorkingGroupSummary group;
    ProjectRow project;

    @BeforeEach
    void aProjectOfTheDemoOfficer() {
        login("admin", Role.ADMIN);
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        var chile = partners.findJurisdictions("Chili", org.springframework.data.domain.PageRequest.of(0, 1)).stream()
                .findFirst().orElseGet(() -> partners.createJurisdiction(
                        new JurisdictionDraft("CL", JurisdictionKind.COUNTRY, null, "Chili", "Chile")));
        group = workingGroups.create(new WorkingGroupDraft("GTQC" + suffix, "Groupe Québec-Chili " + suffix,
                "Québec–Chile group " + suffix, chile.id(), LocalDate.of(2001, 1, 1), null, null, true));
        workingGroups.assignOfficers(group.id(), Set.of("agent"));
        var program = programs.create(new ProgramDraft(group.id(), 2025, 2027, null, null, ProgramStatus.ADOPTED, Set.of()));
        project = projects.create(program.id(), new ProjectDraft("C-" + suffix, "Résidences d’artistes " + suffix,
                "Artist residencies " + suffix, sectors.byCode("CUL").orElseThrow().id(), null, null, null,
                LocalDate.of(2025, 7, 1), LocalDate.of(2027, 6, 30), new BigDecimal("1000.00"),
                ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, Set.of(), null, null));
    }

    private <T extends com.vaadin.flow.component.Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    private List<String> notifications() {
        return getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    private void openProject() {
        UI.getCurrent().navigate("projects/" + project.id());
    }

    @Test
    void theFormOpensWithTodayAndTheCurrentStatusAndAsksAReasonOnlyForAChange() {
        login("agent", Role.OFFICER);
        openProject();
        assertThat(_get(Paragraph.class, spec -> spec.withId("update-none")).getText())
                .isEqualTo("Aucune mise à jour pour ce projet.");
        _click(byId(Button.class, "update-log"));

        assertThat(byId(DatePicker.class, "update-date").getValue()).isEqualTo(LocalDate.now());
        assertThat(byId(Select.class, "update-status").getValue()).isEqualTo(ProjectStatus.IMPLEMENTATION);
        assertThat(byId(Select.class, "update-health").getValue()).isEqualTo(ProjectHealth.ON_TRACK);
        assertThat(_find(TextArea.class, spec -> spec.withId("update-reason"))).as("no reason asked").isEmpty();

        _setValue(byId(TextArea.class, "update-narrative"), "Deux résidences tenues.");
        _setValue(byId(Select.class, "update-health"), ProjectHealth.AT_RISK);
        TextArea reason = byId(TextArea.class, "update-reason");
        assertThat(reason.isRequiredIndicatorVisible()).isTrue();
        _click(byId(Button.class, "update-submit"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Indiquez la raison du changement de statut ou d’état de santé.");
        assertThat(updates.timeline(project.id())).as("nothing saved").isEmpty();

        _setValue(byId(IntegerField.class, "update-progress"), 140);
        _click(byId(Button.class, "update-submit"));
        assertThat(byId(IntegerField.class, "update-progress").isInvalid()).isTrue();
        _setValue(byId(IntegerField.class, "update-progress"), 40);
        _setValue(reason, "La troisième résidence est reportée.");
        _click(byId(Button.class, "update-submit"));

        assertThat(notifications()).contains("Mise à jour soumise pour revue.");
        assertThat(_find(Dialog.class, spec -> spec.withId("update-dialog"))).isEmpty();
        var saved = updates.timeline(project.id());
        assertThat(saved).singleElement().satisfies(u -> {
            assertThat(u.health()).isEqualTo(ProjectHealth.AT_RISK);
            assertThat(u.progressPercent()).isEqualTo(40);
            assertThat(u.changeReason()).isEqualTo("La troisième résidence est reportée.");
        });
        assertThat(_get(Span.class, spec -> spec.withClasses("update-state")).getText()).isEqualTo("Soumise");
    }

    @Test
    void aDisguisedFileIsRefusedWithTheReasonAndAGoodOneIsAttached() {
        login("agent", Role.OFFICER);
        openProject();
        _click(byId(Button.class, "update-log"));
        FileUploadField attachments = byId(FileUploadField.class, "update-attachments");

        assertThat(attachments.add("rapport.pdf", TestFiles.windowsProgram())).isFalse();
        assertThat(_get(attachments, Span.class, spec -> spec.withClasses("file-upload-error")).getText())
                .contains("rapport.pdf").contains("d’après son contenu");
        assertThat(attachments.add("compte-rendu.docx", TestFiles.docx())).isTrue();

        _setValue(byId(TextArea.class, "update-narrative"), "Compte rendu joint.");
        _click(byId(Button.class, "update-save-draft"));
        assertThat(notifications()).contains("Brouillon enregistré.");
        assertThat(updates.timeline(project.id()).getFirst().files()).extracting(f -> f.name())
                .containsExactly("compte-rendu.docx");
    }

    @Test
    void aNarrativeThatLooksLikeHtmlIsShownAsText() {
        String script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        login("agent", Role.OFFICER);
        updates.save(project.id(), null, 0, new StatusUpdateDraft(LocalDate.now(), ProjectStatus.IMPLEMENTATION,
                ProjectHealth.ON_TRACK, 10, script, null, null), List.of(), Set.of(), false);
        openProject();
        Paragraph narrative = _get(Paragraph.class, spec -> spec.withClasses("update-narrative-text"));
        assertThat(narrative.getText()).isEqualTo(script);
        assertThat(narrative.getElement().getChildren()).as("no element parsed from the text")
                .allMatch(com.vaadin.flow.dom.Element::isTextNode);
    }

    @Test
    void aManagerReturnsWithAReasonAndApprovesFromTheQueueButNeverTheirOwn() {
        login("agent", Role.OFFICER);
        var submitted = updates.save(project.id(), null, 0, new StatusUpdateDraft(LocalDate.now(),
                ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, 10, "Rien à signaler.", null, null),
                List.of(), Set.of(), true);

        login("gestionnaire", Role.MANAGER);
        UI.getCurrent().navigate("review");
        Grid<ReviewItem> queue = byId(Grid.class, "review-grid");
        ReviewItem item = java.util.stream.IntStream.range(0, _size(queue)).mapToObj(i -> GridKt._get(queue, i))
                .filter(i -> i.updateId() == submitted.id()).findFirst().orElseThrow();
        queue.select(item);
        _click(_get(Button.class, spec -> spec.withClasses("update-return")));
        _click(byId(Button.class, "return-confirm"));
        assertThat(byId(TextArea.class, "return-reason").isInvalid()).as("a reason is required").isTrue();
        _setValue(byId(TextArea.class, "return-reason"), "Ajoutez les dates des résidences.");
        _click(byId(Button.class, "return-confirm"));
        assertThat(notifications()).contains("Mise à jour retournée à son auteur.");
        assertThat(updates.reviewQueue(0, 200)).extracting(ReviewItem::updateId).doesNotContain(submitted.id());

        // the officer sees the reason on the project page and resubmits
        login("agent", Role.OFFICER);
        openProject();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("update-review-reason")).getText())
                .isEqualTo("Ajoutez les dates des résidences.");
        _click(_get(Button.class, spec -> spec.withClasses("update-edit")));
        _setValue(byId(TextArea.class, "update-narrative"), "Résidences du 3 au 14 mars.");
        _click(byId(Button.class, "update-submit"));

        login("gestionnaire", Role.MANAGER);
        openProject();
        _click(_get(Button.class, spec -> spec.withClasses("update-approve")));
        assertThat(notifications()).contains("Mise à jour approuvée.");
        assertThat(updates.timeline(project.id()).getFirst().narrative()).isEqualTo("Résidences du 3 au 14 mars.");

        // the manager's own submitted update shows no approve button to that manager
        updates.save(project.id(), null, 0, new StatusUpdateDraft(LocalDate.now(), ProjectStatus.IMPLEMENTATION,
                ProjectHealth.ON_TRACK, 20, "Mise à jour du gestionnaire.", null, null), List.of(), Set.of(), true);
        openProject();
        assertThat(_find(Paragraph.class, spec -> spec.withText("Mise à jour du gestionnaire."))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withClasses("update-approve"))).isEmpty();
    }

    @Test
    void officersSeeTheirOverdueProjectsAndManagersTheCountsPerWorkingGroup() {
        login("admin", Role.ADMIN);
        // the reminder job's list, as after its daily run
        updates.runReminders();

        login("agent", Role.OFFICER);
        UI.getCurrent().navigate("");
        var listed = _find(byId(com.vaadin.flow.component.html.UnorderedList.class, "home-overdue-list"),
                com.vaadin.flow.component.html.Anchor.class).stream().map(a -> a.getHref()).toList();
        assertThat(listed).isNotEmpty().isEqualTo(updates.myOverdue(10).stream()
                .map(p -> "projects/" + p.projectId()).toList());
        assertThat(updates.myOverdue(200)).extracting(FollowedProject::projectId).contains(project.id());
        UI.getCurrent().navigate("my-projects");
        _setValue(byId(Checkbox.class, "my-projects-overdue-only"), true);
        Grid<FollowedProject> mine = byId(Grid.class, "my-projects-grid");
        assertThat(java.util.stream.IntStream.range(0, _size(mine)).mapToObj(i -> GridKt._get(mine, i))
                .filter(p -> p.projectId() == project.id())).singleElement()
                .satisfies(p -> assertThat(p.overdue()).isTrue());

        login("gestionnaire", Role.MANAGER);
        UI.getCurrent().navigate("");
        var row = byId(com.vaadin.flow.component.html.NativeTableRow.class, "follow-up-" + group.id());
        assertThat(_get(row, com.vaadin.flow.component.html.NativeTableCell.class, spec -> spec.withClasses("overdue"))
                .getText()).isEqualTo("1");
        assertThat(_get(row, com.vaadin.flow.component.html.NativeTableCell.class, spec -> spec.withClasses("under-way"))
                .getText()).isEqualTo("1");
    }
}
