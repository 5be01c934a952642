package org.coopera.program;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coopera.base.BusinessException;
import org.coopera.reference.PartnerService;
import org.coopera.reference.QuebecRegionService;
import org.coopera.reference.SectorRef;
import org.coopera.reference.SectorService;
import org.coopera.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Many projects at once (spreadsheet import): read the projects a file names in a few statements,
 * and create or change thousands of them in one transaction with the rules of
 * {@link ProjectService#create} and {@link ProjectService#update} (permissions per working group,
 * validation, unique code per programme, dates in order, sector in use, known organisations,
 * status and health left to approved updates, optimistic locking). Each project keeps its history
 * (Envers).
 */
@Service
@Validated
public class ProjectBatchService {

    private final ProjectRepository projects;
    private final ProgramRepository programs;
    private final ProjectService projectService;
    private final ProjectBatchQueries queries;
    private final SectorService sectors;
    private final PartnerService partners;
    private final QuebecRegionService regions;

    ProjectBatchService(ProjectRepository projects, ProgramRepository programs, ProjectService projectService,
                        ProjectBatchQueries queries, SectorService sectors, PartnerService partners,
                        QuebecRegionService regions) {
        this.regions = regions;
        this.projects = projects;
        this.programs = programs;
        this.projectService = projectService;
        this.queries = queries;
        this.sectors = sectors;
        this.partners = partners;
    }

    /**
     * Every project of a filtered list, in code order, handed over a page at a time (exports of any
     * length: each page is one statement that starts after the last row of the previous one).
     */
    @PermitAll
    public void forEachPage(ProjectFilter filter, int pageSize, java.util.function.Consumer<List<ProjectRow>> page) {
        if (pageSize < 1 || pageSize > 5000) {
            throw new BusinessException("paging.invalid", 5000);
        }
        String afterCode = null;
        long afterId = 0;
        while (true) {
            List<ProjectRow> rows = queries.after(filter, afterCode, afterId, pageSize);
            if (rows.isEmpty()) {
                return;
            }
            page.accept(rows);
            if (rows.size() < pageSize) {
                return;
            }
            afterCode = rows.getLast().code();
            afterId = rows.getLast().id();
        }
    }

    /**
     * The Québec regions of these projects as exports write them ("03 Capitale-Nationale; 06 Montréal",
     * which the import reads back), by project id; projects without regions are left out.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Map<Long, String> regionLabels(Collection<Long> projectIds, java.util.Locale locale) {
        Map<Long, String> labels = new java.util.HashMap<>();
        queries.regionCodes(projectIds).forEach((id, codes) -> labels.put(id, codes.stream()
                .map(code -> regions.byCode(code).map(r -> r.label(locale)).orElse(code))
                .collect(java.util.stream.Collectors.joining("; "))));
        return labels;
    }

    /** The programme a spreadsheet names by its working group's acronym and its first year ("GTQM", 2013). */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Long> programId(String workingGroupAcronym, int startYear) {
        return queries.programId(workingGroupAcronym, startYear);
    }

    /** The projects of a programme with these codes (three statements, whatever their number). */
    @PermitAll
    @Transactional(readOnly = true)
    public Map<String, ProjectSnapshot> byCodes(long programId, Collection<String> codes) {
        return queries.byCodes(programId, codes);
    }

    /**
     * Creates and changes the projects in one transaction (joined when the caller has one): one
     * refused change (rule, permission, or a project saved by someone else since
     * {@code expectedVersion}) and none is written.
     *
     * @return the ids of the projects, in the order of the changes
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional
    public List<Long> apply(List<@Valid ProjectChange> changes) {
        Map<Long, Program> programById = programs.findAllById(
                        changes.stream().map(ProjectChange::programId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Program::getId, Function.identity()));
        Map<Long, Boolean> mayEdit = new HashMap<>();
        Map<Long, Project> existing = projects.findAllById(changes.stream().map(ProjectChange::projectId)
                        .filter(java.util.Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(Project::getId, Function.identity()));
        Map<Long, Map<String, Long>> codesByProgram = queries.codes(programById.keySet());
        Map<Long, SectorRef> sectorById = sectors.all().stream()
                .collect(Collectors.toMap(SectorRef::id, Function.identity()));
        Set<Long> knownOrganisations = new HashSet<>();
        Set<String> seenCodes = new HashSet<>();

        List<Project> toSave = new ArrayList<>(changes.size());
        for (ProjectChange change : changes) {
            Program program = programById.get(change.programId());
            if (program == null) {
                throw new BusinessException("record.not-found");
            }
            if (!mayEdit.computeIfAbsent(program.getWorkingGroupId(), projectService::mayEdit)) {
                throw new AuthorizationDeniedException("Not an officer of this working group");
            }
            ProjectDraft draft = change.draft();
            String code = draft.code().trim();
            if (!seenCodes.add(program.getId() + "/" + code)) {
                throw new BusinessException("project.code.taken", code);
            }
            Long holder = codesByProgram.getOrDefault(program.getId(), Map.of()).get(code);
            Project project;
            if (change.projectId() == null) {
                if (holder != null) {
                    throw new BusinessException("project.code.taken", code);
                }
                project = new Project(program, code);
            } else {
                project = existing.get(change.projectId());
                if (project == null) {
                    throw new BusinessException("record.not-found");
                }
                if (project.getVersion() != change.expectedVersion()) {
                    throw new ObjectOptimisticLockingFailureException(Project.class, change.projectId());
                }
                if (!project.getProgram().getId().equals(program.getId())) {
                    throw new BusinessException("record.not-found");
                }
                if (holder != null && !holder.equals(project.getId())) {
                    throw new BusinessException("project.code.taken", code);
                }
                if (project.hasApprovedUpdate()
                        && (draft.status() != project.getStatus() || draft.health() != project.getHealth())) {
                    throw new BusinessException("project.status.from-updates");
                }
            }
            check(draft, sectorById, knownOrganisations);
            project.update(draft, change.projectId() == null ? null : project.getCarriedOverFrom());
            toSave.add(project);
        }
        List<Long> ids = new ArrayList<>(toSave.size());
        for (Project project : toSave) {
            ids.add(project.getId() == null ? projects.save(project).getId() : project.getId());
        }
        projects.flush();
        return ids;
    }

    /** The checks of {@link ProjectService} that need the database, with sectors and organisations read once. */
    private void check(ProjectDraft draft, Map<Long, SectorRef> sectorById, Set<Long> knownOrganisations) {
        regions.checkCodes(draft.regionCodes());  // in memory: the 17 regions are read once
        if (draft.startDate() != null && draft.endDate() != null && draft.endDate().isBefore(draft.startDate())) {
            throw new BusinessException("validation.dates.order");
        }
        SectorRef sector = sectorById.get(draft.sectorId());
        if (sector == null) {
            throw new BusinessException("record.not-found");
        }
        if (sector.retired()) {
            throw new BusinessException("project.sector.retired", sector.code());
        }
        List<Long> organisations = new ArrayList<>();
        organisations.add(draft.leadOrgQuebecId());
        organisations.add(draft.leadOrgPartnerId());
        if (draft.partnerIds() != null) {
            organisations.addAll(draft.partnerIds());
        }
        for (Long id : organisations) {
            if (id != null && !knownOrganisations.contains(id)) {
                if (partners.organisation(id).isEmpty()) {
                    throw new BusinessException("record.not-found");
                }
                knownOrganisations.add(id);
            }
        }
    }
}
