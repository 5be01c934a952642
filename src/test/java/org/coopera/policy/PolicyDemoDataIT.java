package org.coopera.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.coopera.IntegrationTest;
import org.coopera.base.files.FileContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The demo data reproduce what the bulletin of 14 April 2009 states about the policy and its year-II report. */
@IntegrationTest
class PolicyDemoDataIT {

    @Autowired
    PolicyService policies;

    @Autowired
    ProgressReportService reports;

    PolicyRecord policy;
    ActionPlanRecord plan;

    @BeforeEach
    void theDemoPolicy() {
        PolicyRulesIT.signIn("lecteur", "READER");
        policy = policies.policies().stream().filter(p -> p.code().equals("PIQ-2006")).findFirst().orElseThrow();
        plan = policies.actionPlans(policy.id()).getFirst();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void thePolicyWasMadePublicIn2006WithFiveObjectives() {
        assertThat(policy.titleFr()).isEqualTo("Politique internationale du Québec");
        assertThat(policy.madePublicYear()).isEqualTo(2006);
        // the bulletin's wording ("cible cinq grands objectifs : renforcer …"), first letter capitalised
        assertThat(policies.objectives(policy.id())).extracting(ObjectiveRecord::number, ObjectiveRecord::titleFr)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Renforcer la capacité d’action et d’influence de l’État québécois"),
                        org.assertj.core.groups.Tuple.tuple(2, "Favoriser la croissance et la prospérité du Québec"),
                        org.assertj.core.groups.Tuple.tuple(3, "Contribuer à la sécurité du Québec et du continent nord-américain"),
                        org.assertj.core.groups.Tuple.tuple(4, "Promouvoir l’identité et la culture du Québec"),
                        org.assertj.core.groups.Tuple.tuple(5, "Contribuer à l’effort de solidarité internationale"));
    }

    @Test
    void theActionPlanRuns2006To2009WithTheNamedMeasures() {
        assertThat(policies.actionPlans(policy.id())).singleElement().satisfies(p -> {
            assertThat(p.period()).isEqualTo("2006-2009");
            assertThat(p.titleFr()).isEqualTo("Plan d’action 2006-2009");
            assertThat(p.plannedMeasures()).isEqualTo(70);  // "quelque 70 mesures et initiatives"
        });
        Map<Integer, List<String>> titles = policies.tree(plan.id(), 2007).stream().collect(Collectors.toMap(
                o -> o.objective().number(), o -> o.measures().stream().map(m -> m.titleFr()).toList()));
        assertThat(titles.get(1)).anyMatch(t -> t.contains("Délégation permanente du Canada à l’UNESCO"))
                .anyMatch(t -> t.contains("bureau du Québec à São Paulo"))
                .anyMatch(t -> t.contains("chef de poste à Mumbai"))
                .anyMatch(t -> t.contains("aux États-Unis, en Europe et en Asie"));
        assertThat(titles.get(2)).anyMatch(t -> t.contains("Mexique, Japon, Chine, Brésil"));
        assertThat(titles.get(3)).anyMatch(t -> t.contains("Permis de conduire") && t.contains("alternative au passeport"));
        assertThat(titles.get(4)).anyMatch(t -> t.contains("œuvres culturelles"));
        assertThat(titles.get(5)).anyMatch(t -> t.equals("Projet d’appui au renforcement de la gestion publique en Haïti"));
    }

    @Test
    void theHaitiProjectJoinsQuebecCanadaAndHaiti() {
        MeasureRecord haiti = measure("5.1");
        assertThat(haiti.leadOrganisation()).contains("ENAP");
        assertThat(haiti.partnerOrganisations()).anyMatch(p -> p.contains("Agence canadienne de développement international"))
                .anyMatch(p -> p.contains("Haïti")).anyMatch(p -> p.contains("Ministère des Relations internationales"));
        assertThat(reports.yearlyProgress(haiti.id())).singleElement().satisfies(y -> {
            assertThat(y.reportingYear()).isEqualTo("2007-2008");
            assertThat(y.narrative()).contains("novembre 2007").contains("Centre de valorisation internationale de l’expertise publique québécoise");
        });
    }

    @Test
    void theYearTwoReportIsPublishedWithItsDocumentAndEveryNarrative() {
        ProgressReportRecord report = reports.reports(plan.id()).stream()
                .filter(r -> r.reportingStartYear() == 2007).findFirst().orElseThrow();
        assertThat(report.reportingYear()).isEqualTo("2007-2008");
        assertThat(report.status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(report.reportVersion()).isEqualTo(1);
        assertThat(report.titleFr()).contains("Rapport d’étape 2007-2008").contains("an II");
        assertThat(report.summary()).contains("quelque 70 mesures et initiatives prévues au Plan d’action 2006-2009")
                .contains("action concertée des ministères et organismes partenaires");
        assertThat(reports.completeness(report.id()).complete()).isTrue();
        assertThat(reports.document(report.id())).hasValueSatisfying(file -> {
            assertThat(file.mediaType()).isEqualTo("application/pdf");
            assertThat(file.size()).isEqualTo(2L * 1024 * 1024);  // "(2 Mo)"
        });
        FileContent content = reports.loadDocument(report.id());
        assertThat(new String(content.bytes(), 0, 8, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4");

        String narratives = reports.entries(report.id()).stream().map(ReportEntry::narrative)
                .collect(Collectors.joining("\n"));
        assertThat(narratives).contains("associé aux travaux de l’organisation")
                .contains("le Mexique, le Japon, la Chine et le Brésil")
                .contains("coopération scientifique et technologique")
                .contains("comme alternative au passeport pour entrer aux États-Unis")
                .contains("vitrines du Québec en Italie et en Flandre (Belgique)")
                .contains("Ouverture d’un bureau à São Paulo")
                .contains("nouveau chef de poste à Mumbai");
    }

    @Test
    void officesAbroadAreLinkedToTheirMeasures() {
        assertThat(policies.links(measure("1.2").id(), Locale.FRENCH)).singleElement().satisfies(l -> {
            assertThat(l.type()).isEqualTo(LinkType.OFFICE);
            assertThat(l.officeCity()).isEqualTo("São Paulo");
            assertThat(l.officeCountryCode()).isEqualTo("BR");
        });
        assertThat(policies.links(measure("1.3").id(), Locale.FRENCH)).extracting(MeasureLinkRecord::officeCity)
                .containsExactly("Mumbai");
    }

    @Test
    void theTreeCountsTheYearTwoProgressPerObjective() {
        List<ObjectiveProgress> tree = policies.tree(plan.id(), 2007);
        assertThat(tree).hasSize(5);
        ObjectiveProgress first = tree.getFirst();
        assertThat(first.done()).isEqualTo(3);       // São Paulo, Mumbai, wider presence
        assertThat(first.inProgress()).isEqualTo(1); // UNESCO
        assertThat(tree.get(1).notStarted()).isEqualTo(1);  // illustrative measure 2.2
        // nothing is reported for 2008-2009 yet
        assertThat(policies.tree(plan.id(), 2008)).allSatisfy(o -> assertThat(o.notReported()).isEqualTo(o.measures().size()));
    }

    private MeasureRecord measure(String code) {
        long id = policies.tree(plan.id(), 2007).stream().flatMap(o -> o.measures().stream())
                .filter(m -> m.code().equals(code)).findFirst().orElseThrow().id();
        return policies.measure(id).orElseThrow();
    }
}
