package org.coopera.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coopera.IntegrationTest;
import org.coopera.base.BusinessException;
import org.coopera.base.HistoryEntry;
import org.coopera.base.files.StoredFileRef;
import org.coopera.base.files.StoredFileService;
import org.coopera.base.files.TestFiles;
import org.coopera.program.ProgramDraft;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramStatus;
import org.coopera.reference.JurisdictionKind;
import org.coopera.reference.JurisdictionRef;
import org.coopera.reference.PartnerService;
import org.coopera.reference.PersonRef;
import org.coopera.reference.ReferenceDrafts.JurisdictionDraft;
import org.coopera.reference.ReferenceDrafts.PersonDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Correcting and deleting people, jurisdictions and co-chairs: validation, stale versions, history,
 * and deletions refused while something references the record (saying what). Runs on records of
 * its own (a fresh jurisdiction and working group), never on the demo GTQM.
 */
@IntegrationTest
class RegistryCorrectionsIT {

    @Autowired
    PartnerService partners;

    @Autowired
    WorkingGroupService workingGroups;

    @Autowired
    ProgramService programs;

    @Autowired
    StoredFileService files;

    String suffix;
    JurisdictionRef jurisdiction;
    WorkingGroupSummary group;
    PersonRef person;

    private static void signIn(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    private static String key(Throwable e) {
        return ((BusinessException) e).messageKey();
    }

    private static List<Object> args(Throwable e) {
        return List.of(((BusinessException) e).arguments());
    }

    @BeforeEach
    void aWorkingGroupWithAFreshPartnerAndCoChair() {
        signIn("gestionnaire", "MANAGER");
        suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        jurisdiction = partners.createJurisdiction(new JurisdictionDraft("DE", JurisdictionKind.FEDERATED_STATE, null,
                "Land d’essai " + suffix, "Test Land " + suffix));
        group = workingGroups.create(new WorkingGroupDraft("RC" + suffix, "Groupe " + suffix, "Group " + suffix,
                jurisdiction.id(), LocalDate.of(2001, 1, 1), null, null, true));
        person = partners.createPerson(new PersonDraft("Personne " + suffix, "Directrice", null));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private CoChairRecord addCoChair(PersonRef who) {
        return workingGroups.addCoChair(group.id(), new CoChairDraft(CoChairSide.PARTNER, who.id(), "Ministre", null,
                LocalDate.of(2010, 1, 1), null));
    }

    // ---- people ---------------------------------------------------------------------------

    @Test
    void aPersonIsCorrectedAndTheChangeIsInTheHistory() {
        PersonRef saved = partners.updatePerson(person.id(), person.version(),
                new PersonDraft("  Personne corrigée " + suffix + " ", "", null));
        assertThat(saved.fullName()).isEqualTo("Personne corrigée " + suffix);
        assertThat(saved.title()).isNull();
        assertThat(saved.version()).isGreaterThan(person.version());
        List<HistoryEntry> history = partners.personHistory(person.id());
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().author()).isEqualTo("gestionnaire");
    }

    @Test
    void aBadOrStalePersonCorrectionChangesNothing() {
        assertThatThrownBy(() -> partners.updatePerson(person.id(), person.version(), new PersonDraft(" ", null, null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> partners.updatePerson(person.id(), person.version(),
                new PersonDraft("x".repeat(151), null, null))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> partners.updatePerson(person.id(), person.version(),
                new PersonDraft("Quelqu’un", null, -1L)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("record.not-found"));
        partners.updatePerson(person.id(), person.version(), new PersonDraft("Première " + suffix, null, null));
        assertThatThrownBy(() -> partners.updatePerson(person.id(), person.version(),
                new PersonDraft("Seconde " + suffix, null, null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(partners.person(person.id()).orElseThrow().fullName()).isEqualTo("Première " + suffix);
    }

    @Test
    void aCoChairIsNotDeletedAndTheWorkingGroupIsNamedAnUnusedPersonIs() {
        addCoChair(person);
        assertThatThrownBy(() -> partners.deletePerson(person.id(), person.version()))
                .satisfies(e -> {
                    assertThat(key(e)).isEqualTo("registry.person.in-use");
                    assertThat(args(e)).containsExactly(person.fullName(), group.acronym());
                });
        assertThat(partners.person(person.id())).isPresent();

        PersonRef unused = partners.createPerson(new PersonDraft("Sans rôle " + suffix, null, null));
        assertThatThrownBy(() -> partners.deletePerson(unused.id(), unused.version() + 1))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        partners.deletePerson(unused.id(), unused.version());
        assertThat(partners.person(unused.id())).isEmpty();
        assertThat(partners.personHistory(unused.id())).extracting(HistoryEntry::kind)
                .containsExactly(HistoryEntry.Kind.DELETED, HistoryEntry.Kind.CREATED);
    }

    // ---- jurisdictions --------------------------------------------------------------------

    @Test
    void aJurisdictionIsCorrectedUnderTheSameRulesAsWhenCreated() {
        JurisdictionRef saved = partners.updateJurisdiction(jurisdiction.id(), jurisdiction.version(),
                new JurisdictionDraft("DE", JurisdictionKind.FEDERATED_STATE, "DE-X" + suffix.charAt(0),
                        "Land corrigé " + suffix, "Corrected Land " + suffix));
        assertThat(saved.nameFr()).isEqualTo("Land corrigé " + suffix);
        assertThat(partners.jurisdictionHistory(jurisdiction.id())).hasSize(2);

        // another jurisdiction's name, a subdivision of another country, a second "Germany", a bad code
        JurisdictionRef other = partners.createJurisdiction(new JurisdictionDraft("DE", JurisdictionKind.FEDERATED_STATE,
                null, "Autre Land " + suffix, "Other Land " + suffix));
        assertThatThrownBy(() -> partners.updateJurisdiction(other.id(), other.version(), new JurisdictionDraft("DE",
                JurisdictionKind.FEDERATED_STATE, null, "Land corrigé " + suffix, "x")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("jurisdiction.name.exists"));
        assertThatThrownBy(() -> partners.updateJurisdiction(other.id(), other.version(), new JurisdictionDraft("DE",
                JurisdictionKind.FEDERATED_STATE, "MX-JAL", "Autre Land " + suffix, "x")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("jurisdiction.subdivision.other-country"));
        if (partners.findJurisdictions("", org.springframework.data.domain.PageRequest.of(0, 500)).stream()
                .anyMatch(j -> j.countryCode().equals("DE") && j.kind() == JurisdictionKind.COUNTRY)) {
            assertThatThrownBy(() -> partners.updateJurisdiction(other.id(), other.version(), new JurisdictionDraft(
                    "DE", JurisdictionKind.COUNTRY, null, "Autre Land " + suffix, "x")))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("jurisdiction.country.exists"));
        }
        assertThatThrownBy(() -> partners.updateJurisdiction(other.id(), other.version(), new JurisdictionDraft("DE",
                JurisdictionKind.FEDERATED_STATE, "bavière", "Autre Land " + suffix, "x")))
                .isInstanceOf(ConstraintViolationException.class);
        // the jurisdiction keeps its own name: no refusal against itself
        partners.updateJurisdiction(other.id(), other.version(), new JurisdictionDraft("DE",
                JurisdictionKind.FEDERATED_STATE, null, "Autre Land " + suffix, "Other Land, corrected"));
        assertThatThrownBy(() -> partners.updateJurisdiction(other.id(), other.version(), new JurisdictionDraft("DE",
                JurisdictionKind.FEDERATED_STATE, null, "Autre Land " + suffix, "Stale")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(partners.jurisdiction(other.id()).orElseThrow().nameEn()).isEqualTo("Other Land, corrected");
    }

    @Test
    void aWorkingGroupsPartnerIsNotDeletedAnUnusedJurisdictionIs() {
        assertThatThrownBy(() -> partners.deleteJurisdiction(jurisdiction.id(), jurisdiction.version()))
                .satisfies(e -> {
                    assertThat(key(e)).isEqualTo("registry.jurisdiction.in-use");
                    assertThat(args(e)).containsExactly(jurisdiction.nameFr(), group.acronym());
                });
        JurisdictionRef unused = partners.createJurisdiction(new JurisdictionDraft("DE",
                JurisdictionKind.FEDERATED_STATE, null, "Land inutile " + suffix, "Unused Land " + suffix));
        partners.deleteJurisdiction(unused.id(), unused.version());
        assertThat(partners.jurisdiction(unused.id())).isEmpty();
        assertThat(partners.jurisdictionHistory(unused.id()).getFirst().kind()).isEqualTo(HistoryEntry.Kind.DELETED);
    }

    @Test
    void readersMayNotCorrectOrDeleteReferenceData() {
        signIn("lecteur", "READER");
        assertThatThrownBy(() -> partners.updatePerson(person.id(), person.version(), new PersonDraft("x", null, null)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> partners.deleteJurisdiction(jurisdiction.id(), jurisdiction.version()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> workingGroups.removeCoChair(1L, 0L)).isInstanceOf(AuthorizationDeniedException.class);
    }

    // ---- co-chairs ------------------------------------------------------------------------

    @Test
    void aCoChairIsCorrectedAndAStaleOrBadCorrectionIsRefused() {
        CoChairRecord chair = addCoChair(person);
        assertThat(chair.personName()).isEqualTo(person.fullName());
        CoChairRecord saved = workingGroups.updateCoChair(chair.id(), chair.version(), new CoChairDraft(
                CoChairSide.QUEBEC, person.id(), "  Sous-ministre ", null, LocalDate.of(2010, 1, 1),
                LocalDate.of(2014, 12, 31)));
        assertThat(saved.side()).isEqualTo(CoChairSide.QUEBEC);
        assertThat(saved.title()).isEqualTo("Sous-ministre");
        assertThat(saved.toDate()).isEqualTo(LocalDate.of(2014, 12, 31));

        assertThatThrownBy(() -> workingGroups.updateCoChair(chair.id(), saved.version(), new CoChairDraft(
                CoChairSide.QUEBEC, person.id(), null, null, LocalDate.of(2014, 1, 1), LocalDate.of(2013, 1, 1))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("validation.dates.order"));
        assertThatThrownBy(() -> workingGroups.updateCoChair(chair.id(), saved.version(), new CoChairDraft(
                null, person.id(), null, null, null, null))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> workingGroups.updateCoChair(chair.id(), saved.version(), new CoChairDraft(
                CoChairSide.QUEBEC, -1L, null, null, null, null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("record.not-found"));
        assertThatThrownBy(() -> workingGroups.updateCoChair(chair.id(), chair.version(), new CoChairDraft(
                CoChairSide.PARTNER, person.id(), "Stale", null, null, null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(workingGroups.coChairs(group.id())).singleElement()
                .satisfies(c -> assertThat(c.title()).isEqualTo("Sous-ministre"));
        assertThat(workingGroups.coChairHistory(chair.id())).hasSize(2);
    }

    @Test
    void aCoChairWhoChairedAMeetingIsNotRemovedAnotherIsWithHistory() {
        CoChairRecord chaired = addCoChair(person);
        PersonRef second = partners.createPerson(new PersonDraft("Seconde " + suffix, null, null));
        CoChairRecord mistake = addCoChair(second);
        workingGroups.recordMeeting(group.id(), new MeetingDraft(3, LocalDate.of(2012, 5, 3), "Munich",
                Set.of(chaired.id()), null, null, null, null, null));

        assertThatThrownBy(() -> workingGroups.removeCoChair(chaired.id(), chaired.version()))
                .satisfies(e -> {
                    assertThat(key(e)).isEqualTo("registry.co-chair.in-use");
                    assertThat(args(e)).containsExactly(person.fullName(), "3");
                });
        assertThatThrownBy(() -> workingGroups.removeCoChair(mistake.id(), mistake.version() + 1))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        workingGroups.removeCoChair(mistake.id(), mistake.version());

        assertThat(workingGroups.coChairs(group.id())).extracting(CoChairRecord::id).containsExactly(chaired.id());
        assertThat(workingGroups.coChairHistory(mistake.id())).extracting(HistoryEntry::kind)
                .containsExactly(HistoryEntry.Kind.DELETED, HistoryEntry.Kind.CREATED);
        // the person is no longer referenced by the removed co-chair: deletable
        partners.deletePerson(second.id(), second.version());
    }

    @Test
    void aProgrammeIsAdoptedOnlyAtAMeetingOfItsOwnWorkingGroup() {
        MeetingRecord meeting = workingGroups.recordMeeting(group.id(), new MeetingDraft(1, LocalDate.of(2014, 5, 3),
                "Munich", Set.of(), null, null, null, null, null));
        assertThat(workingGroups.isMeetingOf(group.id(), meeting.id())).isTrue();
        long gtqm = workingGroups.find("GTQM", "", false, 0, 1).getFirst().id();
        long gtqmMeeting = workingGroups.meetings(gtqm).getFirst().id();
        assertThat(workingGroups.isMeetingOf(group.id(), gtqmMeeting)).isFalse();
        assertThatThrownBy(() -> programs.create(new ProgramDraft(group.id(), 2015, 2017, gtqmMeeting, null,
                ProgramStatus.DRAFT, null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("program.meeting.other-group"));
        assertThat(programs.create(new ProgramDraft(group.id(), 2015, 2017, meeting.id(), null, ProgramStatus.DRAFT,
                null)).adoptedAtMeetingId()).isEqualTo(meeting.id());
    }

    // ---- signed minutes file ---------------------------------------------------------------

    @Test
    void signedMinutesAreAttachedReplacedAndRemovedWithHistoryAndBadFilesAreRefused() {
        MeetingRecord meeting = workingGroups.recordMeeting(group.id(), new MeetingDraft(5, LocalDate.of(2014, 5, 3),
                "Munich", Set.of(), LocalDate.of(2014, 5, 3), null, null, null, null));
        assertThat(meeting.minutesFile()).isNull();
        assertThatThrownBy(() -> workingGroups.minutes(meeting.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("registry.minutes.none"));

        // a program renamed .pdf: refused from its content, nothing attached
        assertThatThrownBy(() -> workingGroups.attachMinutes(meeting.id(), meeting.version(), "pv.pdf",
                TestFiles.windowsProgram()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("files.type-refused.DOCUMENT"));
        assertThatThrownBy(() -> workingGroups.attachMinutes(meeting.id(), meeting.version(), "vide.pdf", new byte[0]))
                .satisfies(e -> assertThat(key(e)).isEqualTo("files.empty"));
        assertThat(workingGroups.meetings(group.id()).getFirst().minutesFile()).isNull();

        MeetingRecord attached = workingGroups.attachMinutes(meeting.id(), meeting.version(), "pv-5.docx",
                TestFiles.docx());
        StoredFileRef first = attached.minutesFile();
        assertThat(first.name()).isEqualTo("pv-5.docx");
        assertThat(workingGroups.minutes(meeting.id()).bytes()).isEqualTo(TestFiles.docx());
        assertThat(workingGroups.meetings(group.id()).getFirst().minutesFile()).isEqualTo(first);

        // a stale replacement is refused; the current one replaces and deletes the old file
        assertThatThrownBy(() -> workingGroups.attachMinutes(meeting.id(), meeting.version(), "autre.pdf",
                TestFiles.pdf())).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        MeetingRecord replaced = workingGroups.attachMinutes(meeting.id(), attached.version(), "pv-5-signé.pdf",
                TestFiles.pdf());
        assertThat(replaced.minutesFile().name()).isEqualTo("pv-5-signé.pdf");
        assertThat(replaced.minutesFile().mediaType()).isEqualTo("application/pdf");
        assertThat(files.find(first.id())).isEmpty();
        assertThat(workingGroups.minutes(meeting.id()).bytes()).isEqualTo(TestFiles.pdf());

        // readers download but do not change
        signIn("lecteur", "READER");
        assertThat(workingGroups.minutes(meeting.id()).ref().name()).isEqualTo("pv-5-signé.pdf");
        assertThatThrownBy(() -> workingGroups.removeMinutes(meeting.id(), replaced.version()))
                .isInstanceOf(AuthorizationDeniedException.class);
        signIn("gestionnaire", "MANAGER");

        MeetingRecord removed = workingGroups.removeMinutes(meeting.id(), replaced.version());
        assertThat(removed.minutesFile()).isNull();
        assertThat(files.find(replaced.minutesFile().id())).isEmpty();
        assertThatThrownBy(() -> workingGroups.removeMinutes(meeting.id(), removed.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("registry.minutes.none"));
        List<HistoryEntry> history = workingGroups.meetingHistory(meeting.id());
        assertThat(history).hasSize(4);
        assertThat(history.getFirst().changes()).singleElement()
                .satisfies(c -> assertThat(c.field()).isEqualTo("minutesFileId"));
    }
}
