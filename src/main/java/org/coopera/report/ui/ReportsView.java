package org.coopera.report.ui;

import org.coopera.base.ui.SearchFields;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coopera.base.BusinessException;
import org.coopera.base.files.StoredFileRef;
import org.coopera.base.ui.FileLinks;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.base.ui.Notifications;
import org.coopera.policy.ActionPlanRecord;
import org.coopera.policy.PolicyRecord;
import org.coopera.policy.PolicyService;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramSummary;
import org.coopera.report.GeneratedReport;
import org.coopera.report.GeneratedReportService;
import org.coopera.report.ReportFormat;
import org.coopera.report.ReportJobStatus;
import org.coopera.report.ReportKind;
import org.coopera.report.ReportRequest;
import org.coopera.security.Roles;

/**
 * Generated reports: ask for a programme or action-plan report (generated off the UI thread), and
 * the archive of generated reports with their progress, refreshed by polling while a job runs; a
 * finished report downloads again unchanged. {@code ?program=ID} preselects a programme.
 */
@Route("reports")
@Menu(title = "nav.reports", order = 7, icon = "vaadin:file-text")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER})
class ReportsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** How often the archive refreshes itself while a job runs, in milliseconds. */
    static final int POLL_MILLIS = 1500;

    /** The programme report, or the action-plan report. */
    final RadioButtonGroup<ReportKind> kind = new RadioButtonGroup<>();
    final ComboBox<ProgramSummary> program = new ComboBox<>();
    final Select<ActionPlanRecord> plan = new Select<>();
    final Select<Integer> year = new Select<>();
    final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    final RadioButtonGroup<Set<ReportFormat>> format = new RadioButtonGroup<>();
    final Button generate = new Button();
    final Grid<GeneratedReport> grid = new Grid<>();

    private final GeneratedReportService reports;
    private final ProgramService programs;
    private Registration pollListener;

    ReportsView(GeneratedReportService reports, ProgramService programs, PolicyService policies) {
        this.reports = reports;
        this.programs = programs;
        addClassName("reports-view");
        add(requestForm(policies), archive());
    }

    private Component requestForm(PolicyService policies) {
        kind.setId("report-kind");
        kind.setLabel(getTranslation("report.ui.field.kind"));
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("report.ui.kind." + k.name()));
        kind.setValue(ReportKind.PROGRAM);
        kind.addValueChangeListener(change -> showKind());

        program.setId("report-program");
        program.setLabel(getTranslation("report.ui.field.program"));
        program.setItemLabelGenerator(p -> p.workingGroupAcronym() + " " + p.period());
        program.setItems(SearchFields.fetch(query -> programs.find(query.getFilter().orElse(""), null, query.getOffset(),
                Math.min(query.getLimit(), 500)).stream()));
        program.setWidth("20em");
        program.setRequiredIndicatorVisible(true);

        List<ActionPlanRecord> plans = new ArrayList<>();
        List<PolicyRecord> allPolicies = policies.policies();
        allPolicies.forEach(p -> plans.addAll(policies.actionPlans(p.id())));
        plan.setId("report-plan");
        plan.setLabel(getTranslation("report.ui.field.plan"));
        plan.setItems(plans);
        plan.setItemLabelGenerator(p -> p.title(getLocale()));
        plan.setRequiredIndicatorVisible(true);
        plan.addValueChangeListener(change -> {
            year.setItems(change.getValue() == null ? List.of() : change.getValue().reportingYears());
            year.setValue(null);
        });
        year.setId("report-year");
        year.setLabel(getTranslation("report.ui.field.year"));
        year.setItemLabelGenerator(ActionPlanRecord::reportingYear);
        year.setRequiredIndicatorVisible(true);

        language.setId("report-language");
        language.setLabel(getTranslation("report.ui.field.language"));
        language.setItems("fr", "en");
        language.setItemLabelGenerator(l -> getTranslation("report.ui.language." + l));
        language.setValue("fr");

        format.setId("report-format");
        format.setLabel(getTranslation("report.ui.field.format"));
        format.setItems(Set.of(ReportFormat.PDF), Set.of(ReportFormat.DOCX), EnumSet.allOf(ReportFormat.class));
        format.setItemLabelGenerator(f -> getTranslation(f.size() > 1 ? "report.ui.format.both"
                : "report.ui.format." + f.iterator().next().name()));
        format.setValue(Set.of(ReportFormat.PDF));

        generate.setId("report-generate");
        generate.setText(getTranslation("report.ui.action.generate"));
        generate.setIcon(VaadinIcon.FILE_TEXT_O.create());
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(click -> generate());

        var subject = new HorizontalLayout(program, plan, year);
        subject.setWrap(true);
        subject.setAlignItems(FlexComponent.Alignment.BASELINE);
        var options = new HorizontalLayout(language, format);
        options.setWrap(true);
        var section = new Section(new H2(getTranslation("report.ui.request.heading")),
                new Paragraph(getTranslation("report.ui.request.help")), kind, subject, options, generate);
        section.setId("report-request");
        showKind();
        return section;
    }

    private void showKind() {
        boolean programReport = kind.getValue() == ReportKind.PROGRAM;
        program.setVisible(programReport);
        plan.setVisible(!programReport);
        year.setVisible(!programReport);
    }

    private Component archive() {
        grid.setId("report-archive");
        grid.setAriaLabel(getTranslation("report.ui.archive.heading"));
        grid.addColumn(r -> LocalizedDates.date(r.requestedAt().toLocalDate(), getLocale()) + " "
                        + String.format("%tR", r.requestedAt()))
                .setHeader(getTranslation("report.ui.col.requested-at")).setKey("requestedAt").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation("report.ui.kind." + r.kind().name()) + " — " + r.subjectLabel())
                .setHeader(getTranslation("report.ui.col.subject")).setKey("subject").setAutoWidth(true);
        grid.addColumn(r -> getTranslation("report.ui.language." + r.language()) + ", " + r.format().name())
                .setHeader(getTranslation("report.ui.col.document")).setKey("document").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(GeneratedReport::requestedBy).setHeader(getTranslation("report.ui.col.requested-by"))
                .setKey("requestedBy").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::state).setHeader(getTranslation("report.ui.col.state")).setKey("state")
                .setWidth("16em").setFlexGrow(0);
        grid.addComponentColumn(this::result).setHeader(getTranslation("report.ui.col.result")).setKey("result")
                .setAutoWidth(true);
        grid.setItems(SearchFields.fetch(query -> reports.reports(query.getOffset(),
                        Math.min(query.getLimit(), GeneratedReportService.MAX_PAGE)).stream()),
                SearchFields.count(query -> (int) reports.count()));
        grid.setAllRowsVisible(false);
        grid.setHeight("28em");
        var section = new Section(new H2(getTranslation("report.ui.archive.heading")),
                new Paragraph(getTranslation("report.ui.archive.help")), grid);
        section.setId("report-archive-section");
        return section;
    }

    /** The status in words and, while the job is under way, a progress bar. */
    private Component state(GeneratedReport report) {
        var text = new Span(getTranslation("report.ui.status." + report.status().name()));
        text.setId("report-status-" + report.id());
        if (report.status().finished()) {
            return text;
        }
        var bar = new ProgressBar(0, 100, report.progress());
        bar.getElement().setAttribute("aria-label", getTranslation("report.ui.progress", report.progress()));
        bar.setId("report-progress-" + report.id());
        var state = new HorizontalLayout(text, bar);
        state.setAlignItems(FlexComponent.Alignment.CENTER);
        return state;
    }

    /** The download link of a finished report, or the reason of a failure. */
    private Component result(GeneratedReport report) {
        if (report.status() == ReportJobStatus.DONE && report.fileId() != null) {
            var link = FileLinks.download(new StoredFileRef(report.fileId(), report.fileName(), "",
                    report.sizeBytes() == null ? 0 : report.sizeBytes()), fileId -> reports.download(report.id()));
            link.setId("report-download-" + report.id());
            return link;
        }
        if (report.status() == ReportJobStatus.FAILED) {
            var reason = new Span(getTranslation(report.errorKey() == null ? "report.job.failed" : report.errorKey()));
            reason.setId("report-error-" + report.id());
            reason.addClassName("report-error");
            return reason;
        }
        return new Span();
    }

    void generate() {
        ReportRequest request = kind.getValue() == ReportKind.ACTION_PLAN
                ? new ReportRequest(ReportKind.ACTION_PLAN, null, plan.getValue() == null ? null : plan.getValue().id(),
                year.getValue(), language.getValue(), format.getValue())
                : new ReportRequest(ReportKind.PROGRAM, program.getValue() == null ? null : program.getValue().id(),
                null, null, language.getValue(), format.getValue());
        if (!complete(request)) {
            return;
        }
        try {
            reports.request(request);
            Notifications.success(getTranslation("report.ui.requested"));
            refresh();
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    /** Marks the missing choices; true when nothing is missing. */
    private boolean complete(ReportRequest request) {
        program.setInvalid(false);
        plan.setInvalid(false);
        year.setInvalid(false);
        if (request.kind() == ReportKind.PROGRAM && request.programId() == null) {
            program.setErrorMessage(getTranslation("report.ui.required.program"));
            program.setInvalid(true);
            return false;
        }
        if (request.kind() == ReportKind.ACTION_PLAN && request.actionPlanId() == null) {
            plan.setErrorMessage(getTranslation("report.ui.required.plan"));
            plan.setInvalid(true);
            return false;
        }
        if (request.kind() == ReportKind.ACTION_PLAN && request.reportingYear() == null) {
            year.setErrorMessage(getTranslation("report.ui.required.year"));
            year.setInvalid(true);
            return false;
        }
        return true;
    }

    /** Reloads the archive and polls while a job the user sees is unfinished. */
    void refresh() {
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> ui.setPollInterval(reports.anyUnfinished() ? POLL_MILLIS : -1));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("program").ifPresent(id -> {
            try {
                programs.get(Long.parseLong(id)).ifPresent(p -> {
                    kind.setValue(ReportKind.PROGRAM);
                    program.setValue(p);
                });
            } catch (NumberFormatException ignored) {
                // a wrong address preselects nothing
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        pollListener = event.getUI().addPollListener(poll -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollListener != null) {
            pollListener.remove();
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reports");
    }
}
