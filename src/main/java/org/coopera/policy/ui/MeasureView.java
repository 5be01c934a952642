package org.coopera.policy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.base.ui.Notifications;
import org.coopera.base.ui.PageSection;
import org.coopera.base.ui.RecordHeader;
import org.coopera.base.ui.RecordNotFound;
import org.coopera.base.ui.RecordPage;
import org.coopera.base.ui.RecordSections;
import org.coopera.policy.ActionPlanRecord;
import org.coopera.policy.MeasureRecord;
import org.coopera.policy.ObjectiveRecord;
import org.coopera.policy.PolicyService;
import org.coopera.policy.ProgressReportService;
import org.coopera.reference.PartnerService;
import org.coopera.security.Roles;

/**
 * A measure: its objective, organisations, description and expected result; its progress year by
 * year (from the latest version of each year's report); the programmes, projects, meetings and
 * offices that carry it out; its history. Managers and administrators change it and its links.
 */
@Route(PolicyNavigation.MEASURE)
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
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(RecordHeader.recordId(event, "id").flatMap(policies::measure).orElse(null));
    }

    private void show(MeasureRecord found) {
        measure = found;
        removeAll();
        if (measure == null) {
            RecordNotFound.show(this, "policy.ui.measure.not-found.title", "policy.ui.measure.not-found",
                    backToPolicy()).message().setId("measure-not-found");
            return;
        }
        var header = new RecordHeader("measure-heading", heading());
        if (editor) {
            var edit = new Button(getTranslation("policy.ui.measure.action.edit"), VaadinIcon.EDIT.create(),
                    click -> openEditor());
            edit.setId("measure-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(edit);
        }
        Optional<ActionPlanRecord> plan = policies.actionPlan(measure.actionPlanId());
        ObjectiveRecord objective = plan.map(ActionPlanRecord::policyId).map(policies::objectives).orElse(List.of())
                .stream().filter(o -> o.id() == measure.objectiveId()).findFirst().orElse(null);
        add(backToPolicy(), header,
                new MeasureOverview(measure, objective, plan.map(p -> p.title(getLocale())).orElse(null)),
                new MeasureProgressSection(reports.yearlyProgress(measure.id())),
                new MeasureLinksSection(policies, measure.id(), editor, this::reload));
        sections.sections(RecordPage.MEASURE, measure.id()).forEach(this::add);
        long measureId = measure.id();
        add(new PageSection("measure-history", "history.title",
                new HistoryPanel(() -> policies.measureHistory(measureId), "policy.ui.measure.history.field.")));
    }

    private Anchor backToPolicy() {
        return new Anchor(PolicyNavigation.policy(), getTranslation("policy.ui.back-to-policy"));
    }

    private String heading() {
        return getTranslation("policy.ui.measure.heading", measure.code(), measure.title(getLocale()));
    }

    /** After a conflict the page is read again. */
    void openEditor() {
        MeasureRecord current = measure;
        long policyId = policies.actionPlan(current.actionPlanId()).orElseThrow().policyId();
        new MeasureDialog(current, policies.objectives(policyId), partners, draft -> {
            MeasureRecord saved = policies.updateMeasure(current.id(), current.version(), draft);
            Notifications.success(getTranslation("policy.ui.measure.saved", saved.code()));
            show(saved);
        }, this::reload).open();
    }

    private void reload() {
        show(policies.measure(measure.id()).orElse(null));
    }

    @Override
    public String getPageTitle() {
        return measure == null ? getTranslation("policy.ui.measure.not-found.title") : heading();
    }
}
