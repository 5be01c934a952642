package org.coopera.program;

import org.coopera.base.SearchText;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.coopera.base.BusinessException;
import org.coopera.base.HistoryEntry;
import org.coopera.base.HistoryService;
import org.coopera.security.Roles;
import org.coopera.workinggroup.WorkingGroupService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Biennial programmes: their period, the meeting that adopted them, priorities and themes, the
 * adopted list of projects (baseline) and the counts by sector.
 */
@Service
@Validated
public class ProgramService {

    private final ProgramRepository programs;
    private final ProjectRepository projects;
    private final ProgramQueries queries;
    private final WorkingGroupService workingGroups;
    private final ProgramPeriodProperties period;
    private final HistoryService history;

    ProgramService(ProgramRepository programs, ProjectRepository projects, ProgramQueries queries,
                   WorkingGroupService workingGroups, ProgramPeriodProperties period, HistoryService history) {
        this.programs = programs;
        this.projects = projects;
        this.queries = queries;
        this.workingGroups = workingGroups;
        this.period = period;
        this.history = history;
    }

    /** The programmes of a working group, newest first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<ProgramSummary> programsOf(long workingGroupId) {
        return queries.programsOf(workingGroupId);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<ProgramSummary> get(long programId) {
        return queries.program(programId);
    }

    /** How many projects the programme has per sector axis (12 research and innovation, 7 culture, 5 education). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<SectorCount> countsBySector(long programId) {
        return queries.countsBySector(programId);
    }

    /** Adopted list against current list: added, dropped (cancelled) and carried-over projects. */
    @PermitAll
    @Transactional(readOnly = true)
    public BaselineComparison comparison(long programId) {
        return queries.comparison(programId);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public ProgramSummary create(@Valid ProgramDraft draft) {
        checkRules(draft, null);
        var program = new Program(draft.workingGroupId(), draft.startYear(), draft.endYear());
        program.update(draft);
        return queries.program(programs.saveAndFlush(program).getId()).orElseThrow();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public ProgramSummary update(long id, long expectedVersion, @Valid ProgramDraft draft) {
        Program program = load(id, expectedVersion);
        if (program.getWorkingGroupId() != draft.workingGroupId()) {
            throw new BusinessException("program.working-group.fixed");
        }
        checkRules(draft, id);
        program.update(draft);
        programs.saveAndFlush(program);
        return queries.program(id).orElseThrow();
    }

    /** Records the programme's current projects as the list adopted with it. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public ProgramSummary adoptBaseline(long id, long expectedVersion) {
        Program program = load(id, expectedVersion);
        program.adoptBaseline(new HashSet<>(projects.findByProgramId(id)));
        programs.saveAndFlush(program);
        return queries.program(id).orElseThrow();
    }

    /** Deletes a programme that has no project (delete or move its projects first). */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public void delete(long id, long expectedVersion) {
        Program program = load(id, expectedVersion);
        long count = projects.countByProgramId(id);
        if (count > 0) {
            throw new BusinessException("program.in-use.projects", count);
        }
        programs.delete(program);
        programs.flush();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long programId) {
        return history.historyOf(Program.class, programId);
    }

    private void checkRules(ProgramDraft draft, Long id) {
        if (draft.endYear() - draft.startYear() != period.periodYears()) {
            throw new BusinessException("program.period.length", period.periodYears());
        }
        boolean taken = id == null
                ? programs.existsByWorkingGroupIdAndStartYear(draft.workingGroupId(), draft.startYear())
                : programs.existsByWorkingGroupIdAndStartYearAndIdNot(draft.workingGroupId(), draft.startYear(), id);
        if (taken) {
            throw new BusinessException("program.period.taken", draft.startYear() + "-" + draft.endYear());
        }
        if (workingGroups.get(draft.workingGroupId()).isEmpty()) {
            throw new BusinessException("record.not-found");
        }
        if (draft.adoptedAtMeetingId() != null
                && !workingGroups.isMeetingOf(draft.workingGroupId(), draft.adoptedAtMeetingId())) {
            throw new BusinessException("program.meeting.other-group");
        }
    }

    private Program load(long id, long expectedVersion) {
        Program program = programs.findById(id).orElseThrow(() -> new BusinessException("record.not-found"));
        if (program.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Program.class, id);
        }
        return program;
    }

    // ---- all programmes, paged (programme list screen) -------------------------------------

    /**
     * A page of the programmes of every working group, newest period first. {@code workingGroupFilter}
     * is part of the working group's acronym or name (blank: any); {@code status} null means any.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<ProgramSummary> find(String workingGroupFilter, ProgramStatus status, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > ProjectService.MAX_PAGE) {
            throw new BusinessException("paging.invalid", ProjectService.MAX_PAGE);
        }
        return queries.findPrograms(SearchText.of(workingGroupFilter).value(), status, offset, limit);
    }

    /** How many programmes {@link #find} would list over all pages. */
    @PermitAll
    @Transactional(readOnly = true)
    public long count(String workingGroupFilter, ProgramStatus status) {
        return queries.countPrograms(SearchText.of(workingGroupFilter).value(), status);
    }
}
