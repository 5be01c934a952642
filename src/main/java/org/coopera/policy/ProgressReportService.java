package org.coopera.policy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coopera.base.BusinessException;
import org.coopera.base.HistoryEntry;
import org.coopera.base.HistoryService;
import org.coopera.base.files.FileContent;
import org.coopera.base.files.FileKind;
import org.coopera.base.files.StoredFileRef;
import org.coopera.base.files.StoredFileService;
import org.coopera.policy.PolicyDrafts.ProgressDraft;
import org.coopera.policy.PolicyDrafts.ReportDraft;
import org.coopera.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Yearly progress reports of action plans and the measures' progress in them. A report is drafted,
 * sent for review, then published; a published version is frozen (changes are refused) and a new
 * version, a draft copy, takes the changes while the published one stays readable. Everyone signed
 * in reads the published versions; managers and administrators write, and only they read the
 * versions not yet published (draft, in review).
 */
@Service
@Validated
public class ProgressReportService {

    private final ProgressReportRepository reports;
    private final MeasureProgressRepository progress;
    private final ActionPlanRepository plans;
    private final MeasureRepository measures;
    private final PolicyQueries queries;
    private final StoredFileService files;
    private final HistoryService history;
    private final Clock clock;

    ProgressReportService(ProgressReportRepository reports, MeasureProgressRepository progress,
                          ActionPlanRepository plans, MeasureRepository measures, PolicyQueries queries,
                          StoredFileService files, HistoryService history, Clock clock) {
        this.reports = reports;
        this.progress = progress;
        this.plans = plans;
        this.measures = measures;
        this.queries = queries;
        this.files = files;
        this.history = history;
        this.clock = clock;
    }

    /** Every version of the plan's reports, newest year and version first. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    public List<ProgressReportRecord> reports(long actionPlanId) {
        return queries.reports(actionPlanId, ReportEditors.signedIn());
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    public Optional<ProgressReportRecord> report(long id) {
        return visible(id);
    }

    /** Every measure of the report's plan, with its progress in the report when written. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    public List<ReportEntry> entries(long reportId) {
        ProgressReportRecord report = visible(reportId).orElseThrow(() -> new BusinessException("record.not-found"));
        return queries.entries(reportId, report.actionPlanId());
    }

    /** Which of the plan's measures still lack a narrative in the report. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    public ReportCompleteness completeness(long reportId) {
        List<ReportEntry> entries = entries(reportId);
        List<ReportEntry> missing = entries.stream().filter(e -> !e.hasNarrative()).toList();
        return new ReportCompleteness(entries.size(), entries.size() - missing.size(), missing);
    }

    /** A measure's progress per reporting year, from the latest version of each year's report. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    public List<YearlyProgress> yearlyProgress(long measureId) {
        return queries.yearlyProgress(measureId, ReportEditors.signedIn());
    }

    /** Starts the first version of a year's report; the year must lie inside the plan's period. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public ProgressReportRecord createReport(long actionPlanId, @Valid ReportDraft draft) {
        ActionPlan plan = plans.findById(actionPlanId).orElseThrow(() -> new BusinessException("record.not-found"));
        int year = draft.reportingStartYear();
        if (!plan.covers(year)) {
            throw new BusinessException("policy.progress.year.outside", Texts.year(year), plan.label());
        }
        if (reports.latestVersion(actionPlanId, year).isPresent()) {
            throw new BusinessException("policy.report.year.exists", Texts.year(year));
        }
        long id = reports.saveAndFlush(new ProgressReport(actionPlanId, year, 1, draft.titleFr().trim(),
                draft.titleEn().trim())).getId();
        return queries.report(id).orElseThrow();
    }

    /** Changes the titles and summary of a report that is not published. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public ProgressReportRecord retitle(long id, long expectedVersion, String titleFr, String titleEn, String summary) {
        if (titleFr == null || titleFr.isBlank() || titleEn == null || titleEn.isBlank()) {
            throw new BusinessException("validation.required");
        }
        if (titleFr.strip().length() > 500 || titleEn.strip().length() > 500
                || summary != null && summary.length() > 20000) {
            throw new BusinessException("validation.too-long");
        }
        ProgressReport report = load(id, expectedVersion);
        report.retitle(titleFr.strip(), titleEn.strip(), summary == null || summary.isBlank() ? null : summary.strip());
        reports.saveAndFlush(report);
        return queries.report(id).orElseThrow();
    }

    /**
     * Writes a measure's progress in a report that is not published. {@code expectedProgressVersion}
     * is the version of the entry the user edited, null when it had none.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public ReportEntry saveProgress(long reportId, long measureId, Long expectedProgressVersion,
                                    @Valid ProgressDraft draft) {
        ProgressReport report = reports.findById(reportId).orElseThrow(() -> new BusinessException("record.not-found"));
        report.checkEditable();
        Measure measure = measures.findById(measureId).orElseThrow(() -> new BusinessException("record.not-found"));
        if (measure.getActionPlanId() != report.getActionPlanId()) {
            throw new BusinessException("policy.progress.measure.other-plan", measure.label());
        }
        List<String> links = checkedLinks(draft.evidenceLinks());
        MeasureProgress entry = progress.findByReportIdAndMeasureId(reportId, measureId).orElse(null);
        if (entry == null ? expectedProgressVersion != null
                : expectedProgressVersion == null || entry.getVersion() != expectedProgressVersion) {
            throw new ObjectOptimisticLockingFailureException(MeasureProgress.class, measureId);
        }
        if (entry == null) {
            entry = new MeasureProgress(reportId, measureId, report.getReportingStartYear());
        }
        entry.update(draft.status(), draft.narrative(), links);
        progress.saveAndFlush(entry);
        return queries.entries(reportId, report.getActionPlanId()).stream()
                .filter(e -> e.measureId() == measureId).findFirst().orElseThrow();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public ProgressReportRecord submitForReview(long id, long expectedVersion) {
        ProgressReport report = load(id, expectedVersion);
        report.submit();
        reports.saveAndFlush(report);
        return queries.report(id).orElseThrow();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public ProgressReportRecord sendBackToDraft(long id, long expectedVersion) {
        ProgressReport report = load(id, expectedVersion);
        report.sendBack();
        reports.saveAndFlush(report);
        return queries.report(id).orElseThrow();
    }

    /** Publishes a reviewed report: from then on it is frozen. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public ProgressReportRecord publish(long id, long expectedVersion) {
        ProgressReport report = load(id, expectedVersion);
        report.publish(LocalDate.now(clock));
        reports.saveAndFlush(report);
        return queries.report(id).orElseThrow();
    }

    /**
     * Copies the latest, published version of a year's report, with every measure's progress and its
     * document, into a new draft numbered one higher. The published version stays as it was.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public ProgressReportRecord newVersion(long id) {
        ProgressReport published = reports.findById(id).orElseThrow(() -> new BusinessException("record.not-found"));
        if (published.getStatus() != ReportStatus.PUBLISHED) {
            throw new BusinessException("policy.report.new-version.not-published");
        }
        int latest = reports.latestVersion(published.getActionPlanId(), published.getReportingStartYear()).orElseThrow();
        if (latest != published.getReportVersion()) {
            throw new BusinessException("policy.report.new-version.exists", latest);
        }
        var copy = new ProgressReport(published.getActionPlanId(), published.getReportingStartYear(), latest + 1,
                published.getTitleFr(), published.getTitleEn());
        copy.retitle(published.getTitleFr(), published.getTitleEn(), published.getSummary());
        copy.attach(published.getDocumentFileId());
        long copyId = reports.saveAndFlush(copy).getId();
        List<MeasureProgress> copies = new ArrayList<>();
        for (MeasureProgress entry : progress.findByReportId(id)) {
            copies.add(entry.copyInto(copyId));
        }
        progress.saveAll(copies);
        progress.flush();
        return queries.report(copyId).orElseThrow();
    }

    /** Attaches the report's document (PDF, DOCX…: checked by content) to a report that is not published. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public ProgressReportRecord attachDocument(long id, long expectedVersion, String fileName, byte[] content) {
        ProgressReport report = load(id, expectedVersion);
        report.checkEditable();
        StoredFileRef stored = files.store(fileName, content, FileKind.DOCUMENT);
        // the previous file may still belong to an earlier, published version: it is kept
        report.attach(stored.id());
        reports.saveAndFlush(report);
        return queries.report(id).orElseThrow();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    @Transactional(readOnly = true)
    public Optional<StoredFileRef> document(long reportId) {
        return visible(reportId).map(ProgressReportRecord::documentFileId).flatMap(files::find);
    }

    /** The bytes of the report's document (for a download link). */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    @Transactional(readOnly = true)
    public FileContent loadDocument(long reportId) {
        Long fileId = visible(reportId).map(ProgressReportRecord::documentFileId)
                .orElseThrow(() -> new BusinessException("record.not-found"));
        return files.load(fileId);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long reportId) {
        visible(reportId).orElseThrow(() -> new BusinessException("record.not-found"));
        return history.historyOf(ProgressReport.class, reportId);
    }

    /** The report if the caller may read it: a draft or a version in review only for its editors. */
    private Optional<ProgressReportRecord> visible(long id) {
        return queries.report(id).filter(r -> r.status() == ReportStatus.PUBLISHED || ReportEditors.signedIn());
    }

    private ProgressReport load(long id, long expectedVersion) {
        ProgressReport report = reports.findById(id).orElseThrow(() -> new BusinessException("record.not-found"));
        if (report.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ProgressReport.class, id);
        }
        return report;
    }

    /** Evidence must be web addresses (http or https with a host); blank lines are dropped. */
    static List<String> checkedLinks(List<String> links) {
        if (links == null) {
            return List.of();
        }
        List<String> checked = new ArrayList<>();
        for (String link : links) {
            if (link == null || link.isBlank()) {
                continue;
            }
            String trimmed = link.strip();
            if (trimmed.length() > 1000) {
                throw new BusinessException("policy.progress.link.invalid", trimmed.substring(0, 60) + "…");
            }
            try {
                URI uri = new URI(trimmed);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                    throw new BusinessException("policy.progress.link.invalid", trimmed);
                }
            } catch (URISyntaxException e) {
                throw new BusinessException("policy.progress.link.invalid", trimmed);
            }
            if (!checked.contains(trimmed)) {
                checked.add(trimmed);
            }
        }
        return checked;
    }
}
