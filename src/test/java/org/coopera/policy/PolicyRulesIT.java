package org.coopera.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coopera.IntegrationTest;
import org.coopera.base.BusinessException;
import org.coopera.policy.PolicyDrafts.ActionPlanDraft;
import org.coopera.policy.PolicyDrafts.LinkDraft;
import org.coopera.policy.PolicyDrafts.ObjectiveDraft;
import org.coopera.policy.PolicyDrafts.PolicyDraft;
import org.coopera.policy.PolicyDrafts.ProgressDraft;
import org.coopera.policy.PolicyDrafts.ReportDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The policy rules on a policy of the test's own (so that the demo policy stays untouched):
 * objectives of another policy, reporting years outside the plan's period, frozen published reports
 * and their new versions, evidence links, links to work, permissions.
 */
@IntegrationTest
class PolicyRulesIT {

    @Autowired
    PolicyService policies;

    @Autowired
    ProgressReportService reports;

    @Autowired
    org.coopera.program.ProgramService programs;
    @Autowired
    org.coopera.workinggroup.WorkingGroupService workingGroups;

    PolicyRecord policy;
    ObjectiveRecord objective;
    ActionPlanRecord plan;
    MeasureRecord measure;

    static void signIn(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    static String key(Throwable e) {
        return ((BusinessException) e).messageKey();
    }

    @BeforeEach
    void aPolicyWithAPlan() {
        signIn("gestionnaire", "MANAGER");
        String suffix = String.valueOf(System.nanoTime() % 1_000_000_000);
        // no year made public: listed after the demo policy, which the policy page then still opens on
        policy = policies.createPolicy(new PolicyDraft("T-" + suffix, "Politique " + suffix, "Policy " + suffix, null));
        objective = policies.addObjective(policy.id(), new ObjectiveDraft(1, "Objectif un", "Objective one"));
        plan = policies.createActionPlan(policy.id(), new ActionPlanDraft(2010, 2013, "Plan 2010-2013", "Plan 2010-2013", 12));
        measure = policies.createMeasure(plan.id(), draft("A.1", objective.id()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static MeasureDraft draft(String code, long objectiveId) {
        return new MeasureDraft(objectiveId, code, "Mesure " + code, "Measure " + code, null, Set.of(), null, null,
                MeasureStatus.NOT_STARTED);
    }

    @Test
    void aMeasureCannotServeAnObjectiveOfAnotherPolicy() {
        PolicyRecord other = policies.createPolicy(new PolicyDraft("O-" + System.nanoTime() % 1_000_000_000, "Autre",
                "Other", null));
        ObjectiveRecord foreign = policies.addObjective(other.id(), new ObjectiveDraft(1, "Autre", "Other"));

        assertThatThrownBy(() -> policies.createMeasure(plan.id(), draft("A.2", foreign.id())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("policy.measure.objective.other-policy"));
        assertThatThrownBy(() -> policies.updateMeasure(measure.id(), measure.version(), draft("A.1", foreign.id())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("policy.measure.objective.other-policy"));
        assertThat(policies.countMeasures(plan.id())).isEqualTo(1);
        assertThat(policies.measure(measure.id()).orElseThrow().objectiveId()).isEqualTo(objective.id());
    }

    @Test
    void measureCodesAreUniqueInAPlanAndBadInputIsRefused() {
        assertThatThrownBy(() -> policies.createMeasure(plan.id(), draft("A.1", objective.id())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("policy.measure.code.taken"));
        assertThatThrownBy(() -> policies.createMeasure(plan.id(), new MeasureDraft(objective.id(), " ", "", "x", null,
                null, null, null, null))).isInstanceOf(ConstraintViolationException.class);
        assertThat(policies.countMeasures(plan.id())).isEqualTo(1);
    }

    @Test
    void actionPlanPeriodsAreCheckedAndUniquePerPolicy() {
        assertThatThrownBy(() -> policies.createActionPlan(policy.id(), new ActionPlanDraft(2013, 2013, "P", "P", null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("policy.plan.period.order"));
        assertThatThrownBy(() -> policies.createActionPlan(policy.id(), new ActionPlanDraft(2010, 2014, "P", "P", null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("policy.plan.period.taken"));
        assertThatThrownBy(() -> policies.createActionPlan(policy.id(), new ActionPlanDraft(2014, 2017, "P", "P", -1)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> policies.addObjective(policy.id(), new ObjectiveDraft(1, "Doublon", "Duplicate")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("policy.objective.number.taken"));
        assertThat(policies.actionPlans(policy.id())).singleElement()
                .satisfies(p -> assertThat(p.plannedMeasures()).isEqualTo(12));
    }

    @Test
    void aProgressYearOutsideThePlanPeriodIsRefused() {
        // plan 2010-2013: years 2010-2011, 2011-2012 and 2012-2013
        for (int outside : new int[] {2009, 2013, 2020}) {
            assertThatThrownBy(() -> reports.createReport(plan.id(), new ReportDraft(outside, "Bilan", "Report")))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("policy.progress.year.outside"));
        }
        assertThat(reports.reports(plan.id())).isEmpty();
        assertThat(reports.createReport(plan.id(), new ReportDraft(2012, "Bilan", "Report")).reportingYear())
                .isEqualTo("2012-2013");
        assertThatThrownBy(() -> reports.createReport(plan.id(), new ReportDraft(2012, "Bilan", "Report")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("policy.report.year.exists"));
    }

    @Test
    void aPublishedReportIsFrozenAndANewVersionTakesTheChanges() {
        ProgressReportRecord report = reports.createReport(plan.id(), new ReportDraft(2011, "Bilan an II", "Year II"));
        ReportEntry entry = reports.saveProgress(report.id(), measure.id(), null,
                new ProgressDraft(MeasureStatus.IN_PROGRESS, "Travaux amorcés", List.of("https://example.org/a")));
        assertThatThrownBy(() -> reports.publish(report.id(), report.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("policy.report.not-in-review"));
        ProgressReportRecord reviewed = reports.submitForReview(report.id(), report.version());
        ProgressReportRecord published = reports.publish(reviewed.id(), reviewed.version());
        assertThat(published.status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(published.publishedOn()).isNotNull();

        assertThatThrownBy(() -> reports.saveProgress(report.id(), measure.id(), entry.progressVersion(),
                new ProgressDraft(MeasureStatus.DONE, "Réalisé", List.of())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("policy.report.frozen"));
        assertThatThrownBy(() -> reports.retitle(published.id(), published.version(), "Autre", "Other", null))
                .satisfies(e -> assertThat(key(e)).isEqualTo("policy.report.frozen"));

        ProgressReportRecord second = reports.newVersion(published.id());
        assertThat(second.reportVersion()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(ReportStatus.DRAFT);
        ReportEntry copied = reports.entries(second.id()).getFirst();
        assertThat(copied.narrative()).isEqualTo("Travaux amorcés");
        assertThat(copied.evidenceLinks()).containsExactly("https://example.org/a");
        reports.saveProgress(second.id(), measure.id(), copied.progressVersion(),
                new ProgressDraft(MeasureStatus.DONE, "Réalisé", List.of()));
        assertThatThrownBy(() -> reports.newVersion(published.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("policy.report.new-version.exists"));
        assertThatThrownBy(() -> reports.newVersion(second.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("policy.report.new-version.not-published"));

        // the published version stays as it was, and still readable; the year's latest version is the new one
        ProgressReportRecord first = reports.report(published.id()).orElseThrow();
        assertThat(first.status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(first.latest()).isFalse();
        assertThat(reports.entries(published.id()).getFirst().narrative()).isEqualTo("Travaux amorcés");
        assertThat(reports.yearlyProgress(measure.id())).singleElement()
                .satisfies(y -> assertThat(y.narrative()).isEqualTo("Réalisé"));
        assertThat(policies.tree(plan.id(), 2011).getFirst().done()).isEqualTo(1);
    }

    @Test
    void theReportDocumentIsCheckedByContentAndFrozenWithTheReport() {
        ProgressReportRecord report = reports.createReport(plan.id(), new ReportDraft(2010, "Bilan", "Report"));
        assertThatThrownBy(() -> reports.attachDocument(report.id(), report.version(), "rapport.pdf",
                org.coopera.base.files.TestFiles.windowsProgram()))
                .satisfies(e -> assertThat(key(e)).startsWith("files.type-refused"));
        assertThat(reports.document(report.id())).isEmpty();

        ProgressReportRecord attached = reports.attachDocument(report.id(), report.version(), "rapport.pdf",
                org.coopera.base.files.TestFiles.pdf());
        assertThat(reports.document(report.id())).hasValueSatisfying(f -> assertThat(f.name()).isEqualTo("rapport.pdf"));
        assertThat(reports.loadDocument(report.id()).bytes()).isEqualTo(org.coopera.base.files.TestFiles.pdf());

        ProgressReportRecord published = reports.publish(attached.id(),
                reports.submitForReview(attached.id(), attached.version()).version());
        assertThatThrownBy(() -> reports.attachDocument(published.id(), published.version(), "autre.pdf",
                org.coopera.base.files.TestFiles.pdf()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("policy.report.frozen"));
        // a new version starts with the same document, which the published one keeps
        ProgressReportRecord second = reports.newVersion(published.id());
        assertThat(second.documentFileId()).isEqualTo(published.documentFileId());
    }

    @Test
    void evidenceLinksMustBeWebAddresses() {
        ProgressReportRecord report = reports.createReport(plan.id(), new ReportDraft(2010, "Bilan an I", "Year I"));
        for (String bad : new String[] {"javascript:alert(1)", "ftp://example.org/x", "file:///etc/passwd",
                "example.org/sans-schema", "https://", "http://exa mple.org"}) {
            assertThatThrownBy(() -> reports.saveProgress(report.id(), measure.id(), null,
                    new ProgressDraft(MeasureStatus.IN_PROGRESS, "Texte", List.of("https://ok.example.org", bad))))
                    .as(bad).satisfies(e -> assertThat(key(e)).isEqualTo("policy.progress.link.invalid"));
        }
        assertThat(reports.entries(report.id()).getFirst().progressId()).isNull();
        ReportEntry saved = reports.saveProgress(report.id(), measure.id(), null, new ProgressDraft(
                MeasureStatus.IN_PROGRESS, "Texte", List.of("HTTPS://ok.example.org/rapport", " ", "http://a.example")));
        assertThat(saved.evidenceLinks()).containsExactly("HTTPS://ok.example.org/rapport", "http://a.example");
    }

    @Test
    void aStaleProgressEditIsRefused() {
        ProgressReportRecord report = reports.createReport(plan.id(), new ReportDraft(2010, "Bilan", "Report"));
        ReportEntry first = reports.saveProgress(report.id(), measure.id(), null,
                new ProgressDraft(MeasureStatus.IN_PROGRESS, "Un", List.of()));
        reports.saveProgress(report.id(), measure.id(), first.progressVersion(),
                new ProgressDraft(MeasureStatus.IN_PROGRESS, "Deux", List.of()));
        assertThatThrownBy(() -> reports.saveProgress(report.id(), measure.id(), first.progressVersion(),
                new ProgressDraft(MeasureStatus.DONE, "Trois", List.of())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(reports.entries(report.id()).getFirst().narrative()).isEqualTo("Deux");
    }

    @Test
    void completenessNamesTheMeasuresWithoutNarrative() {
        MeasureRecord second = policies.createMeasure(plan.id(), draft("A.2", objective.id()));
        ProgressReportRecord report = reports.createReport(plan.id(), new ReportDraft(2010, "Bilan", "Report"));
        reports.saveProgress(report.id(), measure.id(), null, new ProgressDraft(MeasureStatus.DONE, "Fait", List.of()));
        ReportCompleteness completeness = reports.completeness(report.id());
        assertThat(completeness.measures()).isEqualTo(2);
        assertThat(completeness.withNarrative()).isEqualTo(1);
        assertThat(completeness.missing()).extracting(ReportEntry::measureId).containsExactly(second.id());
    }

    @Test
    void linksGoBothWaysAndAreChecked() {
        LinkDraft office = new LinkDraft(LinkType.OFFICE, null, "Bureau du Québec à Tokyo", "Tokyo", "jp");
        MeasureLinkRecord link = policies.addLink(measure.id(), office);
        assertThat(link.officeCountryCode()).isEqualTo("JP");
        assertThatThrownBy(() -> policies.addLink(measure.id(), new LinkDraft(LinkType.OFFICE, null, "Bureau", "", "JP")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("policy.link.office.incomplete"));
        assertThatThrownBy(() -> policies.addLink(measure.id(), new LinkDraft(LinkType.OFFICE, null, "B", "C", "ZZ")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("country.unknown"));
        assertThatThrownBy(() -> policies.addLink(measure.id(), new LinkDraft(LinkType.PROJECT, Long.MAX_VALUE, null,
                null, null))).satisfies(e -> assertThat(key(e)).isEqualTo("policy.link.target.unknown"));
        assertThatThrownBy(() -> policies.addLink(measure.id(), new LinkDraft(LinkType.MEETING, null, null, null, null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("policy.link.target.required"));

        long demoProgram = demoProgramId();
        MeasureLinkRecord program = policies.addLink(measure.id(), new LinkDraft(LinkType.PROGRAM, demoProgram, null,
                null, null));
        assertThatThrownBy(() -> policies.addLink(measure.id(), new LinkDraft(LinkType.PROGRAM, demoProgram, null,
                null, null))).satisfies(e -> assertThat(key(e)).isEqualTo("policy.link.duplicate"));
        assertThat(policies.measuresLinkedTo(LinkType.PROGRAM, demoProgram)).extracting(MeasureLinkRecord::measureCode)
                .contains("A.1");
        assertThat(policies.links(measure.id(), Locale.FRENCH)).extracting(MeasureLinkRecord::targetLabel)
                .containsExactlyInAnyOrder("Bureau du Québec à Tokyo", "GTQM 2011-2013");

        policies.removeLink(program.id(), program.version());
        assertThat(policies.measuresLinkedTo(LinkType.PROGRAM, demoProgram)).extracting(MeasureLinkRecord::measureCode)
                .doesNotContain("A.1");
        // a meeting's side, read for all of a working group's meetings at once
        var meetings = workingGroups.meetings(workingGroups.find("GTQM", null, false, 0, 1).getFirst().id());
        long fourteenth = meetings.stream().filter(m -> m.number() == 14).findFirst().orElseThrow().id();
        policies.addLink(measure.id(), new LinkDraft(LinkType.MEETING, fourteenth, null, null, null));
        var byMeeting = policies.measuresLinkedTo(LinkType.MEETING, meetings.stream().map(m -> m.id()).toList());
        assertThat(byMeeting.get(fourteenth)).extracting(MeasureLinkRecord::measureCode).containsExactly("A.1");
        assertThat(byMeeting.keySet()).containsExactly(fourteenth);
    }

    /** The GTQM's 2011-2013 programme, which the demo links to the economic missions (measure 2.1). */
    private long demoProgramId() {
        return programs.find("GTQM", null, 0, 10).stream().filter(p -> p.startYear() == 2011).findFirst()
                .orElseThrow().id();
    }

    @Test
    void officersAndReadersReadButDoNotWrite() {
        signIn("agent", "OFFICER");
        assertThat(policies.measure(measure.id())).isPresent();
        assertThatThrownBy(() -> policies.createMeasure(plan.id(), draft("A.9", objective.id())))
                .isInstanceOf(AuthorizationDeniedException.class);
        signIn("lecteur", "READER");
        assertThat(reports.reports(plan.id())).isEmpty();
        assertThatThrownBy(() -> reports.createReport(plan.id(), new ReportDraft(2010, "B", "R")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> policies.addLink(measure.id(), new LinkDraft(LinkType.OFFICE, null, "B", "C", "JP")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
