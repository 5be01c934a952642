package org.coopera.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.coopera.TestSecurity.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coopera.IntegrationTest;
import org.coopera.base.api.ApiTestSupport;
import org.coopera.program.ProgramDraft;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramStatus;
import org.coopera.program.ProjectDraft;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectService;
import org.coopera.program.ProjectStatus;
import org.coopera.reference.JurisdictionKind;
import org.coopera.reference.PartnerService;
import org.coopera.reference.ReferenceDrafts.JurisdictionDraft;
import org.coopera.reference.SectorService;
import org.coopera.workinggroup.WorkingGroupDraft;
import org.coopera.workinggroup.WorkingGroupService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.WebApplicationContext;

/** The dashboard's breakdown by Québec region on a working group of its own, against counts known here. */
@IntegrationTest
class DashboardRegionsIT {

    @Autowired
    DashboardService dashboards;
    @Autowired
    PartnerService partners;
    @Autowired
    WorkingGroupService workingGroups;
    @Autowired
    ProgramService programs;
    @Autowired
    ProjectService projects;
    @Autowired
    SectorService sectors;
    @Autowired
    WebApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void projectsAreCountedPerRegionAndStatusUnderTheFilters() throws Exception {
        signIn("admin", "ADMIN");
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        var partner = partners.createJurisdiction(new JurisdictionDraft("DE", JurisdictionKind.FEDERATED_STATE, null,
                "Thuringe " + suffix, "Thuringia " + suffix));
        long group = workingGroups.create(new WorkingGroupDraft("DR" + suffix, "Groupe régions " + suffix,
                "Regions group " + suffix, partner.id(), null, null, null, true)).id();
        long program = programs.create(new ProgramDraft(group, 2091, 2093, null, null, ProgramStatus.ADOPTED,
                Set.of())).id();
        long culture = sectors.byCode("CUL").orElseThrow().id();
        int[] n = {0};
        record Made(ProjectStatus status, Set<String> regions) {
        }
        for (Made made : List.of(new Made(ProjectStatus.IMPLEMENTATION, Set.of("06", "03")),
                new Made(ProjectStatus.IMPLEMENTATION, Set.of("06")), new Made(ProjectStatus.CLOSED, Set.of("06")),
                new Made(ProjectStatus.PIPELINE, Set.of()), new Made(ProjectStatus.PIPELINE, Set.of("17")))) {
            projects.create(program, new ProjectDraft("DR-" + ++n[0], "Titre", "Title", culture, null, null, null,
                    null, null, null, made.status(), ProjectHealth.ON_TRACK, Set.of(), null, null, made.regions()));
        }
        DashboardFilter filter = DashboardFilter.none().withWorkingGroup(group);

        List<RegionStatusCount> counts = dashboards.byRegionAndStatus(filter);
        assertThat(counts).filteredOn(c -> c.projects() > 0)
                .extracting(RegionStatusCount::regionCode, RegionStatusCount::status, RegionStatusCount::projects)
                .containsExactly(
                        tuple("03", ProjectStatus.IMPLEMENTATION, 1L),
                        tuple("06", ProjectStatus.IMPLEMENTATION, 2L),
                        tuple("06", ProjectStatus.CLOSED, 1L),
                        tuple("17", ProjectStatus.PIPELINE, 1L),
                        tuple(null, ProjectStatus.PIPELINE, 1L));
        List<DashboardRows.RegionRow> rows = DashboardRows.regions(counts);
        assertThat(rows).hasSize(18);
        assertThat(rows).extracting(DashboardRows.RegionRow::code).startsWith("01", "02", "03").endsWith(new String[] {"17", null});
        assertThat(rows.get(5).nameFr()).isEqualTo("Montréal");
        assertThat(rows.get(5).total()).isEqualTo(3);
        assertThat(rows.get(5).count(ProjectStatus.CLOSED)).isEqualTo(1);
        assertThat(rows.getFirst().total()).isZero();
        // the full refresh reads the same figures
        assertThat(dashboards.dashboard(filter).byRegionAndStatus()).isEqualTo(counts);
        // the filters apply
        assertThat(dashboards.byRegionAndStatus(filter.withStatus(ProjectStatus.IMPLEMENTATION)))
                .filteredOn(c -> c.projects() > 0)
                .extracting(RegionStatusCount::regionCode, RegionStatusCount::projects)
                .containsExactly(tuple("03", 1L), tuple("06", 2L));
        assertThat(dashboards.byRegionAndStatus(filter.withStatus(ProjectStatus.CANCELLED)))
                .allSatisfy(c -> assertThat(c.projects()).isZero());

        ApiTestSupport.mvc(context).perform(get("/api/v1/dashboard/summary").param("groupBy", "region")
                        .param("workingGroup", String.valueOf(group)).with(ApiTestSupport.MANAGER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups.length()").value(18))
                .andExpect(jsonPath("$.groups[5].key").value("06"))
                .andExpect(jsonPath("$.groups[5].nameFr").value("Montréal"))
                .andExpect(jsonPath("$.groups[5].projects").value(3))
                .andExpect(jsonPath("$.groups[5].breakdown.IMPLEMENTATION").value(2))
                .andExpect(jsonPath("$.groups[17].key").value("none"))
                .andExpect(jsonPath("$.groups[17].projects").value(1))
                .andExpect(jsonPath("$.keyFigures.projects").value(5));

        // the summary follows every change: regions replaced, status changed, regions removed, project deleted
        signIn("admin", "ADMIN");  // MockMvc cleared the test's security context
        var second = projects.find(org.coopera.program.ProjectFilter.none().withText("DR-2"), "code", true, 0, 50)
                .stream().filter(r -> r.code().equals("DR-2") && r.workingGroupId() == group).findFirst().orElseThrow();
        projects.update(second.id(), second.version(), projects.detail(second.id()).orElseThrow().toDraft()
                .withRegionCodes(Set.of("13")));
        var changed = projects.get(second.id()).orElseThrow();
        var draft = projects.detail(second.id()).orElseThrow().toDraft();
        projects.update(second.id(), changed.version(), new ProjectDraft(draft.code(), draft.titleFr(),
                draft.titleEn(), draft.sectorId(), null, null, null, null, null, null, ProjectStatus.FINALISATION,
                ProjectHealth.ON_TRACK, Set.of(), null, null, draft.regionCodes()));
        var fifth = projects.find(org.coopera.program.ProjectFilter.none().withText("DR-5"), "code", true, 0, 50)
                .stream().filter(r -> r.code().equals("DR-5") && r.workingGroupId() == group).findFirst().orElseThrow();
        projects.update(fifth.id(), fifth.version(), projects.detail(fifth.id()).orElseThrow().toDraft()
                .withRegionCodes(Set.of()));
        var fourth = projects.find(org.coopera.program.ProjectFilter.none().withText("DR-4"), "code", true, 0, 50)
                .stream().filter(r -> r.code().equals("DR-4") && r.workingGroupId() == group).findFirst().orElseThrow();
        projects.delete(fourth.id(), fourth.version());
        assertThat(dashboards.byRegionAndStatus(filter)).filteredOn(c -> c.projects() > 0)
                .extracting(RegionStatusCount::regionCode, RegionStatusCount::status, RegionStatusCount::projects)
                .containsExactly(
                        tuple("03", ProjectStatus.IMPLEMENTATION, 1L),
                        tuple("06", ProjectStatus.IMPLEMENTATION, 1L),
                        tuple("06", ProjectStatus.CLOSED, 1L),
                        tuple("13", ProjectStatus.FINALISATION, 1L),
                        tuple(null, ProjectStatus.PIPELINE, 1L));
    }

    @Test
    void theDemoGivesSixGtqmProjectsIllustrativeRegions() {
        signIn("gestionnaire", "MANAGER");
        long gtqm = workingGroups.find("GTQM", null, false, 0, 1).getFirst().id();
        var rows = DashboardRows.regions(dashboards.byRegionAndStatus(
                DashboardFilter.none().withWorkingGroup(gtqm).withPeriodStart(2013)));
        assertThat(rows).filteredOn(row -> row.total() > 0)
                .extracting(DashboardRows.RegionRow::code, DashboardRows.RegionRow::total)
                .containsExactly(tuple("02", 1L), tuple("03", 3L), tuple("05", 1L), tuple("06", 3L), tuple("08", 1L),
                        tuple("16", 1L), tuple(null, 18L));
    }
}
