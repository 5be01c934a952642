package org.coopera.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.TestSecurity.signIn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopera.IntegrationTest;
import org.coopera.program.ProgramDraft;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramStatus;
import org.coopera.program.ProgramSummary;
import org.coopera.program.ProjectDraft;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectRow;
import org.coopera.program.ProjectService;
import org.coopera.program.ProjectStatus;
import org.coopera.program.StatusUpdateDraft;
import org.coopera.program.StatusUpdateRecord;
import org.coopera.program.StatusUpdateService;
import org.coopera.reference.JurisdictionKind;
import org.coopera.reference.JurisdictionRef;
import org.coopera.reference.PartnerService;
import org.coopera.reference.ReferenceDrafts.JurisdictionDraft;
import org.coopera.reference.SectorRef;
import org.coopera.reference.SectorService;
import org.coopera.workinggroup.WorkingGroupDraft;
import org.coopera.workinggroup.WorkingGroupService;
import org.coopera.workinggroup.WorkingGroupSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The summary table the dashboards read ({@code dashboard_project}, kept by triggers): a change in
 * each of its sources (project, approved status update, programme, working group, jurisdiction,
 * sector) shows in the figures at once, and the table always equals what the normalised tables say.
 * Each test makes a working group of its own (with a partner of its own) and filters on it.
 */
@IntegrationTest
class DashboardSummaryIT {

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
    StatusUpdateService statusUpdates;

    @Autowired
    SectorService sectors;

    @Autowired
    JdbcClient jdbc;

    private String suffix;
    private JurisdictionRef partner;
    private WorkingGroupSummary group;
    private ProgramSummary program;


    @BeforeEach
    void aWorkingGroupOfItsOwn() {
        signIn("admin", "ADMIN");
        suffix = String.valueOf(System.nanoTime() % 100_000_000);
        partner = partners.createJurisdiction(new JurisdictionDraft("DE", JurisdictionKind.FEDERATED_STATE, null,
                "Thuringe " + suffix, "Thuringia " + suffix));
        group = workingGroups.create(new WorkingGroupDraft("SU" + suffix, "Groupe résumé " + suffix,
                "Summary group " + suffix, partner.id(), null, null, null, true));
        program = programs.create(new ProgramDraft(group.id(), 2091, 2093, null, null, ProgramStatus.IN_PROGRESS,
                Set.of()));
    }

    @AfterEach
    void theSummaryEqualsTheNormalisedTables() {
        // every row of the summary against the joins it stands for, for the whole database
        long projectCount = jdbc.sql("select count(*) from project").query(Long.class).single();
        long summaryCount = jdbc.sql("select count(*) from dashboard_project").query(Long.class).single();
        long differing = jdbc.sql("""
                select count(*) from project p
                join program pr on pr.id = p.program_id
                join working_group wg on wg.id = pr.working_group_id
                join jurisdiction j on j.id = wg.jurisdiction_id
                join sector s on s.id = p.sector_id
                left join dashboard_project d on d.project_id = p.id
                where d.project_id is null or not (d.code = p.code and d.program_id = pr.id
                    and d.start_year = pr.start_year and d.end_year = pr.end_year
                    and d.working_group_id = wg.id and d.country_code = j.country_code and d.sector_id = s.id
                    and d.axis_id = coalesce(s.parent_id, s.id) and d.status = p.status and d.health = p.health
                    and d.last_approved_update_date <=> p.last_approved_update_date and d.budget <=> p.budget)""")
                .query(Long.class).single();
        SecurityContextHolder.clearContext();
        assertThat(summaryCount).isEqualTo(projectCount);
        assertThat(differing).isZero();
    }

    private DashboardFilter ours() {
        return DashboardFilter.none().withWorkingGroup(group.id());
    }

    private ProjectRow project(String code, String sectorCode, ProjectStatus status, ProjectHealth health,
                               BigDecimal budget) {
        SectorRef sector = sectors.byCode(sectorCode).orElseThrow();
        return projects.create(program.id(), draft(code, sector.id(), status, health, budget));
    }

    private static ProjectDraft draft(String code, long sectorId, ProjectStatus status, ProjectHealth health,
                                      BigDecimal budget) {
        return new ProjectDraft(code, "Projet " + code, "Project " + code, sectorId, null, null, Set.of(), null, null,
                budget, status, health, Set.of(), null, null);
    }

    private Map<String, Long> bySector(DashboardFilter filter) {
        return dashboards.bySectorAndStatus(filter).stream().collect(Collectors.toMap(
                c -> c.sectorCode() + "/" + c.status(), SectorStatusCount::projects));
    }

    @Test
    void aNewProjectCountsAtOnceAndADeletedOneNoLonger() {
        ProjectRow first = project("SU-" + suffix + "-1", "CUL-DIF", ProjectStatus.IMPLEMENTATION,
                ProjectHealth.AT_RISK, new BigDecimal("1500.50"));
        project("SU-" + suffix + "-2", "EDU", ProjectStatus.PIPELINE, ProjectHealth.ON_TRACK, null);

        KeyFigures figures = dashboards.keyFigures(ours());
        assertThat(figures.projects()).isEqualTo(2);
        assertThat(figures.atRisk()).isEqualTo(1);
        assertThat(figures.budget()).isEqualByComparingTo("1500.50");
        assertThat(bySector(ours())).isEqualTo(Map.of("CUL/IMPLEMENTATION", 1L, "EDU/PIPELINE", 1L));
        assertThat(dashboards.projects(ours(), 0, 10)).extracting(DashboardProject::code)
                .containsExactly("SU-" + suffix + "-1", "SU-" + suffix + "-2");

        projects.delete(first.id(), first.version());

        assertThat(dashboards.keyFigures(ours()).projects()).isEqualTo(1);
        assertThat(bySector(ours())).isEqualTo(Map.of("EDU/PIPELINE", 1L));
        assertThat(dashboards.countProjects(ours())).isEqualTo(1);
    }

    @Test
    void anEditedProjectMovesInEveryFigure() {
        ProjectRow row = project("SU-" + suffix + "-1", "CUL", ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK,
                null);

        projects.update(row.id(), row.version(), draft("SU-" + suffix + "-1B", sectors.byCode("RI-SCI").orElseThrow()
                .id(), ProjectStatus.SUSPENDED, ProjectHealth.OFF_TRACK, new BigDecimal("42")));

        Dashboard dashboard = dashboards.dashboard(ours());
        assertThat(dashboard.keyFigures().byStatus().get(ProjectStatus.SUSPENDED)).isEqualTo(1);
        assertThat(dashboard.keyFigures().offTrack()).isEqualTo(1);
        assertThat(dashboard.keyFigures().budget()).isEqualByComparingTo("42");
        assertThat(dashboard.bySectorAndStatus()).extracting(SectorStatusCount::sectorCode, SectorStatusCount::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RI", ProjectStatus.SUSPENDED));
        assertThat(dashboard.healthByWorkingGroup()).extracting(WorkingGroupHealthCount::health)
                .containsExactly(ProjectHealth.OFF_TRACK);
        assertThat(dashboards.projects(ours(), 0, 10)).extracting(DashboardProject::code)
                .containsExactly("SU-" + suffix + "-1B");
    }

    @Test
    void anApprovedStatusUpdateSetsStatusHealthAndTheLatestUpdate() {
        ProjectRow row = project("SU-" + suffix + "-1", "EDU", ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK,
                null);
        assertThat(dashboards.keyFigures(ours()).withoutUpdate()).isEqualTo(1);  // never reported

        StatusUpdateRecord submitted = statusUpdates.save(row.id(), null, 0, new StatusUpdateDraft(LocalDate.now(),
                ProjectStatus.FINALISATION, ProjectHealth.AT_RISK, 90, "Presque fini.", null, "Retard"), List.of(),
                List.of(), true);
        assertThat(dashboards.keyFigures(ours()).atRisk()).isZero();  // not approved yet
        signIn("manager", "MANAGER");
        statusUpdates.approve(submitted.id(), submitted.version());

        KeyFigures figures = dashboards.keyFigures(ours());
        assertThat(figures.byStatus().get(ProjectStatus.FINALISATION)).isEqualTo(1);
        assertThat(figures.atRisk()).isEqualTo(1);
        assertThat(figures.withoutUpdate()).isZero();
        assertThat(dashboards.countProjects(ours().withWithoutUpdate(true))).isZero();
        assertThat(dashboards.projects(ours(), 0, 10).getFirst().lastApprovedUpdate()).isEqualTo(LocalDate.now());
    }

    @Test
    void aProgrammeMovedToAnotherPeriodMovesItsProjects() {
        project("SU-" + suffix + "-1", "EDU", ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, null);

        programs.update(program.id(), program.version(), new ProgramDraft(group.id(), 2092, 2094, null, null,
                ProgramStatus.IN_PROGRESS, Set.of()));

        assertThat(dashboards.byPeriodAndSector(ours())).extracting(PeriodSectorCount::period)
                .containsExactly("2092-2094");
        assertThat(dashboards.countProjects(ours().withPeriodStart(2091))).isZero();
        assertThat(dashboards.countProjects(ours().withPeriodStart(2092))).isEqualTo(1);
        assertThat(dashboards.countProjects(ours().withYears(2094, 2094))).isEqualTo(1);
    }

    @Test
    void aWorkingGroupWithAnotherPartnerMovesItsProjectsToThatCountry() {
        project("SU-" + suffix + "-1", "EDU", ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, null);
        JurisdictionRef wallonia = partners.createJurisdiction(new JurisdictionDraft("BE",
                JurisdictionKind.FEDERATED_STATE, null, "Wallonie " + suffix, "Wallonia " + suffix));

        workingGroups.update(group.id(), group.version(), new WorkingGroupDraft(group.acronym(), group.nameFr(),
                group.nameEn(), wallonia.id(), null, null, null, true));

        assertThat(dashboards.byCountry(ours())).extracting(CountryCount::countryCode).containsExactly("BE");
        assertThat(dashboards.dashboard(ours()).byCountry()).extracting(CountryCount::countryCode)
                .containsExactly("BE");
        assertThat(dashboards.countProjects(ours().withCountry("DE"))).isZero();
        assertThat(dashboards.projects(ours().withCountry("BE"), 0, 10)).hasSize(1);
    }

    @Test
    void aJurisdictionCorrectedToAnotherCountryMovesItsProjects() {
        project("SU-" + suffix + "-1", "EDU", ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, null);
        assertThat(dashboards.byCountry(ours())).extracting(CountryCount::countryCode).containsExactly("DE");

        partners.updateJurisdiction(partner.id(), partner.version(), new JurisdictionDraft("AT",
                JurisdictionKind.FEDERATED_STATE, null, partner.nameFr(), partner.nameEn()));

        assertThat(dashboards.byCountry(ours())).extracting(CountryCount::countryCode).containsExactly("AT");
        assertThat(dashboards.countProjects(ours().withCountry("AT"))).isEqualTo(1);
    }

    @Test
    void aSubSectorMovedToAnotherAxisMovesItsProjects() {
        // no screen moves a sector; the trigger covers a correction made in SQL
        String code = "SU" + suffix;
        SectorRef subSector = sectors.create("CUL", code, "Sous-secteur " + suffix, "Sub-sector " + suffix, null);
        project("SU-" + suffix + "-1", code, ProjectStatus.IMPLEMENTATION, ProjectHealth.ON_TRACK, null);
        assertThat(bySector(ours())).isEqualTo(Map.of("CUL/IMPLEMENTATION", 1L));

        long education = sectors.byCode("EDU").orElseThrow().id();
        jdbc.sql("update sector set parent_id = :parent where id = :id").param("parent", education)
                .param("id", subSector.id()).update();

        assertThat(bySector(ours())).isEqualTo(Map.of("EDU/IMPLEMENTATION", 1L));
        assertThat(dashboards.countProjects(ours().withSector(education))).isEqualTo(1);
        assertThat(dashboards.countProjects(ours().withSector(subSector.id()))).isEqualTo(1);
    }
}
