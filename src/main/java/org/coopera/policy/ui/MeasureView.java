package org.coopera.policy.ui;

import org.coopera.program.ui.ProgramNavigation;
import org.coopera.base.ui.RecordPage;
import org.coopera.base.ui.RecordSections;
import org.coopera.base.ui.ConfirmDialogs;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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
import org.coopera.base.BusinessException;
import org.coopera.base.ui.ConflictDialog;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.base.ui.Notifications;
import org.coopera.policy.ActionPlanRecord;
import org.coopera.policy.LinkType;
import org.coopera.policy.MeasureDraft;
import org.coopera.policy.MeasureLinkRecord;
import org.coopera.policy.MeasureRecord;
import org.coopera.policy.PolicyDrafts.LinkDraft;
import org.coopera.policy.PolicyService;
import org.coopera.policy.ProgressReportService;
import org.coopera.policy.YearlyProgress;
import org.coopera.reference.PartnerService;
import org.coopera.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A measure: its objective, organisations, description and expected result; its progress year by
 * year (from the latest version of each year's report); the programmes, projects, meetings and
 * offices that carry it out; its history. Managers and administrators change it and its links.
 */
@Route("policy/measures/:id")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
class MeasureView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PolicyService policies;
    private final RecordSections sections;
    private final ProgressReportService reports;
    private final PartnerService partners;
    private final boolean editor;
    private MeasureRecord measure;

    MeasureView(PolicyService policies, ProgressReportService reports, PartnerService partners,
                AuthenticationContext authentication, RecordSections sections) {
        this.sections = sections;
        this.policies = policies;
        this.reports = reports;
        this.partners = partners;
        this.editor = authentication.hasAnyRole(Roles.ADMIN, Roles.MANAGER);
        addClassName("measure-view");
        getStyle().set("padding", "var(--lumo-space-l)").set("box-sizing", "border-box");
    }


    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get("id").flatMap(PolicyUi::parse).flatMap(policies::measure).orElse(null));
    }

    private void show(MeasureRecord found) {
        measure = found;
        removeAll();
        if (measure == null) {
            var message = new Paragraph(getTranslation("policy.ui.measure.not-found"));
            message.setId("measure-not-found");
            add(new H2(getTranslation("policy.ui.measure.not-found.title")), message,
                    new Anchor("policy", getTranslation("policy.ui.back-to-policy")));
            return;
        }
        var title = new H2(heading());
        title.setId("measure-heading");
        var bar = new HorizontalLayout(title);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        if (editor) {
            var edit = new Button(getTranslation("policy.ui.measure.action.edit"), VaadinIcon.EDIT.create(),
                    click -> openEditor());
            edit.setId("measure-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(edit);
        }
        add(new Anchor("policy", getTranslation("policy.ui.back-to-policy")), bar, overview(), progress(), links());
        sections.sections(RecordPage.MEASURE, measure.id()).forEach(this::add);
        add(PolicyUi.section("measure-history", getTranslation("history.title"),
                        new HistoryPanel(() -> policies.measureHistory(measure.id()), "policy.ui.measure.history.field.")));
    }

    private String heading() {
        return getTranslation("policy.ui.measure.heading", measure.code(), measure.title(getLocale()));
    }

    private Component overview() {
        var list = new DescriptionList();
        list.setId("measure-overview");
        var objective = policies.actionPlan(measure.actionPlanId()).map(ActionPlanRecord::policyId)
                .map(policies::objectives).orElse(List.of()).stream()
                .filter(o -> o.id() == measure.objectiveId()).findFirst();
        term(list, "policy.ui.measure.field.objective",
                objective.map(o -> o.number() + ". " + o.title(getLocale())).orElse(null));
        term(list, "policy.ui.measure.field.plan", policies.actionPlan(measure.actionPlanId())
                .map(p -> p.title(getLocale())).orElse(null));
        term(list, "policy.ui.measure.field.lead", measure.leadOrganisation());
        term(list, "policy.ui.measure.field.partners", String.join(", ",
                measure.partnerOrganisations()));
        list.add(new DescriptionList.Term(getTranslation("policy.ui.measure.field.status")),
                new DescriptionList.Description(PolicyUi.badge(this, measure.status())));
        term(list, "policy.ui.measure.field.description", measure.description());
        term(list, "policy.ui.measure.field.expected-result", measure.expectedResult());
        if (measure.illustrative()) {
            var note = new Paragraph(getTranslation("policy.ui.measure.illustrative"));
            note.setId("measure-illustrative");
            return new Div(list, note);
        }
        return list;
    }

    private void term(DescriptionList list, String labelKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(labelKey)),
                new DescriptionList.Description(value == null || value.isBlank() ? "—" : value));
    }

    private Component progress() {
        List<YearlyProgress> years = reports.yearlyProgress(measure.id());
        var section = PolicyUi.section("measure-progress", getTranslation("policy.ui.measure.progress"));
        if (years.isEmpty()) {
            section.add(new Paragraph(getTranslation("policy.ui.measure.progress.none")));
            return section;
        }
        var grid = new Grid<YearlyProgress>();
        grid.setId("measure-progress-grid");
        grid.setAriaLabel(getTranslation("policy.ui.measure.progress"));
        grid.addColumn(YearlyProgress::reportingYear).setHeader(getTranslation("policy.ui.measure.progress.year"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(y -> PolicyUi.badge(this, y.status()))
                .setHeader(getTranslation("policy.ui.measure.progress.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(y -> y.narrative() == null ? "—" : y.narrative())
                .setHeader(getTranslation("policy.ui.measure.progress.narrative")).setFlexGrow(2);
        grid.addComponentColumn(this::evidence).setHeader(getTranslation("policy.ui.measure.progress.evidence"))
                .setFlexGrow(1);
        grid.addComponentColumn(y -> new Anchor(PolicyNavigation.progressReport(y.reportId()), getTranslation(
                        "policy.ui.measure.progress.report-link", y.reportVersion(),
                        getTranslation("policy.report.status." + y.reportStatus().name()))))
                .setHeader(getTranslation("policy.ui.measure.progress.report")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(years);  // one row per reporting year of the plan (three for 2006-2009)
        section.add(grid);
        return section;
    }

    private Component evidence(YearlyProgress year) {
        var cell = new Div();
        for (String link : year.evidenceLinks()) {
            var anchor = new Anchor(link, link, AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
            cell.add(new Div(anchor));
        }
        return cell;
    }

    private Component links() {
        List<MeasureLinkRecord> links = policies.links(measure.id(), getLocale());
        var section = PolicyUi.section("measure-links", getTranslation("policy.ui.measure.links"));
        if (editor) {
            var add = new Button(getTranslation("policy.ui.link.action.add"), VaadinIcon.PLUS.create(),
                    click -> openLinkDialog());
            add.setId("measure-link-add");
            section.add(add);
        }
        if (links.isEmpty()) {
            var none = new Paragraph(getTranslation("policy.ui.measure.links.none"));
            none.setId("measure-links-none");
            section.add(none);
            return section;
        }
        var grid = new Grid<MeasureLinkRecord>();
        grid.setId("measure-links-grid");
        grid.setAriaLabel(getTranslation("policy.ui.measure.links"));
        grid.addColumn(l -> getTranslation("policy.link.type." + l.type().name()))
                .setHeader(getTranslation("policy.ui.link.type")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::target).setHeader(getTranslation("policy.ui.link.target")).setKey("target")
                .setFlexGrow(1);
        if (editor) {
            grid.addComponentColumn(this::removeButton).setHeader(getTranslation("policy.ui.link.actions")).setKey("actions")
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(links);  // a measure's links: a handful
        section.add(grid);
        return section;
    }

    private Component target(MeasureLinkRecord link) {
        return switch (link.type()) {
            case PROGRAM -> new Anchor(ProgramNavigation.program(link.targetId()), link.targetLabel());
            case PROJECT -> new Anchor(ProgramNavigation.project(link.targetId()), link.targetLabel());
            case MEETING -> new Paragraph(link.targetLabel());
            case OFFICE -> new Paragraph(getTranslation("policy.ui.link.office.value", link.officeName(),
                    link.officeCity(), link.officeCountryCode()));
        };
    }

    private Button removeButton(MeasureLinkRecord link) {
        var remove = new Button(VaadinIcon.TRASH.create(), click -> confirmRemove(link));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("policy.ui.link.action.remove"));
        remove.setTooltipText(getTranslation("policy.ui.link.action.remove"));
        remove.addClassName("measure-link-remove");
        return remove;
    }

    private void confirmRemove(MeasureLinkRecord link) {
        var confirm = ConfirmDialogs.destructive("measure-link-remove-dialog",
                getTranslation("policy.ui.link.remove.title"),
                getTranslation("policy.ui.link.remove.message"),
                getTranslation("policy.ui.link.action.remove"));
        confirm.addConfirmListener(event -> {
            try {
                policies.removeLink(link.id(), link.version());
                Notifications.success(getTranslation("policy.ui.link.removed"));
            } catch (BusinessException e) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            } catch (ObjectOptimisticLockingFailureException e) {
                Notifications.error(getTranslation("conflict.message"));
            }
            reload();
        });
        confirm.open();
    }

    void openLinkDialog() {
        var dialog = new LinkDialog[1];
        dialog[0] = new LinkDialog(draft -> addLink(dialog[0], draft));
        dialog[0].open();
    }

    private void addLink(LinkDialog dialog, LinkDraft draft) {
        try {
            policies.addLink(measure.id(), draft);
            dialog.close();
            Notifications.success(getTranslation("policy.ui.link.added"));
            reload();
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    void openEditor() {
        MeasureRecord current = measure;
        long policyId = policies.actionPlan(current.actionPlanId()).orElseThrow().policyId();
        var dialog = new MeasureDialog[1];
        dialog[0] = new MeasureDialog(current, policies.objectives(policyId), partners,
                draft -> save(dialog[0], current, draft));
        dialog[0].open();
    }

    private void save(MeasureDialog dialog, MeasureRecord current, MeasureDraft draft) {
        try {
            MeasureRecord saved = policies.updateMeasure(current.id(), current.version(), draft);
            dialog.close();
            Notifications.success(getTranslation("policy.ui.measure.saved", saved.code()));
            show(saved);
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        } catch (ObjectOptimisticLockingFailureException e) {
            var confirm = ConflictDialog.create();
            confirm.addConfirmListener(event -> {
                dialog.close();
                reload();
            });
            confirm.open();
        }
    }

    private void reload() {
        show(policies.measure(measure.id()).orElse(null));
    }

    @Override
    public String getPageTitle() {
        return measure == null ? getTranslation("policy.ui.measure.not-found.title") : heading();
    }

    /** Which kinds of link a user may add (every kind). */
    static LinkType[] linkTypes() {
        return LinkType.values();
    }
}
