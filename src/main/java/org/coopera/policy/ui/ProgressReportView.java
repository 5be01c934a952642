package org.coopera.policy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.coopera.base.BusinessException;
import org.coopera.base.files.StoredFileService;
import org.coopera.base.ui.ConfirmDialogs;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.base.ui.Notifications;
import org.coopera.base.ui.PageSection;
import org.coopera.base.ui.RecordHeader;
import org.coopera.base.ui.RecordNotFound;
import org.coopera.base.ui.RecordPage;
import org.coopera.base.ui.RecordSections;
import org.coopera.base.ui.Saves;
import org.coopera.policy.ProgressReportRecord;
import org.coopera.policy.ProgressReportService;
import org.coopera.policy.ReportCompleteness;
import org.coopera.policy.ReportEntry;
import org.coopera.security.Roles;

/**
 * The progress report editor: the report's year, version and status; its completeness (which
 * measures still lack a narrative); every measure's progress for the year; its document; its
 * history. Managers and administrators write the progress, send the report for review and publish
 * it (with confirmation). A published report is frozen: an edit is refused with the offer of a new
 * version, which copies it into a new draft.
 */
@Route(PolicyNavigation.PROGRESS_REPORT)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
class ProgressReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String FROZEN = "policy.report.frozen";

    private final ProgressReportService reports;
    private final RecordSections sections;
    private final StoredFileService files;
    private final boolean editor;
    private ProgressReportRecord report;

    ProgressReportView(ProgressReportService reports, StoredFileService files, AuthenticationContext authentication,
                       RecordSections sections) {
        this.sections = sections;
        this.reports = reports;
        this.files = files;
        this.editor = authentication.hasAnyRole(Roles.ADMIN, Roles.MANAGER);
        addClassName("progress-report-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(RecordHeader.recordId(event, "id").flatMap(reports::report).orElse(null));
    }

    private void show(ProgressReportRecord found) {
        report = found;
        removeAll();
        if (report == null) {
            RecordNotFound.show(this, "policy.ui.report.not-found.title", "policy.ui.report.not-found",
                    backToPolicy()).message().setId("report-not-found");
            return;
        }
        var title = new H2(report.title(getLocale()));
        title.setId("report-title");
        add(backToPolicy(), title, new ReportState(report));
        if (report.summary() != null) {
            var summary = new Paragraph(report.summary());
            summary.setId("report-summary");
            add(summary);
        }
        long reportId = report.id();
        add(new ReportActions(report, editor ? actions() : null),
                new ReportDocument(reports, files, report, editor && report.editable(),
                        file -> run(() -> reports.attachDocument(reportId, report.version(), file.name(), file.content()),
                                "policy.ui.report.document.attached")));
        add(new ReportCompletenessSection(reports.completeness(reportId)),
                new ReportEntriesSection(reports.entries(reportId), editor ? this::edit : null));
        sections.sections(RecordPage.PROGRESS_REPORT, reportId).forEach(this::add);
        add(new PageSection("report-history", "history.title",
                new HistoryPanel(() -> reports.history(reportId), "policy.ui.report.history.field.")));
    }

    private Anchor backToPolicy() {
        return new Anchor(PolicyNavigation.policy(), getTranslation("policy.ui.back-to-policy"));
    }

    private ReportActions.Handler actions() {
        return new ReportActions.Handler(this::openEditor,
                () -> run(() -> reports.submitForReview(report.id(), report.version()), "policy.ui.report.submitted"),
                () -> run(() -> reports.sendBackToDraft(report.id(), report.version()), "policy.ui.report.sent-back"),
                this::confirmPublish, this::createNewVersion);
    }

    private void confirmPublish() {
        ReportCompleteness completeness = reports.completeness(report.id());
        var confirm = ConfirmDialogs.question("report-publish-dialog",
                getTranslation("policy.ui.report.publish.title", report.reportingYear(), report.reportVersion()),
                getTranslation(completeness.complete() ? "policy.ui.report.publish.message"
                        : "policy.ui.report.publish.message.incomplete", completeness.missing().size()),
                getTranslation("policy.ui.report.publish.confirm"));
        confirm.addConfirmListener(event -> run(() -> reports.publish(report.id(), report.version()),
                "policy.ui.report.published"));
        confirm.open();
    }

    /** The report's titles and summary; a published report offers a new version instead. */
    void openEditor() {
        if (!report.editable()) {
            offerNewVersion();
            return;
        }
        ProgressReportRecord current = report;
        new ReportEditDialog(current, titles -> unlessFrozen(() -> {
            ProgressReportRecord saved = reports.retitle(current.id(), current.version(), titles.titleFr(),
                    titles.titleEn(), titles.summary());
            Notifications.success(getTranslation("policy.ui.report.saved", saved.reportingYear()));
            show(saved);
        }), this::reload).open();
    }

    /** A measure's progress in the report's year; a published report offers a new version instead. */
    void edit(ReportEntry entry) {
        if (!report.editable()) {
            offerNewVersion();
            return;
        }
        long reportId = report.id();
        new ProgressDialog(entry, report.reportingYear(), draft -> unlessFrozen(() -> {
            reports.saveProgress(reportId, entry.measureId(), entry.progressVersion(), draft);
            Notifications.success(getTranslation("policy.ui.progress.saved", entry.measureCode()));
            show(reports.report(reportId).orElse(null));
        }), this::reload).open();
    }

    /**
     * Runs a save from an editor; when the report was published meanwhile, the editor closes and the
     * new version is offered instead of the refusal's message (other refusals go to {@link Saves}).
     */
    private void unlessFrozen(Runnable save) {
        try {
            save.run();
        } catch (BusinessException e) {
            if (!FROZEN.equals(e.messageKey())) {
                throw e;
            }
            report = reports.report(report.id()).orElse(report);
            offerNewVersion();
        }
    }

    /** Refuses an edit of the published report and offers a new version instead. */
    void offerNewVersion() {
        var confirm = ConfirmDialogs.question("report-frozen-dialog", getTranslation("policy.ui.report.frozen.title"),
                getTranslation(report.latest() ? FROZEN : "policy.ui.report.superseded", report.reportVersion()),
                getTranslation(report.latest() ? "policy.ui.report.action.new-version" : "action.close"));
        if (report.latest()) {
            confirm.addConfirmListener(event -> createNewVersion());
        }
        confirm.open();
    }

    private void createNewVersion() {
        Saves.attempt(() -> {
            ProgressReportRecord created = reports.newVersion(report.id());
            Notifications.success(getTranslation("policy.ui.report.new-version.created", created.reportVersion()));
            UI.getCurrent().navigate(PolicyNavigation.progressReport(created.id()));
        }, this::reload);
    }

    private void run(Supplier<ProgressReportRecord> change, String successKey) {
        Saves.attempt(() -> {
            ProgressReportRecord saved = change.get();
            Notifications.success(getTranslation(successKey, saved.reportingYear()));
            show(saved);
        }, this::reload);
    }

    private void reload() {
        show(reports.report(report.id()).orElse(null));
    }

    @Override
    public String getPageTitle() {
        return report == null ? getTranslation("policy.ui.report.not-found.title") : report.title(getLocale());
    }
}
