package org.coopera.program;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import org.coopera.base.BusinessException;
import org.coopera.base.HistoryEntry;
import org.coopera.base.HistoryService;
import org.coopera.reference.PartnerService;
import org.coopera.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The funding of projects per fiscal year and funder, and its totals per programme. Whoever may
 * change a project may change its funding; every change sets the project's budget to the sum of its
 * approved amounts in the same transaction, so that the dashboards and reports, which read the
 * budget, follow.
 */
@Service
@Validated
public class ProjectFundingService {

    private final ProjectFundingRepository fundings;
    private final ProjectRepository projects;
    private final ProjectService projectService;
    private final PartnerService partners;
    private final HistoryService history;
    private final JdbcClient jdbc;

    ProjectFundingService(ProjectFundingRepository fundings, ProjectRepository projects,
                          ProjectService projectService, PartnerService partners, HistoryService history,
                          JdbcClient jdbc) {
        this.fundings = fundings;
        this.projects = projects;
        this.projectService = projectService;
        this.partners = partners;
        this.history = history;
        this.jdbc = jdbc;
    }

    /** A funding line with its funder's name ("Name (ACRONYM)"); the caller adds the WHERE. */
    private static final String LINE_SELECT = """
            select f.id, f.version, f.project_id, f.fiscal_year, f.funder_id,
                   coalesce(concat(o.name, ' (', o.acronym, ')'), o.name), f.approved, f.committed, f.paid
            from project_funding f join organisation o on o.id = f.funder_id
            """;

    private static FundingLine line(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new FundingLine(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getLong(5),
                rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9));
    }

    /** A project's funding lines, by fiscal year then funder (one query). */
    @PermitAll
    public List<FundingLine> lines(long projectId) {
        return jdbc.sql(LINE_SELECT + "where f.project_id = :project order by f.fiscal_year, o.name, f.id")
                .param("project", projectId)
                .query(ProjectFundingService::line)
                .list();
    }

    /**
     * A programme's funding per fiscal year, then the whole programme (the last element, whose
     * {@code fiscalYear} is null); empty when none of its projects has funding. Two aggregate queries.
     */
    @PermitAll
    public List<FundingTotal> programTotals(long programId) {
        List<FundingTotal> years = new java.util.ArrayList<>(jdbc.sql("""
                        select f.fiscal_year, count(distinct f.project_id), sum(f.approved), sum(f.committed), sum(f.paid)
                        from project_funding f join project p on p.id = f.project_id
                        where p.program_id = :program
                        group by f.fiscal_year order by f.fiscal_year""")
                .param("program", programId)
                .query((rs, n) -> new FundingTotal(rs.getInt(1), rs.getLong(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5)))
                .list());
        if (!years.isEmpty()) {
            years.add(jdbc.sql("""
                            select count(distinct f.project_id), sum(f.approved), sum(f.committed), sum(f.paid)
                            from project_funding f join project p on p.id = f.project_id
                            where p.program_id = :program""")
                    .param("program", programId)
                    .query((rs, n) -> new FundingTotal(null, rs.getLong(1), rs.getBigDecimal(2),
                            rs.getBigDecimal(3), rs.getBigDecimal(4)))
                    .single());
        }
        return years;
    }

    /** Whether the signed-in user may change this project's funding (the same rule as the project). */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean mayEdit(long projectId) {
        return projects.findById(projectId).map(p -> projectService.mayEdit(p.getProgram().getWorkingGroupId()))
                .orElse(false);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional
    public FundingLine add(long projectId, @Valid FundingDraft draft) {
        Project project = projects.findById(projectId).orElseThrow(() -> new BusinessException("record.not-found"));
        requireMayEdit(project);
        check(draft);
        if (fundings.existsByProjectIdAndFiscalYearAndFunderId(projectId, draft.fiscalYear(), draft.funderId())) {
            throw new BusinessException("funding.line.taken", FundingLine.fiscalYearLabel(draft.fiscalYear()));
        }
        var funding = new ProjectFunding(project);
        funding.update(draft);
        long id = fundings.saveAndFlush(funding).getId();
        rebudget(project);
        return line(id);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional
    public FundingLine update(long fundingId, long expectedVersion, @Valid FundingDraft draft) {
        ProjectFunding funding = load(fundingId, expectedVersion);
        Project project = funding.getProject();
        requireMayEdit(project);
        check(draft);
        if (fundings.existsByProjectIdAndFiscalYearAndFunderIdAndIdNot(project.getId(), draft.fiscalYear(),
                draft.funderId(), fundingId)) {
            throw new BusinessException("funding.line.taken", FundingLine.fiscalYearLabel(draft.fiscalYear()));
        }
        funding.update(draft);
        fundings.saveAndFlush(funding);
        rebudget(project);
        return line(fundingId);
    }

    /**
     * Removes a funding line. After the project's last line is removed, its budget stays at the last
     * sum and can be typed again.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional
    public void delete(long fundingId, long expectedVersion) {
        ProjectFunding funding = load(fundingId, expectedVersion);
        Project project = funding.getProject();
        requireMayEdit(project);
        fundings.delete(funding);
        fundings.flush();
        rebudget(project);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long fundingId) {
        return history.historyOf(ProjectFunding.class, fundingId);
    }

    private void check(FundingDraft draft) {
        if (partners.organisation(draft.funderId()).isEmpty()) {
            throw new BusinessException("funding.funder.unknown");
        }
        BigDecimal committed = FundingDraft.orZero(draft.committed());
        if (committed.compareTo(draft.approved()) > 0) {
            throw new BusinessException("funding.committed.above-approved");
        }
        if (FundingDraft.orZero(draft.paid()).compareTo(committed) > 0) {
            throw new BusinessException("funding.paid.above-committed");
        }
    }

    private void rebudget(Project project) {
        long lines = fundings.countByProjectId(project.getId());
        project.fundingChanged(lines > 0, fundings.approvedTotal(project.getId()));
        projects.saveAndFlush(project);
    }

    private FundingLine line(long id) {
        return jdbc.sql(LINE_SELECT + "where f.id = :id").param("id", id).query(ProjectFundingService::line)
                .optional().orElseThrow(() -> new BusinessException("record.not-found"));
    }

    private ProjectFunding load(long id, long expectedVersion) {
        ProjectFunding funding = fundings.findById(id).orElseThrow(() -> new BusinessException("record.not-found"));
        if (funding.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ProjectFunding.class, id);
        }
        return funding;
    }

    private void requireMayEdit(Project project) {
        if (!projectService.mayEdit(project.getProgram().getWorkingGroupId())) {
            throw new AuthorizationDeniedException("Not an officer of this working group");
        }
    }
}
