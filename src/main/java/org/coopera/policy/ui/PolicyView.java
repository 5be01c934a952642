package org.coopera.policy.ui;


import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopera.base.BusinessException;
import org.coopera.base.ui.Notifications;
import org.coopera.base.ui.RecordPage;
import org.coopera.base.ui.RecordSections;
import org.coopera.policy.ActionPlanRecord;
import org.coopera.policy.MeasureRecord;
import org.coopera.policy.ObjectiveProgress;
import org.coopera.policy.PolicyDrafts.ReportDraft;
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
@Route("policy")
@Menu(title = "nav.policy", order = 4, icon = "vaadin:book")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
class PolicyView extends Main implements HasDynamicTitle {

    /** A row of the tree: an objective with its counts, or one of its measures. */
    sealed interface Node permits ObjectiveNode, MeasureNode {
    }

    record ObjectiveNode(ObjectiveProgress progress) implements Node {
    }

    record MeasureNode(ObjectiveProgress.MeasureYear measure) implements Node {
    }

    private final PolicyService policies;
    private final RecordSections sections;
    private final ProgressReportService reports;
    private final PartnerService partners;
    private final boolean editor;

    final Select<PolicyRecord> policy = new Select<>();
    final Select<ActionPlanRecord> plan = new Select<>();
    final Select<Integer> year = new Select<>();
    final TreeGrid<Node> tree = new TreeGrid<>();
    private final Div content = new Div();

    PolicyView(PolicyService policies, ProgressReportService reports, PartnerService partners,
               AuthenticationContext authentication, RecordSections sections) {
        this.sections = sections;
        this.policies = policies;
        this.reports = reports;
        this.partners = partners;
        this.editor = authentication.hasAnyRole(Roles.ADMIN, Roles.MANAGER);
        addClassName("policy-view");
        getStyle().set("padding", "var(--lumo-space-l)").set("box-sizing", "border-box");

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

        configureTree();
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

    private void configureTree() {
        tree.setId("policy-tree");
        tree.setAriaLabel(getTranslation("policy.ui.tree"));
        tree.addComponentHierarchyColumn(this::label).setHeader(getTranslation("policy.ui.tree.item"))
                .setKey("item").setFlexGrow(3);
        tree.addColumn(node -> node instanceof MeasureNode m ? Objects.requireNonNullElse(m.measure().leadOrganisation(), "—")
                : "").setHeader(getTranslation("policy.ui.tree.lead")).setKey("lead").setAutoWidth(true).setFlexGrow(0);
        tree.addComponentColumn(this::progress).setHeader(getTranslation("policy.ui.tree.progress"))
                .setKey("progress").setFlexGrow(2);
        tree.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        tree.setAllRowsVisible(true);
    }

    private Component label(Node node) {
        if (node instanceof ObjectiveNode o) {
            var text = new Span(getTranslation("policy.ui.tree.objective", o.progress().objective().number(),
                    o.progress().objective().title(getLocale())));
            text.addClassName("policy-objective");
            text.getStyle().set("font-weight", "600");
            return text;
        }
        var m = ((MeasureNode) node).measure();
        var cell = new Div(new Anchor(PolicyNavigation.measure(m.id()), m.code()), new Span(" — " + m.title(getLocale())));
        if (m.illustrative()) {
            cell.add(new Span(" " + getTranslation("policy.ui.tree.illustrative")));
        }
        return cell;
    }

    private Component progress(Node node) {
        if (node instanceof MeasureNode m) {
            return PolicyUi.badge(this, m.measure().yearStatus());
        }
        ObjectiveProgress p = ((ObjectiveNode) node).progress();
        var counts = new Span(getTranslation("policy.ui.tree.counts", p.done(), p.inProgress(), p.notStarted(),
                p.notReported()));
        counts.addClassName("objective-counts");
        counts.setId("objective-counts-" + p.objective().number());
        return counts;
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
        content.add(intro, actions(selected));

        List<ObjectiveProgress> objectives = policies.tree(selected.id(), year.getValue());
        var data = new TreeData<Node>();
        for (ObjectiveProgress objective : objectives) {
            var parent = new ObjectiveNode(objective);
            data.addItem(null, parent);
            objective.measures().forEach(m -> data.addItem(parent, new MeasureNode(m)));
        }
        // one plan's objectives and measures (about 70): bounded, read in two statements
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expand(data.getRootItems());
        var legend = new Paragraph(getTranslation("policy.ui.tree.legend", ActionPlanRecord.reportingYear(year.getValue())));
        legend.setId("policy-tree-legend");
        content.add(PolicyUi.section("policy-objectives", getTranslation("policy.ui.tree"), legend, tree), reports(selected));
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

    private Component reports(ActionPlanRecord selected) {
        List<ProgressReportRecord> list = reports.reports(selected.id());  // a few per plan: one a year, by version
        var section = PolicyUi.section("policy-reports", getTranslation("policy.ui.reports"));
        if (list.isEmpty()) {
            section.add(new Paragraph(getTranslation("policy.ui.reports.none")));
            return section;
        }
        var grid = new Grid<ProgressReportRecord>();
        grid.setId("policy-reports-grid");
        grid.setAriaLabel(getTranslation("policy.ui.reports"));
        grid.addColumn(ProgressReportRecord::reportingYear).setHeader(getTranslation("policy.ui.reports.year"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> new Anchor(PolicyNavigation.progressReport(r.id()), r.title(getLocale())))
                .setHeader(getTranslation("policy.ui.reports.title")).setFlexGrow(1);
        grid.addColumn(ProgressReportRecord::reportVersion).setHeader(getTranslation("policy.ui.reports.version"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> PolicyUi.badge(this, r.status())).setHeader(getTranslation("policy.ui.reports.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(list);
        section.add(grid);
        return section;
    }

    void openMeasureCreator(ActionPlanRecord selected) {
        var dialog = new MeasureDialog[1];
        dialog[0] = new MeasureDialog(null, policies.objectives(selected.policyId()), partners, draft -> {
            try {
                MeasureRecord created = policies.createMeasure(selected.id(), draft);
                dialog[0].close();
                Notifications.success(getTranslation("policy.ui.measure.created", created.code()));
                UI.getCurrent().navigate(PolicyNavigation.measure(created.id()));
            } catch (BusinessException e) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        dialog[0].open();
    }

    void openReportCreator(ActionPlanRecord selected) {
        Set<Integer> taken = reports.reports(selected.id()).stream().map(ProgressReportRecord::reportingStartYear)
                .collect(Collectors.toSet());
        var dialog = new Dialog();
        dialog.setId("report-dialog");
        dialog.setHeaderTitle(getTranslation("policy.ui.report.dialog.title", selected.period()));
        var reportYear = new Select<Integer>();
        reportYear.setId("report-year");
        reportYear.setLabel(getTranslation("policy.ui.field.year"));
        reportYear.setItems(selected.reportingYears().stream().filter(y -> !taken.contains(y)).toList());
        reportYear.setItemLabelGenerator(y -> y == null ? "" : ActionPlanRecord.reportingYear(y));
        var titleFr = new TextField(getTranslation("policy.ui.report.field.title-fr"));
        titleFr.setId("report-title-fr");
        titleFr.setMaxLength(500);
        var titleEn = new TextField(getTranslation("policy.ui.report.field.title-en"));
        titleEn.setId("report-title-en");
        titleEn.setMaxLength(500);
        reportYear.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                String period = ActionPlanRecord.reportingYear(change.getValue());
                titleFr.setValue(getTranslation("policy.ui.report.default-title.fr", period));
                titleEn.setValue(getTranslation("policy.ui.report.default-title.en", period));
            }
        });
        dialog.add(new FormLayout(reportYear, titleFr, titleEn));
        var save = new Button(getTranslation("action.save"), click -> {
            if (reportYear.getValue() == null || titleFr.getValue().isBlank() || titleEn.getValue().isBlank()) {
                Notifications.error(getTranslation("validation.required"));
                return;
            }
            try {
                ProgressReportRecord created = reports.createReport(selected.id(),
                        new ReportDraft(reportYear.getValue(), titleFr.getValue(), titleEn.getValue()));
                dialog.close();
                Notifications.success(getTranslation("policy.ui.report.created", created.reportingYear()));
                UI.getCurrent().navigate(PolicyNavigation.progressReport(created.id()));
            } catch (BusinessException e) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        save.setId("report-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.policy");
    }
}
