package org.coopera.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.coopera.IntegrationTest;
import org.coopera.reference.SectorService;
import org.coopera.workinggroup.CoChairRecord;
import org.coopera.workinggroup.CoChairSide;
import org.coopera.workinggroup.MeetingRecord;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The demo data reproduces what the bulletin of 21 June 2013 says of the GTQM. */
@IntegrationTest
@WithMockUser(roles = "READER")
class GtqmDemoDataIT {

    @Autowired
    WorkingGroupService workingGroups;

    @Autowired
    ProgramService programs;

    @Autowired
    ProjectService projects;

    @Autowired
    SectorService sectors;

    private WorkingGroupSummary gtqm() {
        return workingGroups.find("GTQM", "", false, 0, 10).getFirst();
    }

    private ProgramSummary program(int startYear) {
        return programs.programsOf(gtqm().id()).stream().filter(p -> p.startYear() == startYear).findFirst().orElseThrow();
    }

    @Test
    void theWorkingGroupWithMexicoFoundedInJune1982() {
        WorkingGroupSummary gtqm = gtqm();
        assertThat(gtqm.nameFr()).isEqualTo("Groupe de travail Québec-Mexique");
        assertThat(gtqm.jurisdictionNameFr()).isEqualTo("Mexique");
        assertThat(gtqm.countryCode()).isEqualTo("MX");
        assertThat(gtqm.foundedOn()).isEqualTo(LocalDate.of(1982, 6, 1));
        assertThat(gtqm.mandate()).contains("programmation biennale");
        assertThat(workingGroups.officers(gtqm.id())).containsExactly("agent");
    }

    @Test
    void the14thMeetingInMexicoCityCoChairedByBernardAndAlcocer() {
        List<CoChairRecord> coChairs = workingGroups.coChairs(gtqm().id());
        assertThat(coChairs).extracting(CoChairRecord::side, CoChairRecord::personName)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(CoChairSide.QUEBEC, "Jean-Stéphane Bernard"),
                        org.assertj.core.groups.Tuple.tuple(CoChairSide.PARTNER, "Sergio Alcocer"));

        MeetingRecord fourteenth = workingGroups.meetings(gtqm().id()).stream().filter(m -> m.number() == 14)
                .findFirst().orElseThrow();
        assertThat(fourteenth.date()).isEqualTo(LocalDate.of(2013, 6, 19));
        assertThat(fourteenth.place()).startsWith("Mexico");
        assertThat(fourteenth.minutesSignedOn()).isEqualTo(LocalDate.of(2013, 6, 19));
        assertThat(fourteenth.workshopsHeld()).isEqualTo(4);
        assertThat(fourteenth.workshopsSummary()).contains("2011-2013");
        assertThat(fourteenth.chairs()).extracting(CoChairRecord::personName)
                .containsExactlyInAnyOrder("Jean-Stéphane Bernard", "Sergio Alcocer");
        assertThat(fourteenth.priorities()).contains("égalité entre les femmes et les hommes");
    }

    @Test
    void the2013to2015ProgrammeHas24Projects_12ResearchAndInnovation_7Culture_5Education() {
        ProgramSummary current = program(2013);
        assertThat(current.period()).isEqualTo("2013-2015");
        assertThat(current.adoptedAtMeetingNumber()).isEqualTo(14);
        assertThat(current.adoptedOn()).isEqualTo(LocalDate.of(2013, 6, 19));
        assertThat(current.projectCount()).isEqualTo(24);
        assertThat(current.themes()).contains(Theme.GENDER_EQUALITY);
        assertThat(programs.countsBySector(current.id()))
                .extracting(SectorCount::sectorCode, SectorCount::projects)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("RI", 12L),
                        org.assertj.core.groups.Tuple.tuple("CUL", 7L),
                        org.assertj.core.groups.Tuple.tuple("EDU", 5L));
    }

    @Test
    void theAdoptedListIsTheBaselineAndTwoProjectsContinue2011to2013() {
        ProgramSummary current = program(2013);
        BaselineComparison comparison = programs.comparison(current.id());
        assertThat(comparison.adopted()).isEqualTo(24);
        assertThat(comparison.current()).isEqualTo(24);
        assertThat(comparison.added()).isEmpty();
        assertThat(comparison.dropped()).isEmpty();
        assertThat(comparison.carriedOver()).extracting(ProjectRow::code)
                .containsExactlyInAnyOrder("GTQM-2013-RI-03", "GTQM-2013-CUL-01");

        ProgramSummary previous = program(2011);
        assertThat(previous.status()).isEqualTo(ProgramStatus.COMPLETED);
        assertThat(previous.priorities()).contains("Festival Cultural de Mayo").contains("2012");
    }

    @Test
    void projectListsFilterBySectorAxisCountryStatusHealthThemeAndText() {
        long programId = program(2013).id();
        ProjectFilter inProgram = ProjectFilter.none().withProgram(programId);
        long culture = sectors.byCode("CUL").orElseThrow().id();

        assertThat(projects.count(new ProjectFilter(null, programId, null, culture, null, null, null, null, null, null)))
                .as("culture axis, sub-sectors included").isEqualTo(7);
        assertThat(projects.count(new ProjectFilter(null, null, null, null, "MX", null, null, null, null, null)))
                .isEqualTo(30);
        assertThat(projects.count(new ProjectFilter(null, null, null, null, "JP", null, null, null, null, null)))
                .isZero();
        assertThat(projects.count(new ProjectFilter(null, programId, null, null, null, ProjectStatus.IMPLEMENTATION,
                null, null, null, null))).isEqualTo(24);
        // two at risk in the registry data, and GTQM-2013-RI-02 since its approved update of June 2014
        assertThat(projects.count(new ProjectFilter(null, programId, null, null, null, null, ProjectHealth.AT_RISK,
                null, null, null))).isEqualTo(3);
        assertThat(projects.count(new ProjectFilter(null, null, null, null, null, null, null, Theme.GENDER_EQUALITY,
                null, null))).isEqualTo(2);
        assertThat(projects.count(new ProjectFilter(null, null, null, null, null, null, null, null, 2014, 2014)))
                .as("programmes running in 2014").isEqualTo(24);
        assertThat(projects.find(inProgram.withText("nanotech"), "code", true, 0, 10))
                .extracting(ProjectRow::code).containsExactly("GTQM-2013-RI-01");
        assertThat(projects.find(inProgram, "code", true, 0, 10)).hasSize(10)
                .allSatisfy(row -> assertThat(row.illustrative()).isTrue());
        assertThat(projects.find(inProgram, "code", true, 20, 10)).hasSize(4);
    }

    @Test
    void theWorkingGroupFilterListsTheProjectsOfAllItsProgrammesInOrder() {
        long gtqm = gtqm().id();
        ProjectFilter ofGtqm = new ProjectFilter(null, null, gtqm, null, null, null, null, null, null, null);
        // the GTQM is the only Mexican working group: the same projects as the country filter
        long all = projects.count(ofGtqm);
        assertThat(all).isEqualTo(projects.count(new ProjectFilter(null, null, null, null, "MX", null, null, null,
                null, null))).isEqualTo(30);
        List<ProjectRow> rows = new java.util.ArrayList<>(projects.find(ofGtqm, "code", true, 0, 20));
        rows.addAll(projects.find(ofGtqm, "code", true, 20, 20));
        assertThat(rows).hasSize(30).allSatisfy(row -> assertThat(row.workingGroupId()).isEqualTo(gtqm));
        assertThat(rows).extracting(ProjectRow::code).isSorted().doesNotHaveDuplicates();
        assertThat(projects.find(ofGtqm, "code", false, 0, 1).getFirst().code()).isEqualTo(rows.getLast().code());
        // combined with other filters, a text, another sort
        assertThat(projects.count(new ProjectFilter(null, null, gtqm, null, null, ProjectStatus.IMPLEMENTATION, null,
                null, null, null))).isEqualTo(24);
        assertThat(projects.find(new ProjectFilter("nanotech", null, gtqm, null, null, null, null, null, null, null),
                "code", true, 0, 10)).extracting(ProjectRow::code).containsExactly("GTQM-2013-RI-01");
        assertThat(projects.find(ofGtqm, "sector", true, 0, 30)).hasSize(30);
        long other = workingGroups.find("", "", false, 0, 50).stream().filter(g -> g.id() != gtqm).findFirst()
                .map(g -> g.id()).orElse(-1L);
        assertThat(projects.find(new ProjectFilter(null, null, other, null, null, null, null, null, null, null),
                "code", true, 0, 50)).noneSatisfy(row -> assertThat(row.workingGroupId()).isEqualTo(gtqm));
    }
}
