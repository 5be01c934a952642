package org.coopera.workinggroup;

import org.coopera.base.SearchText;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopera.base.BusinessException;
import org.coopera.base.HistoryEntry;
import org.coopera.base.HistoryService;
import org.coopera.base.files.FileContent;
import org.coopera.base.files.FileKind;
import org.coopera.base.files.StoredFileRef;
import org.coopera.base.files.StoredFileService;
import org.coopera.reference.PartnerService;
import org.coopera.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Working groups, their co-chairs and their meetings. Everyone reads them; managers and
 * administrators record and correct them.
 */
@Service
@Validated
public class WorkingGroupService {

    private final WorkingGroupRepository workingGroups;
    private final CoChairRepository coChairs;
    private final MeetingRepository meetings;
    private final WorkingGroupQueries queries;
    private final PartnerService partners;
    private final HistoryService history;
    private final StoredFileService files;

    WorkingGroupService(WorkingGroupRepository workingGroups, CoChairRepository coChairs, MeetingRepository meetings,
                        WorkingGroupQueries queries, PartnerService partners, HistoryService history,
                        StoredFileService files) {
        this.files = files;
        this.workingGroups = workingGroups;
        this.coChairs = coChairs;
        this.meetings = meetings;
        this.queries = queries;
        this.partners = partners;
        this.history = history;
    }

    /** A page of working groups matching the text (acronym or name) and, if given, the partner's country. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<WorkingGroupSummary> find(String filter, String countryCode, boolean activeOnly, int offset, int limit) {
        return queries.find(trim(SearchText.check(filter)), trim(countryCode), activeOnly, offset, limit);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long count(String filter, String countryCode, boolean activeOnly) {
        return queries.count(trim(SearchText.check(filter)), trim(countryCode), activeOnly);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<WorkingGroupSummary> get(long id) {
        return queries.byId(id);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public WorkingGroupSummary create(@Valid WorkingGroupDraft draft) {
        String acronym = draft.acronym().trim().toUpperCase();
        if (workingGroups.existsByAcronym(acronym)) {
            throw new BusinessException("working-group.acronym.taken", acronym);
        }
        checkJurisdiction(draft.jurisdictionId());
        var group = new WorkingGroup(acronym, draft.nameFr().trim(), draft.nameEn().trim(), draft.jurisdictionId());
        group.update(draft);
        return queries.byId(workingGroups.saveAndFlush(group).getId()).orElseThrow();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public WorkingGroupSummary update(long id, long expectedVersion, @Valid WorkingGroupDraft draft) {
        WorkingGroup group = load(id, expectedVersion);
        String acronym = draft.acronym().trim().toUpperCase();
        if (workingGroups.existsByAcronymAndIdNot(acronym, id)) {
            throw new BusinessException("working-group.acronym.taken", acronym);
        }
        checkJurisdiction(draft.jurisdictionId());
        group.update(draft);
        workingGroups.saveAndFlush(group);
        return queries.byId(id).orElseThrow();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<CoChairRecord> coChairs(long workingGroupId) {
        return queries.coChairs(workingGroupId);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<CoChairRecord> coChair(long coChairId) {
        return queries.coChair(coChairId);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public CoChairRecord addCoChair(long workingGroupId, @Valid CoChairDraft draft) {
        WorkingGroup group = workingGroups.findById(workingGroupId)
                .orElseThrow(() -> new BusinessException("record.not-found"));
        checkCoChair(draft);
        CoChair saved = coChairs.saveAndFlush(new CoChair(group, draft.side(), draft.personId(), trimToNull(draft.title()),
                draft.organisationId(), draft.fromDate(), draft.toDate()));
        return queries.coChair(saved.getId()).orElseThrow();
    }

    /** Corrects a co-chair (side, person, title, organisation, term); refused when saved by someone else meanwhile. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public CoChairRecord updateCoChair(long coChairId, long expectedVersion, @Valid CoChairDraft draft) {
        CoChair coChair = loadCoChair(coChairId, expectedVersion);
        checkCoChair(draft);
        coChair.update(draft.side(), draft.personId(), trimToNull(draft.title()), draft.organisationId(),
                draft.fromDate(), draft.toDate());
        coChairs.saveAndFlush(coChair);
        return queries.coChair(coChairId).orElseThrow();
    }

    /**
     * Removes a co-chair recorded by mistake. A co-chair who chaired a recorded meeting is part of
     * that meeting's record: removal is refused, naming the meetings (end the term instead).
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public void removeCoChair(long coChairId, long expectedVersion) {
        CoChair coChair = loadCoChair(coChairId, expectedVersion);
        List<Integer> chaired = queries.meetingsChairedBy(coChairId);
        if (!chaired.isEmpty()) {
            String name = queries.coChair(coChairId).map(CoChairRecord::personName).orElse(coChair.label());
            throw new BusinessException("registry.co-chair.in-use", name,
                    chaired.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        coChairs.delete(coChair);
        coChairs.flush();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<HistoryEntry> coChairHistory(long coChairId) {
        return history.historyOf(CoChair.class, coChairId);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<MeetingRecord> meetings(long workingGroupId) {
        return queries.meetings(workingGroupId);
    }

    /** Records a meeting; its number is unique in the working group, its chairs are the group's co-chairs. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public MeetingRecord recordMeeting(long workingGroupId, @Valid MeetingDraft draft) {
        WorkingGroup group = workingGroups.findById(workingGroupId)
                .orElseThrow(() -> new BusinessException("record.not-found"));
        if (meetings.existsByWorkingGroupIdAndNumber(workingGroupId, draft.number())) {
            throw new BusinessException("meeting.number.taken", draft.number());
        }
        var meeting = new Meeting(group, draft.number(), draft.date());
        meeting.update(checked(group, draft), chairs(workingGroupId, draft.chairIds()));
        long id = meetings.saveAndFlush(meeting).getId();
        return meeting(id);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public MeetingRecord updateMeeting(long meetingId, long expectedVersion, @Valid MeetingDraft draft) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new BusinessException("record.not-found"));
        if (meeting.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Meeting.class, meetingId);
        }
        long groupId = meeting.getWorkingGroup().getId();
        if (meetings.existsByWorkingGroupIdAndNumberAndIdNot(groupId, draft.number(), meetingId)) {
            throw new BusinessException("meeting.number.taken", draft.number());
        }
        meeting.update(checked(meeting.getWorkingGroup(), draft), chairs(groupId, draft.chairIds()));
        meetings.saveAndFlush(meeting);
        return meeting(meetingId);
    }

    /**
     * Attaches the signed minutes (a document: PDF, Word, spreadsheet or image) to a meeting, or
     * replaces the file attached; the replaced file is deleted. The file's type is checked from its
     * content; refused when someone else changed the meeting since {@code expectedVersion}.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public MeetingRecord attachMinutes(long meetingId, long expectedVersion, String fileName, byte[] content) {
        Meeting meeting = loadMeeting(meetingId, expectedVersion);
        Long previous = meeting.getMinutesFileId();
        StoredFileRef stored = files.store(fileName, content, FileKind.DOCUMENT);
        meeting.setMinutesFileId(stored.id());
        meetings.saveAndFlush(meeting);
        if (previous != null) {
            files.delete(previous);
        }
        return meeting(meetingId);
    }

    /** Removes (and deletes) the signed-minutes file of a meeting; the change is in the meeting's history. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public MeetingRecord removeMinutes(long meetingId, long expectedVersion) {
        Meeting meeting = loadMeeting(meetingId, expectedVersion);
        Long previous = meeting.getMinutesFileId();
        if (previous == null) {
            throw new BusinessException("registry.minutes.none");
        }
        meeting.setMinutesFileId(null);
        meetings.saveAndFlush(meeting);
        files.delete(previous);
        return meeting(meetingId);
    }

    /** The signed-minutes file of a meeting, for download (everyone who reads the registry may). */
    @PermitAll
    @Transactional(readOnly = true)
    public FileContent minutes(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new BusinessException("record.not-found"));
        Long fileId = meeting.getMinutesFileId();
        if (fileId == null) {
            throw new BusinessException("registry.minutes.none");
        }
        return files.load(fileId);
    }

    /** The programme officers assigned to a working group (they edit its projects). */
    @PermitAll
    @Transactional(readOnly = true)
    public Set<String> officers(long workingGroupId) {
        return workingGroups.findById(workingGroupId).map(WorkingGroup::getOfficers).orElse(Set.of());
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public void assignOfficers(long workingGroupId, Set<String> usernames) {
        WorkingGroup group = workingGroups.findById(workingGroupId)
                .orElseThrow(() -> new BusinessException("record.not-found"));
        group.setOfficers(usernames);
        workingGroups.saveAndFlush(group);
    }

    /** Whether this user is one of the working group's programme officers. */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean isOfficerOf(long workingGroupId, String username) {
        return officers(workingGroupId).contains(username);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long workingGroupId) {
        return history.historyOf(WorkingGroup.class, workingGroupId);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<HistoryEntry> meetingHistory(long meetingId) {
        return history.historyOf(Meeting.class, meetingId);
    }

    /** One meeting by its id (for features that refer to meetings, such as policy measures). */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<MeetingRecord> findMeeting(long meetingId) {
        return queries.meeting(meetingId);
    }

    /** Whether the meeting is one of the working group's (an exists query). */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean isMeetingOf(long workingGroupId, long meetingId) {
        return meetings.existsByIdAndWorkingGroupId(meetingId, workingGroupId);
    }

    private MeetingRecord meeting(long meetingId) {
        return queries.meeting(meetingId).orElseThrow();
    }

    private void checkCoChair(CoChairDraft draft) {
        if (draft.fromDate() != null && draft.toDate() != null && draft.toDate().isBefore(draft.fromDate())) {
            throw new BusinessException("validation.dates.order");
        }
        if (partners.person(draft.personId()).isEmpty()
                || (draft.organisationId() != null && partners.organisation(draft.organisationId()).isEmpty())) {
            throw new BusinessException("record.not-found");
        }
    }

    private Meeting loadMeeting(long id, long expectedVersion) {
        Meeting meeting = meetings.findById(id).orElseThrow(() -> new BusinessException("record.not-found"));
        if (meeting.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Meeting.class, id);
        }
        return meeting;
    }

    private CoChair loadCoChair(long id, long expectedVersion) {
        CoChair coChair = coChairs.findById(id).orElseThrow(() -> new BusinessException("record.not-found"));
        if (coChair.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(CoChair.class, id);
        }
        return coChair;
    }

    private static MeetingDraft checked(WorkingGroup group, MeetingDraft draft) {
        if (draft.minutesSignedOn() != null && draft.minutesSignedOn().isBefore(draft.date())) {
            throw new BusinessException("meeting.minutes.before-meeting");
        }
        return draft;
    }

    private Set<CoChair> chairs(long workingGroupId, Set<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return Set.of();
        }
        List<CoChair> found = coChairs.findByWorkingGroupIdAndIdIn(workingGroupId, ids);
        if (found.size() != ids.size()) {
            throw new BusinessException("meeting.chair.other-group");
        }
        return new HashSet<>(found);
    }

    private void checkJurisdiction(long jurisdictionId) {
        if (partners.jurisdiction(jurisdictionId).isEmpty()) {
            throw new BusinessException("record.not-found");
        }
    }

    private WorkingGroup load(long id, long expectedVersion) {
        WorkingGroup group = workingGroups.findById(id).orElseThrow(() -> new BusinessException("record.not-found"));
        if (group.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(WorkingGroup.class, id);
        }
        return group;
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
