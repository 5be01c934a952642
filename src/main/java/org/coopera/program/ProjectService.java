package org.coopera.program;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.coopera.base.BusinessException;
import org.coopera.base.HistoryEntry;
import org.coopera.base.HistoryService;
import org.coopera.reference.PartnerService;
import org.coopera.reference.QuebecRegionService;
import org.coopera.reference.SectorService;
import org.coopera.security.Roles;
import org.coopera.workinggroup.WorkingGroupService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Projects of the programmes: paged, filtered lists and the record itself. Managers and
 * administrators edit every project; programme officers edit the projects of the working groups
 * they are assigned to; readers read.
 */
@Service
@Validated
public class ProjectService {

    /** The longest page a caller may ask for. */
    public static final int MAX_PAGE = 500;

    private final ProjectRepository projects;
    private final ProgramRepository programs;
    private final ProgramQueries queries;
    private final SectorService sectors;
    private final PartnerService partners;
    private final WorkingGroupService workingGroups;
    private final HistoryService history;
    private final ProjectDetailQueries details;
    private final QuebecRegionService regions;

    ProjectService(ProjectRepository projects, ProgramRepository programs, ProgramQueries queries,
                   SectorService sectors, PartnerService partners, WorkingGroupService workingGroups,
                   HistoryService history, ProjectDetailQueries details, QuebecRegionService regions) {
        this.projects = projects;
        this.programs = programs;
        this.queries = queries;
        this.sectors = sectors;
        this.partners = partners;
        this.workingGroups = workingGroups;
        this.history = history;
        this.details = details;
        this.regions = regions;
    }

    /**
     * One page of projects. {@code sort} is one of {@link ProgramQueries#PROJECT_SORTS}'s keys
     * (code, title, period, sector, status, health, workingGroup); anything else sorts by code.
     */
    @PermitAll
    // one SQL statement, no transaction: read-only projection
    public List<ProjectRow> find(ProjectFilter filter, String sort, boolean ascending, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new BusinessException("paging.invalid", MAX_PAGE);
        }
        return queries.projects(filter, sort, ascending, offset, limit);
    }

    @PermitAll
    // one SQL statement, no transaction: read-only projection
    public long count(ProjectFilter filter) {
        return queries.countProjects(filter);
    }

    @PermitAll
    // one SQL statement, no transaction: read-only projection
    public Optional<ProjectRow> get(long id) {
        return queries.project(id);
    }

    /** A project with its themes, description, partners and lead organisations by id (its page and editor). */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<ProjectDetail> detail(long id) {
        return details.detail(id);
    }

    /** Whether the signed-in user may change the projects of this working group. */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean mayEdit(long workingGroupId) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null) {
            return false;
        }
        if (has(user, Roles.ADMIN) || has(user, Roles.MANAGER)) {
            return true;
        }
        return has(user, Roles.OFFICER) && workingGroups.isOfficerOf(workingGroupId, user.getName());
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional
    public ProjectRow create(long programId, @Valid ProjectDraft draft) {
        Program program = programs.findById(programId).orElseThrow(() -> new BusinessException("record.not-found"));
        requireMayEdit(program.getWorkingGroupId());
        if (projects.existsByProgramIdAndCode(programId, draft.code().trim())) {
            throw new BusinessException("project.code.taken", draft.code().trim());
        }
        var project = new Project(program, draft.code().trim());
        project.update(checked(draft, program), carriedOverFrom(draft, program));
        return queries.project(projects.saveAndFlush(project).getId()).orElseThrow();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional
    public ProjectRow update(long id, long expectedVersion, @Valid ProjectDraft draft) {
        Project project = load(id, expectedVersion);
        Program program = project.getProgram();
        requireMayEdit(program.getWorkingGroupId());
        if (projects.existsByProgramIdAndCodeAndIdNot(program.getId(), draft.code().trim(), id)) {
            throw new BusinessException("project.code.taken", draft.code().trim());
        }
        if (project.hasApprovedUpdate() && (draft.status() != project.getStatus() || draft.health() != project.getHealth())) {
            throw new BusinessException("project.status.from-updates");
        }
        project.update(checked(draft, program), carriedOverFrom(draft, program));
        projects.saveAndFlush(project);
        return queries.project(id).orElseThrow();
    }

    /**
     * Deletes a project. Refused when the project is in its programme's adopted list (cancel it
     * instead, so the programme still shows it as dropped) or when a later project continues it.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public void delete(long id, long expectedVersion) {
        Project project = load(id, expectedVersion);
        if (projects.countBaselineEntries(id) > 0) {
            throw new BusinessException("project.in-use.baseline", project.getCode());
        }
        if (projects.countStatusUpdates(id) > 0) {
            throw new BusinessException("project.in-use.updates", project.getCode());
        }
        if (projects.existsByCarriedOverFromId(id)) {
            throw new BusinessException("project.in-use.carried-over", project.getCode());
        }
        projects.delete(project);
        projects.flush();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        return history.historyOf(Project.class, id);
    }

    private ProjectDraft checked(ProjectDraft draft, Program program) {
        if (draft.startDate() != null && draft.endDate() != null && draft.endDate().isBefore(draft.startDate())) {
            throw new BusinessException("validation.dates.order");
        }
        var sector = sectors.all().stream().filter(s -> s.id() == draft.sectorId()).findFirst()
                .orElseThrow(() -> new BusinessException("record.not-found"));
        if (sector.retired()) {
            throw new BusinessException("project.sector.retired", sector.code());
        }
        for (Long organisationId : new Long[] {draft.leadOrgQuebecId(), draft.leadOrgPartnerId()}) {
            if (organisationId != null && partners.organisation(organisationId).isEmpty()) {
                throw new BusinessException("record.not-found");
            }
        }
        if (draft.partnerIds() != null && draft.partnerIds().stream().anyMatch(o -> partners.organisation(o).isEmpty())) {
            throw new BusinessException("record.not-found");
        }
        return draft.withRegionCodes(regions.checkCodes(draft.regionCodes()));
    }

    private Project carriedOverFrom(ProjectDraft draft, Program program) {
        if (draft.carriedOverFromId() == null) {
            return null;
        }
        Project previous = projects.findById(draft.carriedOverFromId())
                .orElseThrow(() -> new BusinessException("record.not-found"));
        Program previousProgram = previous.getProgram();
        if (previousProgram.getWorkingGroupId() != program.getWorkingGroupId()
                || previousProgram.getStartYear() >= program.getStartYear()) {
            throw new BusinessException("project.carried-over.not-earlier");
        }
        return previous;
    }

    private void requireMayEdit(long workingGroupId) {
        if (!mayEdit(workingGroupId)) {
            throw new AuthorizationDeniedException("Not an officer of this working group");
        }
    }

    private Project load(long id, long expectedVersion) {
        Project project = projects.findById(id).orElseThrow(() -> new BusinessException("record.not-found"));
        if (project.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Project.class, id);
        }
        return project;
    }

    private static boolean has(Authentication user, String role) {
        return user.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }
}
