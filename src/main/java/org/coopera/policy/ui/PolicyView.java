package org.coopera.policy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.coopera.base.ui.Notifications;
import org.coopera.base.ui.RecordPage;
import org.coopera.base.ui.RecordSections;
import org.coopera.policy.ActionPlanRecord;
import org.coopera.policy.MeasureRecord;
import org.coopera.policy.PolicyRecord;
import org.coopera.policy.PolicyService;
import org.coopera.policy.ProgressReportRecord;
import org.coopera.policy.ProgressReportService;
import org.coopera.reference.PartnerService;
import org.coopera.security.Roles;

/**
 * The policy as a tree: its objectives, each with the action plan's measures, and per objective
 * how many measures are done, under way, not started or not reported in the chosen reporting year;
 * the plan's progress reports. Managers and administrators add measures and start reports.
 */
@Route(PolicyNavigation.POLICY)
@Menu(title = "nav.policy", order = 4, icon = "vaadin:book")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
class PolicyView extends Main implements HasDynamicTitle {

    private final PolicyService policies;
    private final RecordSections sections;
    private final ProgressReportService reports;
    private final PartnerService partners;
    private final boolean editor;

    final Select<PolicyRecord> policy = new Select<>();
    final Select<ActionPlanRecord> plan = new Select<>();
    final Select<Integer> year = new Select<>();
    private final Div content = new Div();

    PolicyView(PolicyService policies, ProgressReportService reports, PartnerService partners,
               AuthenticationContext authentication, RecordSections sections) {
        this.sections = sections;
        this.policies = policies;
        this.reports = reports;
        this.partners = partners;
        this.editor = authentication.hasAnyRole(Roles.ADMIN, Roles.MANAGER);
        addClassName("policy-view");

        var heading = new H2(getTranslation("policy.ui.heading"));
        heading.setId("policy-heading");
        policy.setId("policy-select");
        policy.setLabel(getTranslation("policy.ui.field.policy"));
        policy.setItemLabelGenerator(p -> p == null ? "" : p.title(getLocale()));
        plan.setId("policy-plan");
        plan.setLabel(getTranslation("policy.ui.field.plan"));
        plan.setItemLabelGenerator(p -> p == null ? "" : p.title(getLocale()));
        year.setId("policy-year");
        year.setLabel(getTranslation("policy.ui.field.year"));
        year.setItemLabelGenerator(y -> y == null ? "" : ActionPlanRecord.reportingYear(y));
        var filters = new HorizontalLayout(policy, plan, year);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(heading, filters, content);

        List<PolicyRecord> all = policies.policies();  // a handful of policies
        policy.setItems(all);
        policy.addValueChangeListener(change -> selectPolicy(change.getValue()));
        plan.addValueChangeListener(change -> selectPlan(change.getValue()));
        year.addValueChangeListener(change -> refresh());
        if (all.isEmpty()) {
            var none = new Paragraph(getTranslation("policy.ui.none"));
            none.setId("policy-none");
            content.add(none);
        } else {
            policy.setValue(all.getFirst());
        }
    }

    private void selectPolicy(PolicyRecord selected) {
        List<ActionPlanRecord> plans = selected == null ? List.of() : policies.actionPlans(selected.id());
        plan.setItems(plans);
        plan.setValue(plans.isEmpty() ? null : plans.getLast());
        if (plans.isEmpty()) {
            refresh();
        }
    }

    private void selectPlan(ActionPlanRecord selected) {
        if (selected == null) {
            year.setItems(List.of());
            refresh();
            return;
        }
        year.setItems(selected.reportingYears());
        // the latest year with a report, otherwise the plan's first year
        Integer latest = reports.reports(selected.id()).stream().map(ProgressReportRecord::reportingStartYear)
                .max(Integer::compare).orElse(selected.startYear());
        if (Objects.equals(year.getValue(), latest)) {
            refresh();
        } else {
            year.setValue(latest);
        }
    }

    /** Reads the tree and the reports again for the chosen plan and year. */
    void refresh() {
        content.removeAll();
        ActionPlanRecord selected = plan.getValue();
        if (selected == null || year.getValue() == null) {
            return;
        }
        PolicyRecord current = policy.getValue();
        String madePublic = current.madePublicYear() == null ? "—" : String.valueOf(current.madePublicYear());
        long recorded = policies.countMeasures(selected.id());
        var intro = new Paragraph(selected.plannedMeasures() == null
                ? getTranslation("policy.ui.intro", madePublic, selected.period(), recorded)
                : getTranslation("policy.ui.intro.planned", madePublic, selected.period(), selected.plannedMeasures(),
                        recorded));
        intro.setId("policy-intro");
        content.add(intro, actions(selected),
                new ObjectivesSection(policies.tree(selected.id(), year.getValue()), year.getValue()),
                new PlanReportsSection(reports.reports(selected.id())));
        sections.sections(RecordPage.ACTION_PLAN, selected.id()).forEach(content::add);
        sections.sections(RecordPage.POLICY, current.id()).forEach(content::add);
    }

    private Component actions(ActionPlanRecord selected) {
        var bar = new HorizontalLayout();
        bar.setWrap(true);
        if (editor) {
            var measure = new Button(getTranslation("policy.ui.action.new-measure"), VaadinIcon.PLUS.create(),
                    click -> openMeasureCreator(selected));
            measure.setId("policy-new-measure");
            var report = new Button(getTranslation("policy.ui.action.new-report"), VaadinIcon.FILE_TEXT.create(),
                    click -> openReportCreator(selected));
            report.setId("policy-new-report");
            bar.add(measure, report);
        }
        return bar;
    }

    void openMeasureCreator(ActionPlanRecord selected) {
        new MeasureDialog(null, policies.objectives(selected.policyId()), partners, draft -> {
            MeasureRecord created = policies.createMeasure(selected.id(), draft);
            Notifications.success(getTranslation("policy.ui.measure.created", created.code()));
            UI.getCurrent().navigate(PolicyNavigation.measure(created.id()));
        }, this::refresh).open();
    }

    void openReportCreator(ActionPlanRecord selected) {
        var taken = reports.reports(selected.id()).stream().map(ProgressReportRecord::reportingStartYear)
                .collect(Collectors.toSet());
        new ReportDialog(selected, taken, draft -> {
            ProgressReportRecord created = reports.createReport(selected.id(), draft);
            Notifications.success(getTranslation("policy.ui.report.created", created.reportingYear()));
            UI.getCurrent().navigate(PolicyNavigation.progressReport(created.id()));
        }, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.policy");
    }
}
