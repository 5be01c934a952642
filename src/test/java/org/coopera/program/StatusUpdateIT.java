package org.coopera.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopera.TestSecurity.as;
import static org.coopera.TestSecurity.signIn;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coopera.IntegrationTest;
import org.coopera.base.BusinessException;
import org.coopera.base.files.TestFiles;
import org.coopera.base.files.UploadedFile;
import org.coopera.reference.ReferenceDrafts.JurisdictionDraft;
import org.coopera.reference.JurisdictionKind;
import org.coopera.reference.PartnerService;
import org.coopera.reference.SectorService;
import org.coopera.workinggroup.WorkingGroupDraft;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The life of a status update on a real database: officer drafts and submits, a manager returns
 * it, the officer resubmits, another manager approves; and every refusal on the way.
 */
@IntegrationTest
class StatusUpdateIT {

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
    @Autowired
    Reminders reminders;
    @Autowired
    JdbcClient jdbc;

    WorkingGroupSummary group;
    ProjectRow project;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void aProjectFollowedByTheDemoOfficer() {
        signIn("admin", "ADMIN");
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        var peru = partners.findJurisdictions("Pérou", org.springframework.data.domain.PageRequest.of(0, 1)).stream()
                .findFirst().orElseGet(() -> partners.createJurisdiction(
                        new JurisdictionDraft("PE", JurisdictionKind.COUNTRY, null, "Pérou", "Peru")));
        group = workingGroups.create(new WorkingGroupDraft("GTQP" + suffix, "Groupe Québec-Pérou " + suffix,
                "Québec–Peru group " + suffix, peru.id(), LocalDate.of(2001, 1, 1), null, null, true));
        workingGroups.assignOfficers(group.id(), Set.of("agent"));
        var program = programs.create(new ProgramDraft(group.id(), 2025, 2027, null, null, ProgramStatus.ADOPTED, Set.of()));
        project = projects.create(program.id(), new ProjectDraft("P-1", "Titre", "Title", sectors.byCode("CUL").orElseThrow().id(),
                null, null, null, LocalDate.of(2025, 7, 1), LocalDate.of(2027, 6, 30), new BigDecimal("1000.00"),
                ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, Set.of(), null, null));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private StatusUpdateDraft draft(ProjectStatus status, ProjectHealth health, String reason) {
        return new StatusUpdateDraft(today, status, health, 30, "Atelier tenu à Lima.", "Mission en mars.", reason);
    }

    @Test
    void officerSubmitsManagerReturnsOfficerResubmitsAnotherManagerApproves() {
        signIn("agent", "OFFICER");
        StatusUpdateRecord draft = updates.save(project.id(), null, 0,
                draft(ProjectStatus.IMPLEMENTATION, ProjectHealth.AT_RISK, "Partenaire en retard"),
                List.of(new UploadedFile("compte-rendu.pdf", TestFiles.pdf())), Set.of(), false);
        assertThat(draft.state()).isEqualTo(UpdateState.DRAFT);
        assertThat(draft.files()).extracting(f -> f.name()).containsExactly("compte-rendu.pdf");

        // a draft is its author's: the manager neither sees it nor finds it in the queue
        signIn("gestionnaire", "MANAGER");
        assertThat(updates.timeline(project.id())).isEmpty();
        assertThat(updates.reviewQueue(0, 200)).extracting(ReviewItem::updateId).doesNotContain(draft.id());

        signIn("agent", "OFFICER");
        StatusUpdateRecord submitted = updates.save(project.id(), draft.id(), draft.version(), draft.toDraft(),
                List.of(), Set.of(), true);
        assertThat(submitted.state()).isEqualTo(UpdateState.SUBMITTED);

        signIn("gestionnaire", "MANAGER");
        assertThat(updates.reviewQueue(0, 200)).extracting(ReviewItem::updateId).contains(submitted.id());
        assertThatThrownBy(() -> updates.returnToAuthor(submitted.id(), submitted.version(), "  "))
                .isInstanceOf(BusinessException.class).hasMessage("update.return.reason-required");
        StatusUpdateRecord returned = updates.returnToAuthor(submitted.id(), submitted.version(), "Précisez le retard.");
        assertThat(returned.state()).isEqualTo(UpdateState.RETURNED);
        assertThat(returned.reviewReason()).isEqualTo("Précisez le retard.");

        signIn("agent", "OFFICER");
        StatusUpdateDraft corrected = new StatusUpdateDraft(today, ProjectStatus.IMPLEMENTATION, ProjectHealth.AT_RISK, 35,
                "Atelier tenu à Lima ; le partenaire attend son budget.", null, "Budget du partenaire retardé de deux mois");
        StatusUpdateRecord resubmitted = updates.save(project.id(), returned.id(), returned.version(), corrected,
                List.of(), Set.of(), true);
        assertThat(resubmitted.state()).isEqualTo(UpdateState.SUBMITTED);
        assertThat(projects.get(project.id()).orElseThrow().health())
                .as("nothing counts before approval").isEqualTo(ProjectHealth.ON_TRACK);

        signIn("gestionnaire", "MANAGER");
        StatusUpdateRecord approved = updates.approve(resubmitted.id(), resubmitted.version());
        assertThat(approved.state()).isEqualTo(UpdateState.APPROVED);
        assertThat(approved.reviewedBy()).isEqualTo("gestionnaire");
        ProjectRow now = projects.get(project.id()).orElseThrow();
        assertThat(now.health()).isEqualTo(ProjectHealth.AT_RISK);
        assertThat(approved.steps()).extracting(UpdateStep::action, UpdateStep::actor).containsExactly(
                org.assertj.core.groups.Tuple.tuple(UpdateAction.CREATED, "agent"),
                org.assertj.core.groups.Tuple.tuple(UpdateAction.SUBMITTED, "agent"),
                org.assertj.core.groups.Tuple.tuple(UpdateAction.RETURNED, "gestionnaire"),
                org.assertj.core.groups.Tuple.tuple(UpdateAction.SUBMITTED, "agent"),
                org.assertj.core.groups.Tuple.tuple(UpdateAction.APPROVED, "gestionnaire"));
        assertThat(approved.steps().get(2).reason()).isEqualTo("Précisez le retard.");
        assertThat(updates.history(approved.id())).isNotEmpty();

        // approved: frozen for its author
        signIn("agent", "OFFICER");
        assertThatThrownBy(() -> updates.save(project.id(), approved.id(), approved.version(), corrected, List.of(),
                Set.of(), true)).isInstanceOf(BusinessException.class).hasMessage("update.not-editable.APPROVED");
    }

    @Test
    void nobodyReviewsTheirOwnUpdate() {
        signIn("gestionnaire", "MANAGER");
        StatusUpdateRecord own = updates.save(project.id(), null, 0,
                draft(ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, null), List.of(), Set.of(), true);
        assertThatThrownBy(() -> updates.approve(own.id(), own.version()))
                .isInstanceOf(BusinessException.class).hasMessage("update.review.own");
        assertThatThrownBy(() -> updates.returnToAuthor(own.id(), own.version(), "non"))
                .isInstanceOf(BusinessException.class).hasMessage("update.review.own");

        signIn("admin", "ADMIN");
        assertThat(updates.approve(own.id(), own.version()).state()).isEqualTo(UpdateState.APPROVED);
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        signIn("agent", "OFFICER");
        long updatesBefore = count("status_update");
        long filesBefore = count("stored_file");

        assertThatThrownBy(() -> updates.save(project.id(), null, 0,
                draft(ProjectStatus.SUSPENDED, ProjectHealth.ON_TRACK, null), List.of(), Set.of(), true))
                .isInstanceOf(BusinessException.class).hasMessage("update.reason-required");
        assertThatThrownBy(() -> updates.save(project.id(), null, 0, new StatusUpdateDraft(today.plusDays(1),
                ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, 10, "x", null, null), List.of(), Set.of(), false))
                .isInstanceOf(BusinessException.class).hasMessage("update.date.future");
        assertThatThrownBy(() -> updates.save(project.id(), null, 0, new StatusUpdateDraft(today,
                ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, 101, "x", null, null), List.of(), Set.of(), false))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> updates.save(project.id(), null, 0, new StatusUpdateDraft(today,
                ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, 10, "   ", null, null), List.of(), Set.of(), false))
                .isInstanceOf(ConstraintViolationException.class);
        // a good PDF and a program disguised as one: the whole save is refused, the good file is not kept either
        assertThatThrownBy(() -> updates.save(project.id(), null, 0,
                draft(ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, null),
                List.of(new UploadedFile("ok.pdf", TestFiles.pdf()), new UploadedFile("rapport.pdf", TestFiles.windowsProgram())),
                Set.of(), true))
                .isInstanceOf(BusinessException.class).hasMessage("files.type-refused.DOCUMENT");

        assertThat(count("status_update")).isEqualTo(updatesBefore);
        assertThat(count("stored_file")).isEqualTo(filesBefore);

        signIn("lecteur", "READER");
        assertThatThrownBy(() -> updates.save(project.id(), null, 0,
                draft(ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, null), List.of(), Set.of(), true))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStaleSaveIsRefusedAndTheNarrativeIsKeptAsTyped() {
        signIn("agent", "OFFICER");
        String script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        StatusUpdateRecord first = updates.save(project.id(), null, 0, new StatusUpdateDraft(today,
                ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, 10, script, null, null), List.of(), Set.of(), false);
        assertThat(first.narrative()).isEqualTo(script);
        StatusUpdateDraft changed = new StatusUpdateDraft(today, ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK,
                20, script + " (suite)", null, null);
        StatusUpdateRecord second = updates.save(project.id(), first.id(), first.version(), changed, List.of(),
                Set.of(), false);
        assertThat(second.version()).isGreaterThan(first.version());
        assertThatThrownBy(() -> updates.save(project.id(), first.id(), first.version(), first.toDraft(), List.of(),
                Set.of(), true)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void onlyTheProjectsOwnOfficersLogAndDraftsAndTheirFilesStayTheAuthors() {
        signIn("autre-agent", "OFFICER");  // an officer, but not of this working group
        updates.follow(project.id(), true);
        assertThat(updates.myProjects(false, 0, 200)).filteredOn(p -> p.projectId() == project.id()).singleElement()
                .satisfies(p -> assertThat(p.mayLog()).as("followed for information only").isFalse());
        assertThatThrownBy(() -> updates.save(project.id(), null, 0,
                draft(ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, null), List.of(), Set.of(), true))
                .isInstanceOf(AccessDeniedException.class);

        signIn("agent", "OFFICER");
        var draft = updates.save(project.id(), null, 0, draft(ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, null),
                List.of(new UploadedFile("brouillon.pdf", TestFiles.pdf())), Set.of(), false);
        long draftFile = draft.files().getFirst().id();
        var submitted = updates.save(project.id(), null, 0, draft(ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, null),
                List.of(new UploadedFile("soumis.pdf", TestFiles.pdf())), Set.of(), true);
        assertThat(updates.attachment(draft.id(), draftFile).bytes()).isEqualTo(TestFiles.pdf());

        signIn("gestionnaire", "MANAGER");
        assertThatThrownBy(() -> updates.attachment(draft.id(), draftFile))
                .isInstanceOf(BusinessException.class).hasMessage("record.not-found");
        assertThatThrownBy(() -> updates.history(draft.id()))
                .isInstanceOf(BusinessException.class).hasMessage("record.not-found");
        assertThatThrownBy(() -> updates.attachment(submitted.id(), draftFile))
                .as("a file of another update through this one").isInstanceOf(BusinessException.class)
                .hasMessage("files.not-found");
        assertThat(updates.attachment(submitted.id(), submitted.files().getFirst().id()).ref().name())
                .isEqualTo("soumis.pdf");

        // detaching files: only this update's own are removed, another update's file id is ignored
        signIn("agent", "OFFICER");
        var kept = updates.save(project.id(), draft.id(), draft.version(), draft.toDraft(), List.of(),
                Set.of(submitted.files().getFirst().id()), false);
        assertThat(kept.files()).extracting(f -> f.id()).containsExactly(draftFile);
        assertThat(updates.attachment(submitted.id(), submitted.files().getFirst().id())).isNotNull();
    }

    @Test
    void onceAnUpdateIsApprovedTheRecordEditorCannotChangeStatusOrHealth() {
        signIn("agent", "OFFICER");
        var update = updates.save(project.id(), null, 0, draft(ProjectStatus.IMPLEMENTATION, ProjectHealth.AT_RISK,
                "Retard"), List.of(), Set.of(), true);
        signIn("gestionnaire", "MANAGER");
        updates.approve(update.id(), update.version());
        ProjectRow row = projects.get(project.id()).orElseThrow();
        ProjectDetail detail = projects.detail(project.id()).orElseThrow();
        ProjectDraft closing = new ProjectDraft(row.code(), row.titleFr(), row.titleEn(), row.sectorId(), null, null,
                Set.of(), row.startDate(), row.endDate(), row.budget(), ProjectStatus.CLOSED, row.health(),
                detail.themes(), detail.description(), null);
        assertThatThrownBy(() -> projects.update(row.id(), row.version(), closing))
                .isInstanceOf(BusinessException.class).hasMessage("project.status.from-updates");
        assertThat(projects.get(project.id()).orElseThrow().status()).isEqualTo(ProjectStatus.IMPLEMENTATION);
    }

    @Test
    void aProjectWithUpdatesCannotBeDeleted() {
        signIn("agent", "OFFICER");
        updates.save(project.id(), null, 0, draft(ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, null),
                List.of(), Set.of(), false);
        signIn("admin", "ADMIN");
        ProjectRow row = projects.get(project.id()).orElseThrow();
        assertThatThrownBy(() -> projects.delete(row.id(), row.version()))
                .isInstanceOf(BusinessException.class).hasMessage("project.in-use.updates");
        assertThat(projects.get(project.id())).isPresent();
    }

    @Test
    void anOlderApprovedUpdateDoesNotOverrideTheLatest() {
        signIn("agent", "OFFICER");
        var recent = updates.save(project.id(), null, 0, new StatusUpdateDraft(today, ProjectStatus.FINALISATION,
                ProjectHealth.ON_TRACK, 90, "Presque fini.", null, "Dernière phase"), List.of(), Set.of(), true);
        var older = updates.save(project.id(), null, 0, new StatusUpdateDraft(today.minusMonths(2),
                ProjectStatus.IMPLEMENTATION, ProjectHealth.OFF_TRACK, 50, "Retard.", null, "Retard"), List.of(), Set.of(), true);
        signIn("gestionnaire", "MANAGER");
        updates.approve(recent.id(), recent.version());
        updates.approve(older.id(), older.version());
        ProjectRow now = projects.get(project.id()).orElseThrow();
        assertThat(now.status()).isEqualTo(ProjectStatus.FINALISATION);
        assertThat(now.health()).isEqualTo(ProjectHealth.ON_TRACK);
    }

    @Test
    void theReminderJobListsOverdueProjectsAndAnApprovalTakesOneOff() {
        signIn("admin", "ADMIN");
        reminders.recompute();
        long expectedOverdue = jdbc.sql("""
                        select count(*) from project p join program pr on pr.id = p.program_id
                        where pr.working_group_id = ? and p.status in ('PIPELINE','IMPLEMENTATION','FINALISATION')
                          and (p.last_approved_update_date is null or p.last_approved_update_date < ?)""")
                .params(group.id(), today.minusDays(updates.reportingIntervalDays())).query(Long.class).single();
        assertThat(expectedOverdue).isEqualTo(1);
        assertThat(followUp().overdue()).isEqualTo(expectedOverdue);

        signIn("agent", "OFFICER");
        assertThat(updates.myOverdue(50)).extracting(FollowedProject::projectId).contains(project.id());
        assertThat(updates.myProjects(true, 0, 200)).extracting(FollowedProject::projectId).contains(project.id());
        var update = updates.save(project.id(), null, 0, draft(ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, null),
                List.of(), Set.of(), true);
        signIn("gestionnaire", "MANAGER");
        assertThat(followUp().awaitingReview()).isEqualTo(1);
        updates.approve(update.id(), update.version());

        assertThat(followUp().overdue()).isZero();
        assertThat(followUp().awaitingReview()).isZero();
        signIn("agent", "OFFICER");
        assertThat(updates.myOverdue(50)).extracting(FollowedProject::projectId).doesNotContain(project.id());
        FollowedProject mine = updates.myProjects(false, 0, 200).stream()
                .filter(p -> p.projectId() == project.id()).findFirst().orElseThrow();
        assertThat(mine.overdue()).isFalse();
        assertThat(mine.lastApprovedUpdate()).isEqualTo(today);
    }

    private WorkingGroupFollowUp followUp() {
        return as("gestionnaire", "MANAGER", () -> updates.followUpByWorkingGroup().stream()
                .filter(f -> f.workingGroupId() == group.id()).findFirst().orElseThrow());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }


}
