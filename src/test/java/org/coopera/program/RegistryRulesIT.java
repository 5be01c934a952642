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
import org.coopera.base.HistoryEntry;
import org.coopera.reference.JurisdictionKind;
import org.coopera.reference.JurisdictionRef;
import org.coopera.reference.PartnerService;
import org.coopera.reference.ReferenceDrafts.JurisdictionDraft;
import org.coopera.reference.SectorService;
import org.coopera.workinggroup.MeetingDraft;
import org.coopera.workinggroup.MeetingRecord;
import org.coopera.workinggroup.WorkingGroupDraft;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The registry's rules on a working group of its own (with Bavaria, so that the demo GTQM's
 * figures stay untouched): validation, uniqueness, permissions, concurrent edits, deletions.
 */
@IntegrationTest
class RegistryRulesIT {

    @Autowired
    PartnerService partners;

    @Autowired
    WorkingGroupService workingGroups;

    @Autowired
    ProgramService programs;

    @Autowired
    ProjectService projects;

    @Autowired
    SectorService sectors;

    WorkingGroupSummary group;
    ProgramSummary program;
    long culture;



    private static String key(Throwable e) {
        return ((BusinessException) e).messageKey();
    }

    @BeforeEach
    void aWorkingGroupWithBavaria() {
        signIn("admin", "ADMIN");
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        JurisdictionRef bavaria = partners.findJurisdictions("Bavière", org.springframework.data.domain.PageRequest.of(0, 1))
                .stream().findFirst().orElseGet(() -> partners.createJurisdiction(new JurisdictionDraft("DE",
                        JurisdictionKind.FEDERATED_STATE, "DE-BY", "Bavière", "Bavaria")));
        assertThat(bavaria.countryCode()).isEqualTo("DE");
        group = workingGroups.create(new WorkingGroupDraft("GTQB" + suffix, "Groupe Québec-Bavière " + suffix,
                "Québec–Bavaria group " + suffix, bavaria.id(), LocalDate.of(1989, 1, 1), null, null, true));
        program = programs.create(new ProgramDraft(group.id(), 2015, 2017, null, null, ProgramStatus.ADOPTED,
                Set.of(Theme.YOUTH)));
        culture = sectors.byCode("CUL").orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ProjectDraft draft(String code) {
        return new ProjectDraft(code, "Titre " + code, "Title " + code, culture, null, null, null,
                LocalDate.of(2015, 7, 1), LocalDate.of(2017, 6, 30), new BigDecimal("125000.00"),
                ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, Set.of(), null, null);
    }

    @Test
    void aFederatedStateRollsUpToItsCountry() {
        projects.create(program.id(), draft("B-1"));

        assertThat(projects.count(new ProjectFilter(null, null, group.id(), null, "DE", null, null, null, null, null)))
                .isEqualTo(1);
        assertThat(workingGroups.find(group.acronym(), "DE", true, 0, 5)).extracting(WorkingGroupSummary::id)
                .containsExactly(group.id());
    }

    @Test
    void programmePeriodsAreTwoYearsAndUniquePerWorkingGroup() {
        assertThatThrownBy(() -> programs.create(new ProgramDraft(group.id(), 2015, 2016, null, null,
                ProgramStatus.DRAFT, null))).satisfies(e -> assertThat(key(e)).isEqualTo("program.period.length"));
        assertThatThrownBy(() -> programs.create(new ProgramDraft(group.id(), 2015, 2017, null, null,
                ProgramStatus.DRAFT, null))).satisfies(e -> assertThat(key(e)).isEqualTo("program.period.taken"));
        assertThat(programs.programsOf(group.id())).hasSize(1);
    }

    @Test
    void badProjectInputIsRefusedAndNothingIsStored() {
        long before = projects.count(ProjectFilter.none().withProgram(program.id()));
        ProjectDraft good = draft("B-2");
        projects.create(program.id(), good);

        assertThatThrownBy(() -> projects.create(program.id(), good))
                .satisfies(e -> assertThat(key(e)).isEqualTo("project.code.taken"));
        assertThatThrownBy(() -> projects.create(program.id(), new ProjectDraft("B-3", "Titre", "Title", culture, null,
                null, null, LocalDate.of(2016, 1, 1), LocalDate.of(2015, 1, 1), null, ProjectStatus.PIPELINE,
                ProjectHealth.ON_TRACK, null, null, null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("validation.dates.order"));
        assertThatThrownBy(() -> projects.create(program.id(), new ProjectDraft("bad code!", " ", "Title", culture,
                null, null, null, null, null, new BigDecimal("-1"), ProjectStatus.PIPELINE, ProjectHealth.ON_TRACK,
                null, null, null)))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString())
                        .contains("create.draft.code", "create.draft.titleFr", "create.draft.budget"));
        assertThat(projects.count(ProjectFilter.none().withProgram(program.id()))).isEqualTo(before + 1);
    }

    @Test
    void aSecondConcurrentSaveIsRefusedAndTheFirstKept() {
        ProjectRow created = projects.create(program.id(), draft("B-4"));
        projects.update(created.id(), created.version(), new ProjectDraft("B-4", "Première version", "First", culture,
                null, null, null, null, null, null, ProjectStatus.IMPLEMENTATION, ProjectHealth.AT_RISK, null, null, null));

        assertThatThrownBy(() -> projects.update(created.id(), created.version(), new ProjectDraft("B-4",
                "Seconde version", "Second", culture, null, null, null, null, null, null, ProjectStatus.CLOSED,
                ProjectHealth.ON_TRACK, null, null, null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        ProjectRow now = projects.get(created.id()).orElseThrow();
        assertThat(now.titleFr()).isEqualTo("Première version");
        assertThat(now.health()).isEqualTo(ProjectHealth.AT_RISK);
        List<HistoryEntry> history = projects.history(created.id());
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().author()).isEqualTo("admin");
        assertThat(history.getFirst().changes()).extracting(HistoryEntry.FieldChange::field)
                .contains("titleFr", "health");
    }

    @Test
    void officersEditOnlyTheProjectsOfTheirWorkingGroups() {
        ProjectRow created = projects.create(program.id(), draft("B-5"));
        workingGroups.assignOfficers(group.id(), Set.of("chloe"));

        ProjectRow edited = as("chloe", "OFFICER", () -> projects.update(created.id(), created.version(),
                new ProjectDraft("B-5", "Par l’agente", "By the officer", culture, null, null, null, null, null, null,
                        ProjectStatus.FINALISATION, ProjectHealth.ON_TRACK, null, null, null)));
        assertThat(edited.status()).isEqualTo(ProjectStatus.FINALISATION);

        assertThatThrownBy(() -> as("paul", "OFFICER", () -> projects.update(created.id(), edited.version(),
                draft("B-5")))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("lecteur", "READER", () -> projects.update(created.id(), edited.version(),
                draft("B-5")))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("chloe", "OFFICER", () -> {
            projects.delete(created.id(), edited.version());
            return null;
        })).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(projects.get(created.id()).orElseThrow().titleFr()).isEqualTo("Par l’agente");
    }

    @Test
    void adoptedProjectsAreCancelledNotDeletedAndShowAsDropped() {
        ProjectRow adopted = projects.create(program.id(), draft("B-6"));
        ProgramSummary withBaseline = programs.adoptBaseline(program.id(), program.version());
        assertThat(withBaseline.baselineCount()).isEqualTo(1);
        ProjectRow added = projects.create(program.id(), draft("B-7"));

        assertThatThrownBy(() -> projects.delete(adopted.id(), adopted.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("project.in-use.baseline"));
        projects.update(adopted.id(), adopted.version(), new ProjectDraft("B-6", "Titre B-6", "Title B-6", culture,
                null, null, null, null, null, null, ProjectStatus.CANCELLED, ProjectHealth.OFF_TRACK, null, null, null));

        BaselineComparison comparison = programs.comparison(program.id());
        assertThat(comparison.adopted()).isEqualTo(1);
        assertThat(comparison.current()).isEqualTo(2);
        assertThat(comparison.dropped()).extracting(ProjectRow::code).containsExactly("B-6");
        assertThat(comparison.added()).extracting(ProjectRow::code).containsExactly("B-7");

        projects.delete(added.id(), added.version());
        assertThat(projects.get(added.id())).isEmpty();
        assertThat(projects.history(added.id()).getFirst().kind()).isEqualTo(HistoryEntry.Kind.DELETED);
        assertThatThrownBy(() -> programs.delete(program.id(), withBaseline.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("program.in-use.projects"));
    }

    @Test
    void meetingsHaveUniqueNumbersAndMinutesNotBeforeTheMeeting() {
        MeetingRecord first = workingGroups.recordMeeting(group.id(), new MeetingDraft(1, LocalDate.of(1989, 5, 3),
                "Munich", Set.of(), LocalDate.of(1989, 5, 3), 2, null, null, null));
        assertThat(first.number()).isEqualTo(1);

        assertThatThrownBy(() -> workingGroups.recordMeeting(group.id(), new MeetingDraft(1, LocalDate.of(1991, 5, 3),
                "Québec", Set.of(), null, null, null, null, null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("meeting.number.taken"));
        assertThatThrownBy(() -> workingGroups.recordMeeting(group.id(), new MeetingDraft(2, LocalDate.of(1991, 5, 3),
                "Québec", Set.of(), LocalDate.of(1991, 5, 1), null, null, null, null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("meeting.minutes.before-meeting"));
        long gtqmCoChair = workingGroups.coChairs(workingGroups.find("GTQM", "", false, 0, 1).getFirst().id())
                .getFirst().id();
        assertThatThrownBy(() -> workingGroups.recordMeeting(group.id(), new MeetingDraft(2, LocalDate.of(1991, 5, 3),
                "Québec", Set.of(gtqmCoChair), null, null, null, null, null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("meeting.chair.other-group"));
        assertThat(workingGroups.meetings(group.id())).hasSize(1);
    }

    @Test
    void aReaderMayNotChangeTheRegistry() {
        assertThatThrownBy(() -> as("lecteur", "READER", () -> programs.create(new ProgramDraft(group.id(), 2017, 2019,
                null, null, ProgramStatus.DRAFT, null)))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("agent", "OFFICER", () -> workingGroups.update(group.id(), group.version(),
                new WorkingGroupDraft(group.acronym(), "x", "x", group.jurisdictionId(), null, null, null, true))))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
