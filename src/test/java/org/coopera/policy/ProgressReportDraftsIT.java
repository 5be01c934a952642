package org.coopera.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopera.policy.PolicyRulesIT.key;
import static org.coopera.policy.PolicyRulesIT.signIn;

import java.util.List;
import org.coopera.IntegrationTest;
import org.coopera.policy.PolicyDrafts.ActionPlanDraft;
import org.coopera.policy.PolicyDrafts.ObjectiveDraft;
import org.coopera.policy.PolicyDrafts.PolicyDraft;
import org.coopera.policy.PolicyDrafts.ProgressDraft;
import org.coopera.policy.PolicyDrafts.ReportDraft;
import org.coopera.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The versions of progress reports not yet published (draft, in review) are read only by the roles
 * that edit them, managers and administrators: officers and readers see the published versions
 * only, in the report lists, a report's page, its entries, history and document, a measure's yearly
 * progress and the policy tree's figures. On a policy of the test's own.
 */
@IntegrationTest
class ProgressReportDraftsIT {

    @Autowired
    PolicyService policies;
    @Autowired
    ProgressReportService reports;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void officersAndReadersSeeOnlyPublishedVersions() {
        signIn("gestionnaire", Roles.MANAGER);
        String suffix = String.valueOf(System.nanoTime() % 1_000_000_000);
        PolicyRecord policy = policies.createPolicy(new PolicyDraft("D-" + suffix, "Politique " + suffix,
                "Policy " + suffix, null));
        ObjectiveRecord objective = policies.addObjective(policy.id(), new ObjectiveDraft(1, "Objectif", "Objective"));
        ActionPlanRecord plan = policies.createActionPlan(policy.id(),
                new ActionPlanDraft(2010, 2013, "Plan", "Plan", null));
        MeasureRecord measure = policies.createMeasure(plan.id(), PolicyRulesIT.draft("D.1", objective.id()));
        // 2011: version 1 published ("in progress"), version 2 a draft ("done")
        ProgressReportRecord first = reports.createReport(plan.id(), new ReportDraft(2011, "Bilan publié", "Published"));
        reports.saveProgress(first.id(), measure.id(), null,
                new ProgressDraft(MeasureStatus.IN_PROGRESS, "Texte publié", List.of()));
        ProgressReportRecord reviewed = reports.submitForReview(first.id(), first.version());
        reports.publish(reviewed.id(), reviewed.version());
        ProgressReportRecord second = reports.newVersion(first.id());
        ReportEntry copied = reports.entries(second.id()).getFirst();
        reports.saveProgress(second.id(), measure.id(), copied.progressVersion(),
                new ProgressDraft(MeasureStatus.DONE, "Texte du brouillon", List.of()));
        // 2012: only a version in review
        ProgressReportRecord inReview = reports.createReport(plan.id(), new ReportDraft(2012, "Bilan en revue", "In review"));
        reports.saveProgress(inReview.id(), measure.id(), null,
                new ProgressDraft(MeasureStatus.DONE, "Texte en revue", List.of()));
        inReview = reports.submitForReview(inReview.id(), inReview.version());

        // the editors see everything
        assertThat(reports.reports(plan.id())).extracting(ProgressReportRecord::id)
                .containsExactlyInAnyOrder(first.id(), second.id(), inReview.id());
        assertThat(reports.yearlyProgress(measure.id())).extracting(YearlyProgress::narrative)
                .containsExactly("Texte du brouillon", "Texte en revue");
        assertThat(policies.tree(plan.id(), 2011).getFirst().done()).isEqualTo(1);

        for (String role : List.of(Roles.OFFICER, Roles.READER)) {
            signIn("someone-" + role.toLowerCase(), role);
            assertThat(reports.reports(plan.id())).as(role).extracting(ProgressReportRecord::id)
                    .containsExactly(first.id());
            assertThat(reports.report(first.id())).as(role).isPresent();
            assertThat(reports.entries(first.id()).getFirst().narrative()).as(role).isEqualTo("Texte publié");
            for (long hidden : new long[] {second.id(), inReview.id()}) {
                assertThat(reports.report(hidden)).as(role).isEmpty();
                assertThat(reports.document(hidden)).as(role).isEmpty();
                assertThatThrownBy(() -> reports.entries(hidden)).as(role)
                        .satisfies(e -> assertThat(key(e)).isEqualTo("record.not-found"));
                assertThatThrownBy(() -> reports.completeness(hidden)).as(role)
                        .satisfies(e -> assertThat(key(e)).isEqualTo("record.not-found"));
                assertThatThrownBy(() -> reports.history(hidden)).as(role)
                        .satisfies(e -> assertThat(key(e)).isEqualTo("record.not-found"));
                assertThatThrownBy(() -> reports.loadDocument(hidden)).as(role)
                        .satisfies(e -> assertThat(key(e)).isEqualTo("record.not-found"));
            }
            // figures from the published version only
            assertThat(reports.yearlyProgress(measure.id())).as(role).extracting(YearlyProgress::narrative)
                    .containsExactly("Texte publié");
            assertThat(policies.tree(plan.id(), 2011).getFirst().done()).as(role).isZero();
            assertThat(policies.tree(plan.id(), 2011).getFirst().inProgress()).as(role).isEqualTo(1);
            assertThat(policies.tree(plan.id(), 2012).getFirst().done()).as(role).isZero();
        }
    }
}
