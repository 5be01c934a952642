package org.coopera.report;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.coopera.base.BusinessException;
import org.coopera.base.files.FileContent;
import org.coopera.base.files.StoredFileService;
import org.coopera.policy.ActionPlanRecord;
import org.coopera.policy.PolicyRecord;
import org.coopera.policy.PolicyService;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramSummary;
import org.coopera.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Report generation off the UI thread and the archive of generated reports. A request checks its
 * parameters (nothing is archived when they are wrong), archives one job per format and starts it
 * once the request is committed; the user follows the progress and finds the document later in the
 * archive. Officers see their own reports; managers and administrators see everyone's.
 */
@Service
public class GeneratedReportService {

    /** The largest page of the archive a caller may ask for. */
    public static final int MAX_PAGE = 200;

    private final GeneratedReportQueries archive;
    private final ReportJobs jobs;
    private final ReportService reports;
    private final ProgramService programs;
    private final PolicyService policies;
    private final StoredFileService files;
    private final Clock clock;

    GeneratedReportService(GeneratedReportQueries archive, ReportJobs jobs, ReportService reports, ProgramService programs,
                           PolicyService policies, StoredFileService files, Clock clock) {
        this.archive = archive;
        this.jobs = jobs;
        this.reports = reports;
        this.programs = programs;
        this.policies = policies;
        this.files = files;
        this.clock = clock;
    }

    /**
     * Archives and starts the generation of the report asked for, one job per format.
     *
     * @return the ids of the archived jobs, in format order (PDF first)
     * @throws BusinessException report.request.kind, report.program.unknown, report.plan.unknown,
     *                           report.plan.year-outside, report.request.language, report.request.format
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional
    public List<Long> request(ReportRequest request) {
        if (request == null || request.kind() == null) {
            throw new BusinessException("report.request.kind");
        }
        String label = switch (request.kind()) {
            case PROGRAM -> programLabel(request.programId());
            case ACTION_PLAN -> planLabel(request.actionPlanId(), request.reportingYear());
        };
        if (!"fr".equals(request.language()) && !"en".equals(request.language())) {
            throw new BusinessException("report.request.language");
        }
        if (request.formats() == null || request.formats().isEmpty()) {
            throw new BusinessException("report.request.format");
        }
        String user = currentUser();
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> ids = new ArrayList<>();
        for (ReportFormat format : EnumSet.copyOf(request.formats())) {
            ids.add(archive.insert(request.kind(), request.kind() == ReportKind.PROGRAM ? request.programId() : null,
                    request.kind() == ReportKind.ACTION_PLAN ? request.actionPlanId() : null,
                    request.kind() == ReportKind.ACTION_PLAN ? request.reportingYear() : null, label,
                    request.language(), format, user, now, jobs.node()));
        }
        SecurityContext requester = SecurityContextHolder.createEmptyContext();
        requester.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        Runnable start = () -> ids.forEach(id -> jobs.submit(id, requester));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    start.run();
                }
            });
        } else {
            start.run();
        }
        return List.copyOf(ids);
    }

    /**
     * The biennial progress report of a programme, generated now for a caller who waits for it (the
     * API), on the same bounded pool as the archived jobs; nothing is archived.
     *
     * @throws ReportQueueFullException at once when the pool's queue is full
     * @throws BusinessException {@code report.program.unknown} if there is no such programme
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    public byte[] programReportNow(long programId, ReportFormat format, Locale locale) {
        return jobs.runNow(() -> format == ReportFormat.PDF ? reports.programReportPdf(programId, locale)
                : reports.programReportDocx(programId, locale));
    }

    /** A page of the archive the caller may see (own reports; managers and administrators: all), newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional(readOnly = true)
    public List<GeneratedReport> reports(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new BusinessException("paging.invalid", MAX_PAGE);
        }
        return archive.page(ownerFilter(), offset, limit);
    }

    /** How many archived reports {@link #reports} lists over all pages. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional(readOnly = true)
    public long count() {
        return archive.count(ownerFilter());
    }

    /** Whether a report the caller sees is still queued or being generated (the view then refreshes itself). */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional(readOnly = true)
    public boolean anyUnfinished() {
        return archive.anyUnfinished(ownerFilter());
    }

    /** An archived report, if the caller may see it. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional(readOnly = true)
    public Optional<GeneratedReport> report(long id) {
        String owner = ownerFilter();
        return archive.find(id).filter(r -> owner == null || owner.equals(r.requestedBy()));
    }

    /**
     * The archived document, byte for byte as generated.
     *
     * @throws BusinessException report.archive.not-found if there is no such finished report the caller may see
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional(readOnly = true)
    public FileContent download(long id) {
        GeneratedReport report = report(id).filter(r -> r.fileId() != null)
                .orElseThrow(() -> new BusinessException("report.archive.not-found"));
        return files.load(report.fileId());
    }

    private String programLabel(Long programId) {
        ProgramSummary program = (programId == null ? Optional.<ProgramSummary>empty() : programs.get(programId))
                .orElseThrow(() -> new BusinessException("report.program.unknown", programId == null ? 0 : programId));
        return program.workingGroupAcronym() + " " + program.period();
    }

    private String planLabel(Long planId, Integer year) {
        ActionPlanRecord plan = (planId == null ? Optional.<ActionPlanRecord>empty() : policies.actionPlan(planId))
                .orElseThrow(() -> new BusinessException("report.plan.unknown", planId == null ? 0 : planId));
        if (year == null || !plan.reportingYears().contains(year)) {
            throw new BusinessException("report.plan.year-outside", plan.period());
        }
        String policy = policies.policy(plan.policyId()).map(PolicyRecord::code).orElse("");
        return (policy + " " + plan.period()).strip() + " · " + ActionPlanRecord.reportingYear(year);
    }

    /** The requester to filter on: the caller, or null (everyone) for managers and administrators. */
    private static String ownerFilter() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean seesAll = authentication.getAuthorities().stream().anyMatch(a -> Set.of("ROLE_" + Roles.ADMIN,
                "ROLE_" + Roles.MANAGER).contains(a.getAuthority()));
        return seesAll ? null : authentication.getName();
    }

    private static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
