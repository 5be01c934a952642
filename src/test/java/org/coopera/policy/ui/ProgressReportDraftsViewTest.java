package org.coopera.policy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.util.Set;
import org.coopera.KaribuTest;
import org.coopera.policy.ActionPlanRecord;
import org.coopera.policy.MeasureDraft;
import org.coopera.policy.MeasureStatus;
import org.coopera.policy.ObjectiveRecord;
import org.coopera.policy.PolicyDrafts.ActionPlanDraft;
import org.coopera.policy.PolicyDrafts.ObjectiveDraft;
import org.coopera.policy.PolicyDrafts.PolicyDraft;
import org.coopera.policy.PolicyDrafts.ReportDraft;
import org.coopera.policy.PolicyRecord;
import org.coopera.policy.PolicyService;
import org.coopera.policy.ProgressReportRecord;
import org.coopera.policy.ProgressReportService;
import org.coopera.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A draft progress report's page: its editors open it; an officer and a reader get "not found". */
class ProgressReportDraftsViewTest extends KaribuTest {

    @Autowired
    PolicyService policies;
    @Autowired
    ProgressReportService reports;

    @Test
    void aDraftReportsPageOpensForItsEditorsOnly() {
        login("gestionnaire", Role.MANAGER);
        String suffix = String.valueOf(System.nanoTime() % 1_000_000_000);
        PolicyRecord policy = policies.createPolicy(new PolicyDraft("KD-" + suffix, "Politique " + suffix,
                "Policy " + suffix, null));
        ObjectiveRecord objective = policies.addObjective(policy.id(), new ObjectiveDraft(1, "Objectif", "Objective"));
        ActionPlanRecord plan = policies.createActionPlan(policy.id(), new ActionPlanDraft(2012, 2015, "Plan", "Plan", null));
        policies.createMeasure(plan.id(), new MeasureDraft(objective.id(), "KD.1", "Mesure", "Measure", null, Set.of(),
                null, null, MeasureStatus.IN_PROGRESS));
        ProgressReportRecord draft = reports.createReport(plan.id(), new ReportDraft(2013, "Bilan brouillon", "Draft"));

        UI.getCurrent().navigate("policy/reports/" + draft.id());
        assertThat(_find(H2.class, spec -> spec.withId("report-title"))).singleElement()
                .satisfies(title -> assertThat(title.getText()).isEqualTo("Bilan brouillon"));

        for (Role role : new Role[] {Role.OFFICER, Role.READER}) {
            login("someone", role);
            UI.getCurrent().navigate("policy");
            UI.getCurrent().navigate("policy/reports/" + draft.id());
            assertThat(_find(H2.class, spec -> spec.withId("report-title"))).as(role.name()).isEmpty();
            assertThat(_find(Component.class, spec -> spec.withId("report-not-found"))).as(role.name()).hasSize(1);
        }
    }
}
