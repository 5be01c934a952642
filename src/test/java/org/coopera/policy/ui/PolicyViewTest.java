package org.coopera.policy.ui;

import org.coopera.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import java.util.List;
import java.util.Set;
import org.coopera.policy.ActionPlanRecord;
import org.coopera.policy.MeasureDraft;
import org.coopera.policy.MeasureRecord;
import org.coopera.policy.MeasureStatus;
import org.coopera.policy.ObjectiveRecord;
import org.coopera.policy.PolicyDrafts.ActionPlanDraft;
import org.coopera.policy.PolicyDrafts.ObjectiveDraft;
import org.coopera.policy.PolicyDrafts.PolicyDraft;
import org.coopera.policy.PolicyDrafts.ProgressDraft;
import org.coopera.policy.PolicyDrafts.ReportDraft;
import org.coopera.policy.PolicyRecord;
import org.coopera.policy.PolicyService;
import org.coopera.policy.ProgressReportRecord;
import org.coopera.policy.ProgressReportService;
import org.coopera.policy.ReportStatus;
import org.coopera.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The policy tree with its counts per objective, the measure page, and the progress report editor
 * with its completeness and the frozen published report. Changes are made on a policy of the test's own.
 */
class PolicyViewTest extends KaribuTest {

    private static final String NBSP = "\u00a0";

    @Autowired
    PolicyService policies;

    @Autowired
    ProgressReportService reports;

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static TreeGrid<Object> tree() {
        return _get(TreeGrid.class, spec -> spec.withId("policy-tree"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @Test
    void theTreeShowsTheYearTwoCountsPerObjective() {
        login("lecteur", Role.READER);
        UI.getCurrent().navigate("policy");

        @SuppressWarnings("unchecked")
        Select<PolicyRecord> policy = _get(Select.class, spec -> spec.withId("policy-select"));
        assertThat(policy.getValue().code()).isEqualTo("PIQ-2006");  // the most recently made public
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withId("policy-year"));
        assertThat(year.getValue()).isEqualTo(2007);  // the latest year with a report
        TreeGrid<Object> tree = tree();
        var data = ((TreeDataProvider<Object>) tree.getDataProvider()).getTreeData();
        assertThat(data.getRootItems()).hasSize(5);
        // row 0: objective 1, expanded: its four measures follow
        assertThat(text(GridKt._getCellComponent(tree, 0, "item")))
                .isEqualTo("Objectif 1 — Renforcer la capacité d’action et d’influence de l’État québécois");
        assertThat(text(GridKt._getCellComponent(tree, 0, "progress")))
                .isEqualTo("3 réalisées · 1 en cours · 0 non commencées · 0 sans bilan");
        assertThat(text(GridKt._getCellComponent(tree, 1, "item"))).startsWith("1.1 — Représentation du Québec");
        assertThat(text(GridKt._getCellComponent(tree, 1, "progress"))).isEqualTo("En cours");
        assertThat(text(GridKt._getCellComponent(tree, 5, "progress")))
                .isEqualTo("1 réalisées · 0 en cours · 1 non commencées · 0 sans bilan");  // objective 2

        year.setValue(2008);  // nothing reported yet for 2008-2009
        assertThat(text(GridKt._getCellComponent(tree(), 0, "progress")))
                .isEqualTo("0 réalisées · 0 en cours · 0 non commencées · 4 sans bilan");
        assertThat(_find(Button.class, spec -> spec.withId("policy-new-measure"))).isEmpty();
    }

    @Test
    void theMeasurePageShowsItsYearlyProgressAndLinkedWork() {
        login("lecteur", Role.READER);
        PolicyRecord piq = policies.policies().stream().filter(p -> p.code().equals("PIQ-2006")).findFirst().orElseThrow();
        long planId = policies.actionPlans(piq.id()).getFirst().id();
        long saoPaulo = policies.tree(planId, 2007).getFirst().measures().stream().filter(m -> m.code().equals("1.2"))
                .findFirst().orElseThrow().id();

        UI.getCurrent().navigate("policy/measures/" + saoPaulo);

        assertThat(_get(H2.class, spec -> spec.withId("measure-heading")).getText())
                .isEqualTo("Mesure 1.2 — Ouverture d’un bureau du Québec à São Paulo");
        Grid<Object> progress = grid("measure-progress-grid");
        assertThat(GridKt._size(progress)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(progress, 0)).contains("2007-2008");
        Grid<Object> links = grid("measure-links-grid");
        assertThat(GridKt._size(links)).isEqualTo(1);
        assertThat(text(GridKt._getCellComponent(links, 0, "target")))
                .isEqualTo("Bureau du Québec à São Paulo, São Paulo (BR)");
        assertThat(_find(Button.class, spec -> spec.withId("measure-edit"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("measure-link-add"))).isEmpty();
    }

    @Test
    void theReportEditorShowsCompletenessAndFreezesThePublishedReport() {
        login("gestionnaire", Role.MANAGER);
        String suffix = String.valueOf(System.nanoTime() % 1_000_000_000);
        PolicyRecord policy = policies.createPolicy(new PolicyDraft("K-" + suffix, "Politique " + suffix,
                "Policy " + suffix, null));
        ObjectiveRecord objective = policies.addObjective(policy.id(), new ObjectiveDraft(1, "Objectif", "Objective"));
        ActionPlanRecord plan = policies.createActionPlan(policy.id(), new ActionPlanDraft(2012, 2015, "Plan", "Plan", null));
        MeasureRecord told = policies.createMeasure(plan.id(), measure("K.1", objective.id()));
        MeasureRecord untold = policies.createMeasure(plan.id(), measure("K.2", objective.id()));
        ProgressReportRecord report = reports.createReport(plan.id(), new ReportDraft(2013, "Bilan", "Report"));
        reports.saveProgress(report.id(), told.id(), null, new ProgressDraft(MeasureStatus.DONE, "Fait.", List.of()));

        UI.getCurrent().navigate("policy/reports/" + report.id());

        assertThat(_get(Paragraph.class, spec -> spec.withId("report-completeness-summary")).getText())
                .isEqualTo("1 mesure(s) sur 2 ont un texte de réalisations pour l’année.");
        assertThat(text(_get(UnorderedList.class, spec -> spec.withId("report-missing"))))
                .contains("K.2").doesNotContain("K.1");

        // the missing narrative is written in the editor
        _click((Button) GridKt._getCellComponent(grid("report-entries"), 1, "actions"));
        _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("progress-narrative"))
                .setValue("Amorcé.");
        _click(_get(Button.class, spec -> spec.withId("progress-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-complete")).getText())
                .isEqualTo("Toutes les mesures du plan d’action ont un texte pour l’année.");

        // titles and summary are edited while the report is a draft; a blank title is refused
        _click(_get(Button.class, spec -> spec.withId("report-edit")));
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("report-edit-title-fr")).setValue(" ");
        _click(_get(Button.class, spec -> spec.withId("report-edit-save")));
        assertThat(getNotifications()).anyMatch(n -> n.getElement().getProperty("text").equals("Ce champ est obligatoire."));
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("report-edit-title-fr"))
                .setValue("Bilan de l’an II");
        _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("report-edit-summary"))
                .setValue("Deux mesures.");
        _click(_get(Button.class, spec -> spec.withId("report-edit-save")));
        assertThat(_get(H2.class, spec -> spec.withId("report-title")).getText()).isEqualTo("Bilan de l’an II");
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-summary")).getText()).isEqualTo("Deux mesures.");

        // review, then publish with confirmation
        _click(_get(Button.class, spec -> spec.withId("report-submit")));
        _click(_get(Button.class, spec -> spec.withId("report-publish")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("report-publish-dialog")));
        assertThat(reports.report(report.id()).orElseThrow().status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-frozen")).getText()).contains("publié" + NBSP + ":");

        // an edit of the published report is refused with the offer of a new version
        _click(_get(Button.class, spec -> spec.withId("report-edit")));
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("report-edit-dialog"))).isEmpty();
        assertThat(_get(ConfirmDialog.class, spec -> spec.withId("report-frozen-dialog"))).isNotNull();
        _get(ConfirmDialog.class, spec -> spec.withId("report-frozen-dialog")).close();
        Button editFirst = (Button) GridKt._getCellComponent(grid("report-entries"), 0, "actions");
        assertThat(editFirst.getId()).hasValue("report-edit-K.1");
        _click(editFirst);
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("progress-dialog"))).isEmpty();
        ConfirmDialog frozen = _get(ConfirmDialog.class, spec -> spec.withId("report-frozen-dialog"));
        ConfirmDialogKt._fireConfirm(frozen);
        List<ProgressReportRecord> versions = reports.reports(plan.id());
        assertThat(versions).extracting(ProgressReportRecord::reportVersion, ProgressReportRecord::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, ReportStatus.DRAFT),
                        org.assertj.core.groups.Tuple.tuple(1, ReportStatus.PUBLISHED));
        assertThat(getNotifications()).anyMatch(n -> n.getElement().getProperty("text").contains("Version 2"));
        assertThat(reports.entries(versions.getFirst().id())).extracting(e -> e.narrative())
                .containsExactly("Fait.", "Amorcé.");
        assertThat(untold.code()).isEqualTo("K.2");
    }

    @Test
    void aManagerAddsAMeasureAndLinksAnOfficeToIt() {
        login("gestionnaire", Role.MANAGER);
        String suffix = String.valueOf(System.nanoTime() % 1_000_000_000);
        PolicyRecord policy = policies.createPolicy(new PolicyDraft("M-" + suffix, "Politique M" + suffix,
                "Policy M" + suffix, null));
        ObjectiveRecord objective = policies.addObjective(policy.id(), new ObjectiveDraft(1, "Objectif", "Objective"));
        ActionPlanRecord plan = policies.createActionPlan(policy.id(), new ActionPlanDraft(2020, 2023, "Plan", "Plan", 3));
        UI.getCurrent().navigate("policy");
        @SuppressWarnings("unchecked")
        Select<PolicyRecord> policySelect = _get(Select.class, spec -> spec.withId("policy-select"));
        policySelect.setValue(policy);
        assertThat(_get(Paragraph.class, spec -> spec.withId("policy-intro")).getText())
                .isEqualTo("Rendue publique en — · plan d’action 2020-2023" + NBSP
                        + ": quelque 3 mesures et initiatives prévues, dont 0 enregistrées ici");

        // blank fields are refused in the form; nothing is stored
        _click(_get(Button.class, spec -> spec.withId("policy-new-measure")));
        var code = _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("measure-code"));
        _click(_get(Button.class, spec -> spec.withId("measure-save")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(policies.countMeasures(plan.id())).isZero();

        code.setValue("M.1");
        @SuppressWarnings("unchecked")
        Select<ObjectiveRecord> objectiveSelect = _get(Select.class, spec -> spec.withId("measure-objective"));
        objectiveSelect.setValue(objective);
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("measure-title-fr"))
                .setValue("Ouverture d’un bureau à Tokyo");
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("measure-title-en"))
                .setValue("Opening of an office in Tokyo");
        _click(_get(Button.class, spec -> spec.withId("measure-save")));
        assertThat(_get(H2.class, spec -> spec.withId("measure-heading")).getText())
                .isEqualTo("Mesure M.1 — Ouverture d’un bureau à Tokyo");
        assertThat(_get(Paragraph.class, spec -> spec.withId("measure-links-none"))).isNotNull();

        // an office with an unknown country is refused with a message; a good one is linked
        _click(_get(Button.class, spec -> spec.withId("measure-link-add")));
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("link-office-name"))
                .setValue("Bureau du Québec à Tokyo");
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("link-office-city"))
                .setValue("Tokyo");
        var country = _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("link-office-country"));
        country.setValue("ZZ");
        _click(_get(Button.class, spec -> spec.withId("link-save")));
        assertThat(getNotifications()).anyMatch(n -> n.getElement().getProperty("text").equals("Pays inconnu" + NBSP + ": ZZ."));
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("link-dialog"))).hasSize(1);
        country.setValue("JP");
        _click(_get(Button.class, spec -> spec.withId("link-save")));
        Grid<Object> links = grid("measure-links-grid");
        assertThat(text(GridKt._getCellComponent(links, 0, "target"))).isEqualTo("Bureau du Québec à Tokyo, Tokyo (JP)");

        // removing the link asks first
        _click((Button) GridKt._getCellComponent(links, 0, "actions"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("measure-link-remove-dialog")));
        assertThat(_find(Grid.class, spec -> spec.withId("measure-links-grid"))).isEmpty();
    }

    @Test
    void aStaleMeasureEditOpensTheConflictDialogAndOverwritesNothing() {
        login("gestionnaire", Role.MANAGER);
        String suffix = String.valueOf(System.nanoTime() % 1_000_000_000);
        PolicyRecord policy = policies.createPolicy(new PolicyDraft("C-" + suffix, "Politique C" + suffix,
                "Policy C" + suffix, null));
        ObjectiveRecord objective = policies.addObjective(policy.id(), new ObjectiveDraft(1, "Objectif", "Objective"));
        ActionPlanRecord plan = policies.createActionPlan(policy.id(), new ActionPlanDraft(2020, 2023, "Plan", "Plan", null));
        MeasureRecord created = policies.createMeasure(plan.id(), measure("C.1", objective.id()));
        UI.getCurrent().navigate("policy/measures/" + created.id());

        _click(_get(Button.class, spec -> spec.withId("measure-edit")));
        // someone else saves the measure while the editor is open
        policies.updateMeasure(created.id(), created.version(), new MeasureDraft(objective.id(), "C.1",
                "Mesure changée ailleurs", "Measure changed elsewhere", null, Set.of(), null, null,
                MeasureStatus.DONE));
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("measure-title-fr"))
                .setValue("Ma version");
        _click(_get(Button.class, spec -> spec.withId("measure-save")));

        // nothing is overwritten; the editor stays open (what was typed can be copied) until the user reloads
        assertThat(policies.measure(created.id()).orElseThrow().titleFr()).isEqualTo("Mesure changée ailleurs");
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("measure-dialog"))).hasSize(1);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("conflict-dialog")));
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("measure-dialog"))).isEmpty();
        assertThat(_get(H2.class, spec -> spec.withId("measure-heading")).getText())
                .isEqualTo("Mesure C.1 — Mesure changée ailleurs");
    }

    @Test
    void progressWrittenWhileTheReportWasPublishedMeanwhileOffersANewVersion() {
        login("gestionnaire", Role.MANAGER);
        String suffix = String.valueOf(System.nanoTime() % 1_000_000_000);
        PolicyRecord policy = policies.createPolicy(new PolicyDraft("F-" + suffix, "Politique F" + suffix,
                "Policy F" + suffix, null));
        ObjectiveRecord objective = policies.addObjective(policy.id(), new ObjectiveDraft(1, "Objectif", "Objective"));
        ActionPlanRecord plan = policies.createActionPlan(policy.id(), new ActionPlanDraft(2012, 2015, "Plan", "Plan", null));
        policies.createMeasure(plan.id(), measure("F.1", objective.id()));
        ProgressReportRecord report = reports.createReport(plan.id(), new ReportDraft(2013, "Bilan", "Report"));
        UI.getCurrent().navigate("policy/reports/" + report.id());

        _click((Button) GridKt._getCellComponent(grid("report-entries"), 0, "actions"));
        // someone else publishes the report while the progress editor is open
        ProgressReportRecord inReview = reports.submitForReview(report.id(), report.version());
        reports.publish(inReview.id(), inReview.version());
        _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("progress-narrative"))
                .setValue("Trop tard.");
        _click(_get(Button.class, spec -> spec.withId("progress-save")));

        // the editor closes, nothing is written, and a new version is offered instead
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("progress-dialog"))).isEmpty();
        assertThat(reports.entries(report.id())).extracting(e -> e.narrative()).containsOnlyNulls();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("report-frozen-dialog")));
        assertThat(reports.reports(plan.id())).extracting(ProgressReportRecord::reportVersion).containsExactly(2, 1);
    }

    private static MeasureDraft measure(String code, long objectiveId) {
        return new MeasureDraft(objectiveId, code, "Mesure " + code, "Measure " + code, null, Set.of(), null, null,
                MeasureStatus.IN_PROGRESS);
    }
}
