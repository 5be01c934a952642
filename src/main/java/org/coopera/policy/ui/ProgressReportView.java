package org.coopera.policy.ui;

import org.coopera.base.ui.RecordPage;
import org.coopera.base.ui.RecordSections;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;
import org.coopera.base.BusinessException;
import org.coopera.base.files.StoredFileService;
import org.coopera.base.ui.ConflictDialog;
import org.coopera.base.ui.FileLinks;
import org.coopera.base.ui.FileUploadField;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.base.ui.Notifications;
import org.coopera.base.files.UploadedFile;
import org.coopera.policy.ProgressReportRecord;
import org.coopera.policy.ProgressReportService;
import org.coopera.policy.ReportCompleteness;
import org.coopera.policy.ReportEntry;
import org.coopera.policy.ReportStatus;
import org.coopera.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The progress report editor: the report's year, version and status; its completeness (which
 * measures still lack a narrative); every measure's progress for the year; its document; its
 * history. Managers and administrators write the progress, send the report for review and publish
 * it (with confirmation). A published report is frozen: an edit is refused with the offer of a new
 * version, which copies it into a new draft.
 */
@Route("policy/reports/:id")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
class ProgressReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

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
        getStyle().set("padding", "var(--lumo-space-l)").set("box-sizing", "border-box");
    }


    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get("id").flatMap(PolicyUi::parse).flatMap(reports::report).orElse(null));
    }

    private void show(ProgressReportRecord found) {
        report = found;
        removeAll();
        if (report == null) {
            var message = new Paragraph(getTranslation("policy.ui.report.not-found"));
            message.setId("report-not-found");
            add(new H2(getTranslation("policy.ui.report.not-found.title")), message,
                    new Anchor("policy", getTranslation("policy.ui.back-to-policy")));
            return;
        }
        var title = new H2(report.title(getLocale()));
        title.setId("report-title");
        add(new Anchor("policy", getTranslation("policy.ui.back-to-policy")), title, state());
        if (report.summary() != null) {
            var summary = new Paragraph(report.summary());
            summary.setId("report-summary");
            add(summary);
        }
        add(actions(), document());
        List<ReportEntry> entries = reports.entries(report.id());
        add(completeness(), entriesGrid(entries));
        sections.sections(RecordPage.PROGRESS_REPORT, report.id()).forEach(this::add);
        add(PolicyUi.section("report-history", getTranslation("history.title"),
                        new HistoryPanel(() -> reports.history(report.id()), "policy.ui.report.history.field.")));
    }

    private Component state() {
        var line = new Paragraph();
        line.setId("report-state");
        line.add(new Span(getTranslation("policy.ui.report.state", report.reportingYear(), report.actionPlanPeriod(),
                report.reportVersion())), new Span(" "), PolicyUi.badge(this, report.status()));
        if (report.publishedOn() != null) {
            line.add(new Span(" " + getTranslation("policy.ui.report.published-on",
                    LocalizedDates.date(report.publishedOn(), getLocale()))));
        }
        var block = new Div(line);
        if (report.status() == ReportStatus.PUBLISHED) {
            var frozen = new Paragraph(getTranslation(report.latest() ? "policy.ui.report.frozen"
                    : "policy.ui.report.superseded"));
            frozen.setId("report-frozen");
            block.add(frozen);
        }
        return block;
    }

    private Component actions() {
        var bar = new HorizontalLayout();
        bar.setId("report-actions");
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (!editor) {
            return bar;
        }
        bar.add(button("report-edit", "policy.ui.report.action.edit", VaadinIcon.EDIT, this::openEditor));
        switch (report.status()) {
            case DRAFT -> bar.add(button("report-submit", "policy.ui.report.action.submit", VaadinIcon.ARROW_FORWARD,
                    () -> run(() -> reports.submitForReview(report.id(), report.version()), "policy.ui.report.submitted")));
            case IN_REVIEW -> {
                bar.add(button("report-send-back", "policy.ui.report.action.send-back", VaadinIcon.ARROW_BACKWARD,
                        () -> run(() -> reports.sendBackToDraft(report.id(), report.version()), "policy.ui.report.sent-back")));
                Button publish = button("report-publish", "policy.ui.report.action.publish", VaadinIcon.CHECK, this::confirmPublish);
                publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                bar.add(publish);
            }
            case PUBLISHED -> {
                if (report.latest()) {
                    Button newVersion = button("report-new-version", "policy.ui.report.action.new-version",
                            VaadinIcon.COPY, this::createNewVersion);
                    newVersion.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    bar.add(newVersion);
                }
            }
        }
        return bar;
    }

    private Button button(String id, String key, VaadinIcon icon, Runnable action) {
        var button = new Button(getTranslation(key), icon.create(), click -> action.run());
        button.setId(id);
        return button;
    }

    private void confirmPublish() {
        ReportCompleteness completeness = reports.completeness(report.id());
        var confirm = new ConfirmDialog();
        confirm.setId("report-publish-dialog");
        confirm.setHeader(getTranslation("policy.ui.report.publish.title", report.reportingYear(), report.reportVersion()));
        confirm.setText(getTranslation(completeness.complete() ? "policy.ui.report.publish.message"
                : "policy.ui.report.publish.message.incomplete", completeness.missing().size()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("policy.ui.report.publish.confirm"));
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
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setId("report-edit-dialog");
        dialog.setHeaderTitle(getTranslation("policy.ui.report.edit.title", current.reportingYear(), current.reportVersion()));
        dialog.setWidth("min(48rem, 95vw)");
        var titleFr = new com.vaadin.flow.component.textfield.TextField(getTranslation("policy.ui.report.field.title-fr"));
        titleFr.setId("report-edit-title-fr");
        titleFr.setValue(current.titleFr());
        titleFr.setMaxLength(500);
        titleFr.setRequiredIndicatorVisible(true);
        var titleEn = new com.vaadin.flow.component.textfield.TextField(getTranslation("policy.ui.report.field.title-en"));
        titleEn.setId("report-edit-title-en");
        titleEn.setValue(current.titleEn());
        titleEn.setMaxLength(500);
        titleEn.setRequiredIndicatorVisible(true);
        var summary = new com.vaadin.flow.component.textfield.TextArea(getTranslation("policy.ui.report.field.summary"));
        summary.setId("report-edit-summary");
        summary.setValue(current.summary() == null ? "" : current.summary());
        summary.setMaxLength(20000);
        var layout = new com.vaadin.flow.component.formlayout.FormLayout(titleFr, titleEn, summary);
        layout.setResponsiveSteps(new com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep("0", 1));
        dialog.add(layout);
        var save = new Button(getTranslation("action.save"), click -> {
            try {
                ProgressReportRecord saved = reports.retitle(current.id(), current.version(), titleFr.getValue(),
                        titleEn.getValue(), summary.getValue());
                dialog.close();
                Notifications.success(getTranslation("policy.ui.report.saved", saved.reportingYear()));
                show(saved);
            } catch (BusinessException e) {
                if ("policy.report.frozen".equals(e.messageKey())) {
                    dialog.close();
                    report = reports.report(current.id()).orElse(current);
                    offerNewVersion();
                } else {
                    Notifications.error(getTranslation(e.messageKey(), e.arguments()));
                }
            } catch (ObjectOptimisticLockingFailureException e) {
                dialog.close();
                conflict();
            }
        });
        save.setId("report-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        cancel.setId("report-edit-cancel");
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /** Refuses an edit of the published report and offers a new version instead. */
    void offerNewVersion() {
        var confirm = new ConfirmDialog();
        confirm.setId("report-frozen-dialog");
        confirm.setHeader(getTranslation("policy.ui.report.frozen.title"));
        confirm.setText(getTranslation(report.latest() ? "policy.report.frozen" : "policy.ui.report.superseded",
                report.reportVersion()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        if (report.latest()) {
            confirm.setConfirmText(getTranslation("policy.ui.report.action.new-version"));
            confirm.addConfirmListener(event -> createNewVersion());
        } else {
            confirm.setConfirmText(getTranslation("action.close"));
        }
        confirm.open();
    }

    private void createNewVersion() {
        try {
            ProgressReportRecord created = reports.newVersion(report.id());
            Notifications.success(getTranslation("policy.ui.report.new-version.created", created.reportVersion()));
            UI.getCurrent().navigate(PolicyNavigation.progressReport(created.id()));
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void run(Supplier<ProgressReportRecord> change, String successKey) {
        try {
            ProgressReportRecord saved = change.get();
            Notifications.success(getTranslation(successKey, saved.reportingYear()));
            show(saved);
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        } catch (ObjectOptimisticLockingFailureException e) {
            conflict();
        }
    }

    private void conflict() {
        var confirm = ConflictDialog.create();
        confirm.addConfirmListener(event -> show(reports.report(report.id()).orElse(null)));
        confirm.open();
    }

    private Component document() {
        var block = new Div();
        block.setId("report-document");
        reports.document(report.id()).ifPresentOrElse(
                file -> block.add(new Span(getTranslation("policy.ui.report.document") + " "),
                        FileLinks.download(file, id -> reports.loadDocument(report.id()))),
                () -> block.add(new Span(getTranslation("policy.ui.report.document.none"))));
        if (editor && report.editable()) {
            var upload = new FileUploadField(getTranslation("policy.ui.report.document.upload"), files,
                    org.coopera.base.files.FileKind.DOCUMENT, 1);
            upload.setId("report-upload");
            var attach = new Button(getTranslation("policy.ui.report.document.attach"), VaadinIcon.PAPERCLIP.create());
            attach.setId("report-attach");
            attach.addClickListener(click -> {
                List<UploadedFile> pending = upload.getFiles();
                if (pending.isEmpty()) {
                    Notifications.error(getTranslation("policy.ui.report.document.choose"));
                    return;
                }
                UploadedFile file = pending.getFirst();
                run(() -> reports.attachDocument(report.id(), report.version(), file.name(), file.content()),
                        "policy.ui.report.document.attached");
            });
            block.add(new Div(upload, attach));
        }
        return block;
    }

    private Component completeness() {
        ReportCompleteness completeness = reports.completeness(report.id());
        var summary = new Paragraph(getTranslation("policy.ui.report.completeness.summary", completeness.withNarrative(),
                completeness.measures()));
        summary.setId("report-completeness-summary");
        var section = PolicyUi.section("report-completeness", getTranslation("policy.ui.report.completeness"), summary);
        if (completeness.complete()) {
            var done = new Paragraph(getTranslation("policy.ui.report.completeness.complete"));
            done.setId("report-complete");
            section.add(done);
        } else {
            section.add(new Paragraph(getTranslation("policy.ui.report.completeness.missing")));
            var list = new UnorderedList();
            list.setId("report-missing");
            completeness.missing().forEach(entry -> list.add(new ListItem(new Anchor(PolicyNavigation.measure(entry.measureId()),
                    entry.measureCode()), new Span(" — " + entry.measureTitle(getLocale())))));
            section.add(list);
        }
        return section;
    }

    private Component entriesGrid(List<ReportEntry> entries) {
        var grid = new Grid<ReportEntry>();
        grid.setId("report-entries");
        grid.setAriaLabel(getTranslation("policy.ui.report.entries"));
        grid.addColumn(e -> e.objectiveNumber()).setHeader(getTranslation("policy.ui.report.entry.objective"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> new Anchor(PolicyNavigation.measure(e.measureId()), e.measureCode()))
                .setHeader(getTranslation("policy.ui.report.entry.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.measureTitle(getLocale())).setHeader(getTranslation("policy.ui.report.entry.measure"))
                .setFlexGrow(1);
        grid.addComponentColumn(e -> PolicyUi.badge(this, e.status()))
                .setHeader(getTranslation("policy.ui.report.entry.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.hasNarrative() ? e.narrative() : getTranslation("policy.ui.report.entry.no-narrative"))
                .setHeader(getTranslation("policy.ui.report.entry.narrative")).setFlexGrow(2);
        if (editor) {
            grid.addComponentColumn(this::editButton).setHeader(getTranslation("policy.ui.report.entry.actions"))
                    .setKey("actions")
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        // one plan's measures (about 70): bounded, read in one statement
        grid.setItems(entries);
        return PolicyUi.section("report-progress", getTranslation("policy.ui.report.entries"), grid);
    }

    private Button editButton(ReportEntry entry) {
        var edit = new Button(VaadinIcon.EDIT.create(), click -> edit(entry));
        edit.setId("report-edit-" + entry.measureCode());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("policy.ui.report.entry.edit", entry.measureCode()));
        edit.setTooltipText(getTranslation("policy.ui.report.entry.edit", entry.measureCode()));
        return edit;
    }

    void edit(ReportEntry entry) {
        if (!report.editable()) {
            offerNewVersion();
            return;
        }
        var dialog = new ProgressDialog[1];
        dialog[0] = new ProgressDialog(entry, report.reportingYear(), draft -> {
            try {
                reports.saveProgress(report.id(), entry.measureId(), entry.progressVersion(), draft);
                dialog[0].close();
                Notifications.success(getTranslation("policy.ui.progress.saved", entry.measureCode()));
                show(reports.report(report.id()).orElse(null));
            } catch (BusinessException e) {
                if ("policy.report.frozen".equals(e.messageKey())) {
                    dialog[0].close();
                    report = reports.report(report.id()).orElse(report);
                    offerNewVersion();
                } else {
                    Notifications.error(getTranslation(e.messageKey(), e.arguments()));
                }
            } catch (ObjectOptimisticLockingFailureException e) {
                dialog[0].close();
                conflict();
            }
        });
        dialog[0].open();
    }

    @Override
    public String getPageTitle() {
        return report == null ? getTranslation("policy.ui.report.not-found.title") : report.title(getLocale());
    }
}
