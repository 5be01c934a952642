package org.coopera.report;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coopera.base.BusinessException;
import org.coopera.policy.ActionPlanRecord;
import org.coopera.policy.ObjectiveProgress;
import org.coopera.policy.PolicyRecord;
import org.coopera.policy.PolicyService;
import org.coopera.policy.ProgressReportRecord;
import org.coopera.policy.ProgressReportService;
import org.coopera.policy.ReportEntry;
import org.coopera.program.ProgramService;
import org.coopera.program.ProjectFundingService;
import org.coopera.program.ProgramSummary;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.report.ProgramReportData.AnnexLine;
import org.coopera.report.ProgramReportData.CoChair;
import org.coopera.report.ProgramReportData.Group;
import org.coopera.report.ProgramReportData.HealthCount;
import org.coopera.report.ProgramReportData.Meeting;
import org.coopera.report.ProgramReportData.ProjectLine;
import org.coopera.report.ProgramReportData.SectorCount;
import org.coopera.report.ProgramReportData.SectorSection;
import org.coopera.report.ProgramReportData.StatusCount;
import org.coopera.report.ProgramReportData.Summary;
import org.coopera.report.ReportQueries.ProjectFact;
import org.coopera.security.Roles;
import org.coopera.workinggroup.CoChairRecord;
import org.coopera.workinggroup.CoChairSide;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generated progress reports. Assembles each report's data from the other features' public
 * services and this package's read-only queries, in one read-only transaction (one snapshot).
 */
@Service
public class ReportService {

    private final ProgramService programs;
    private final WorkingGroupService workingGroups;
    private final ReportQueries queries;
    private final ProgramReportPdf pdf;
    private final ProgramReportDocx docx;
    private final PolicyService policies;
    private final ProgressReportService progressReports;
    private final ActionPlanReportPdf planPdf;
    private final ActionPlanReportDocx planDocx;
    private final Clock clock;
    private final ProjectFundingService funding;

    ReportService(ProgramService programs, WorkingGroupService workingGroups, ReportQueries queries,
                  ProgramReportPdf pdf, ProgramReportDocx docx, PolicyService policies,
                  ProgressReportService progressReports, ActionPlanReportPdf planPdf, ActionPlanReportDocx planDocx,
                  Clock clock, ProjectFundingService funding) {
        this.funding = funding;
        this.policies = policies;
        this.progressReports = progressReports;
        this.planPdf = planPdf;
        this.planDocx = planDocx;
        this.programs = programs;
        this.pdf = pdf;
        this.docx = docx;
        this.workingGroups = workingGroups;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * The data of the biennial progress report of a programme, as of today.
     *
     * @throws BusinessException {@code report.program.unknown} if there is no such programme
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional(readOnly = true)
    public ProgramReportData programReport(long programId) {
        ProgramSummary program = programs.get(programId)
                .orElseThrow(() -> new BusinessException("report.program.unknown", programId));
        WorkingGroupSummary wg = workingGroups.get(program.workingGroupId())
                .orElseThrow(() -> new BusinessException("report.program.unknown", programId));
        LocalDate from = LocalDate.of(program.startYear(), 1, 1);
        LocalDate to = LocalDate.of(program.endYear(), 12, 31);

        List<ProjectFact> facts = queries.projects(programId);
        Map<Long, List<String>> partners = queries.partners(programId);
        return new ProgramReportData(program.id(), program.startYear(), program.endYear(), program.status(),
                LocalDate.now(clock),
                new Group(wg.id(), wg.acronym(), wg.nameFr(), wg.nameEn(), wg.jurisdictionNameFr(),
                        wg.jurisdictionNameEn(), wg.countryCode()),
                coChairs(wg.id(), from, to), adoptedAt(program), program.priorities(), program.themes(),
                summary(facts), sections(facts, partners),
                queries.highlights(programId, wg.id(), from, to), annex(facts), funding.programTotals(programId),
                queries.regions(programId));
    }

    /**
     * The biennial progress report of a programme as PDF, in French or English (other languages get French).
     *
     * @throws BusinessException {@code report.program.unknown} if there is no such programme
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional(readOnly = true)
    public byte[] programReportPdf(long programId, Locale locale) {
        Locale language = ProgramReportData.english(locale) ? Locale.ENGLISH : Locale.FRENCH;
        return pdf.pdf(programReport(programId), language);
    }

    /**
     * The biennial progress report of a programme as an editable Word document (DOCX), in French or English.
     *
     * @throws BusinessException {@code report.program.unknown} if there is no such programme
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional(readOnly = true)
    public byte[] programReportDocx(long programId, Locale locale) {
        Locale language = ProgramReportData.english(locale) ? Locale.ENGLISH : Locale.FRENCH;
        return docx.docx(programReport(programId), language);
    }

    /**
     * The data of the progress report of an action plan for one reporting year (2007 for 2007-2008),
     * as of today: from the latest version of the year's progress report. The bulletins are those
     * attached to a version of that report, and those attached to the plan or its measures dated in
     * the reporting year (1 April to 31 March, the government's fiscal year).
     *
     * @throws BusinessException {@code report.plan.unknown}, {@code report.plan.year-outside}
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional(readOnly = true)
    public ActionPlanReportData actionPlanReport(long actionPlanId, int reportingYear) {
        ActionPlanRecord plan = policies.actionPlan(actionPlanId)
                .orElseThrow(() -> new BusinessException("report.plan.unknown", actionPlanId));
        if (!plan.reportingYears().contains(reportingYear)) {
            throw new BusinessException("report.plan.year-outside", plan.period());
        }
        PolicyRecord policy = policies.policy(plan.policyId())
                .orElseThrow(() -> new BusinessException("report.plan.unknown", actionPlanId));
        ProgressReportRecord yearReport = progressReports.reports(actionPlanId).stream()
                .filter(r -> r.reportingStartYear() == reportingYear)
                .max(Comparator.comparingInt(ProgressReportRecord::reportVersion)).orElse(null);
        Map<Long, ReportEntry> entries = new HashMap<>();
        if (yearReport != null) {
            progressReports.entries(yearReport.id()).forEach(e -> entries.put(e.measureId(), e));
        }
        Map<Long, List<String>> partners = queries.measurePartners(actionPlanId);
        List<ActionPlanReportData.ObjectiveSection> objectives = new ArrayList<>();
        List<ActionPlanReportData.MeasureLine> all = new ArrayList<>();
        for (ObjectiveProgress objective : policies.tree(actionPlanId, reportingYear)) {
            List<ActionPlanReportData.MeasureLine> measures = objective.measures().stream().map(m -> {
                ReportEntry entry = entries.get(m.id());
                return new ActionPlanReportData.MeasureLine(m.code(), m.titleFr(), m.titleEn(), m.leadOrganisation(),
                        List.copyOf(partners.getOrDefault(m.id(), List.of())),
                        entry == null ? m.yearStatus() : entry.status(), entry == null ? null : entry.narrative(),
                        entry == null || entry.evidenceLinks() == null ? List.of() : List.copyOf(entry.evidenceLinks()));
            }).toList();
            all.addAll(measures);
            objectives.add(new ActionPlanReportData.ObjectiveSection(objective.objective().number(),
                    objective.objective().titleFr(), objective.objective().titleEn(),
                    ActionPlanReportData.StatusCounts.of(measures), measures));
        }
        return new ActionPlanReportData(plan.id(), policy.titleFr(), policy.titleEn(), plan.titleFr(), plan.titleEn(),
                plan.startYear(), plan.endYear(), reportingYear, LocalDate.now(clock),
                yearReport == null ? null : new ActionPlanReportData.YearReport(yearReport.reportVersion(),
                        yearReport.titleFr(), yearReport.titleEn(), yearReport.status(), yearReport.publishedOn(),
                        yearReport.summary()),
                ActionPlanReportData.StatusCounts.of(all), List.copyOf(objectives),
                queries.planBulletins(actionPlanId, reportingYear, LocalDate.of(reportingYear, 4, 1),
                        LocalDate.of(reportingYear + 1, 3, 31)));
    }

    /**
     * The progress report of an action plan for one reporting year as PDF, in French or English.
     *
     * @throws BusinessException {@code report.plan.unknown}, {@code report.plan.year-outside}
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional(readOnly = true)
    public byte[] actionPlanReportPdf(long actionPlanId, int reportingYear, Locale locale) {
        return planPdf.pdf(actionPlanReport(actionPlanId, reportingYear), language(locale));
    }

    /**
     * The progress report of an action plan for one reporting year as an editable Word document.
     *
     * @throws BusinessException {@code report.plan.unknown}, {@code report.plan.year-outside}
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
    @Transactional(readOnly = true)
    public byte[] actionPlanReportDocx(long actionPlanId, int reportingYear, Locale locale) {
        return planDocx.docx(actionPlanReport(actionPlanId, reportingYear), language(locale));
    }

    static Locale language(Locale locale) {
        return ProgramReportData.english(locale) ? Locale.ENGLISH : Locale.FRENCH;
    }

    /** Co-chairs whose term overlaps the period, Québec side first. */
    private List<CoChair> coChairs(long workingGroupId, LocalDate from, LocalDate to) {
        return workingGroups.coChairs(workingGroupId).stream()
                .filter(c -> (c.fromDate() == null || !c.fromDate().isAfter(to))
                        && (c.toDate() == null || !c.toDate().isBefore(from)))
                .sorted(Comparator.comparing(CoChairRecord::side))
                .map(c -> new CoChair(c.side() == CoChairSide.QUEBEC, c.personName(), c.title(), c.organisationLabel()))
                .toList();
    }

    private Meeting adoptedAt(ProgramSummary program) {
        if (program.adoptedAtMeetingId() == null) {
            return null;
        }
        return workingGroups.meetings(program.workingGroupId()).stream()
                .filter(m -> m.id() == program.adoptedAtMeetingId())
                .findFirst()
                .map(m -> new Meeting(m.number(), m.date(), m.place()))
                .orElse(null);
    }

    private static Summary summary(List<ProjectFact> facts) {
        Map<Long, int[]> bySector = new LinkedHashMap<>();
        Map<Long, ProjectFact> sectorOf = new LinkedHashMap<>();
        Map<ProjectStatus, int[]> byStatus = new EnumMap<>(ProjectStatus.class);
        Map<ProjectHealth, Integer> byHealth = new EnumMap<>(ProjectHealth.class);
        int adopted = 0;
        int current = 0;
        for (ProjectFact f : facts) {
            int[] sector = bySector.computeIfAbsent(f.axisId(), k -> new int[2]);
            sectorOf.putIfAbsent(f.axisId(), f);
            int[] status = byStatus.computeIfAbsent(f.status(), k -> new int[2]);
            if (f.adopted()) {
                adopted++;
                sector[0]++;
                status[0]++;
            }
            if (f.inProgram()) {
                current++;
                sector[1]++;
                status[1]++;
                if (f.health() != null && f.status() != ProjectStatus.CANCELLED) {
                    byHealth.merge(f.health(), 1, Integer::sum);
                }
            }
        }
        List<SectorCount> sectors = new ArrayList<>();
        bySector.forEach((id, n) -> {
            ProjectFact axis = sectorOf.get(id);
            sectors.add(new SectorCount(axis.axisCode(), axis.axisFr(), axis.axisEn(), n[0], n[1]));
        });
        List<StatusCount> statuses = new ArrayList<>();
        byStatus.forEach((s, n) -> statuses.add(new StatusCount(s, n[0], n[1])));
        List<HealthCount> health = new ArrayList<>();
        byHealth.forEach((h, n) -> health.add(new HealthCount(h, n)));
        return new Summary(adopted, current, List.copyOf(sectors), List.copyOf(statuses), List.copyOf(health));
    }

    private static List<SectorSection> sections(List<ProjectFact> facts, Map<Long, List<String>> partners) {
        Map<Long, List<ProjectLine>> lines = new LinkedHashMap<>();
        Map<Long, ProjectFact> sectorOf = new LinkedHashMap<>();
        for (ProjectFact f : facts) {
            if (!f.inProgram()) {
                continue;
            }
            sectorOf.putIfAbsent(f.axisId(), f);
            lines.computeIfAbsent(f.axisId(), k -> new ArrayList<>()).add(new ProjectLine(f.id(), f.code(),
                    f.titleFr(), f.titleEn(), f.axisCode(), f.status(), f.health(), f.leadQuebec(), f.leadPartner(),
                    List.copyOf(partners.getOrDefault(f.id(), List.of())), f.progressPercent(), f.lastUpdate(),
                    f.narrative()));
        }
        List<SectorSection> sections = new ArrayList<>();
        lines.forEach((id, projects) -> {
            ProjectFact axis = sectorOf.get(id);
            sections.add(new SectorSection(axis.axisCode(), axis.axisFr(), axis.axisEn(), List.copyOf(projects)));
        });
        return List.copyOf(sections);
    }

    /** Added: current but not adopted; dropped: adopted but cancelled or gone; carried over: continues a project. */
    private static ProgramReportData.Annex annex(List<ProjectFact> facts) {
        List<ProjectFact> byCode = facts.stream().sorted(Comparator.comparing(ProjectFact::code)).toList();
        return new ProgramReportData.Annex(
                byCode.stream().filter(f -> f.inProgram() && !f.adopted()).map(ReportService::annexLine).toList(),
                byCode.stream().filter(f -> f.adopted() && (!f.inProgram() || f.status() == ProjectStatus.CANCELLED))
                        .map(ReportService::annexLine).toList(),
                byCode.stream().filter(f -> f.inProgram() && f.carriedFrom() != null)
                        .map(ReportService::annexLine).toList());
    }

    private static AnnexLine annexLine(ProjectFact f) {
        return new AnnexLine(f.code(), f.titleFr(), f.titleEn(), f.status(), f.carriedFrom());
    }
}
