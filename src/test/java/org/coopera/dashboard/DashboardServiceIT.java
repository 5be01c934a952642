package org.coopera.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopera.TestSecurity.signIn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
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
import org.coopera.program.Theme;
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
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every dashboard figure on a known data set created here (three working groups of their own, with
 * partners in Germany and Belgium, programmes in periods no other test uses), checked against counts
 * computed in this test from the data it created; every drill-down list is as long as its figure.
 */
@IntegrationTest
class DashboardServiceIT {

    /** Programme periods of this data set: 2081-2083 and 2083-2085. */
    static final int FIRST = 2081;
    static final int SECOND = 2083;

    /** What the test created, shared by the test methods (the data is created once per JVM). */
    record Made(long id, String group, String country, int periodStart, String sectorCode, String axisCode,
                ProjectStatus status, ProjectHealth health, BigDecimal budget, Set<Theme> themes,
                LocalDate lastApproved) {
    }

    private static final List<Made> MADE = new ArrayList<>();
    private static final Map<String, Long> GROUPS = new HashMap<>();
    private static int activePrograms;

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
    JdbcClient jdbc;


    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @BeforeEach
    void aKnownDataSet() {
        signIn("admin", "ADMIN");
        if (!MADE.isEmpty()) {
            return;
        }
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        JurisdictionRef saxony = partners.createJurisdiction(new JurisdictionDraft("DE",
                JurisdictionKind.FEDERATED_STATE, null, "Saxe " + suffix, "Saxony " + suffix));
        JurisdictionRef hesse = partners.createJurisdiction(new JurisdictionDraft("DE",
                JurisdictionKind.FEDERATED_STATE, null, "Hesse " + suffix, "Hesse " + suffix));
        JurisdictionRef flanders = partners.createJurisdiction(new JurisdictionDraft("BE",
                JurisdictionKind.FEDERATED_STATE, null, "Flandre " + suffix, "Flanders " + suffix));
        Map<String, JurisdictionRef> partnerOf = Map.of("DA", saxony, "DB", hesse, "DC", flanders);
        String[] sectorCodes = {"RI", "RI-SCI", "CUL", "CUL-DIF", "EDU", "EDU-SUP", "ECO-SOC", "GOV"};
        ProjectStatus[] statuses = ProjectStatus.values();
        ProjectHealth[] healths = ProjectHealth.values();
        Theme[] themes = Theme.values();
        LocalDate recent = LocalDate.now();
        LocalDate old = recent.minusYears(2);
        int n = 0;
        for (String key : List.of("DA", "DB", "DC")) {
            WorkingGroupSummary group = workingGroups.create(new WorkingGroupDraft(key + suffix,
                    "Groupe tableau " + key + suffix, "Dashboard group " + key + suffix, partnerOf.get(key).id(),
                    null, null, null, true));
            GROUPS.put(key, group.id());
            for (int start : List.of(FIRST, SECOND)) {
                if (key.equals("DC") && start == SECOND) {
                    continue;  // a group with one programme only
                }
                ProgramStatus programStatus = start == FIRST ? ProgramStatus.COMPLETED : ProgramStatus.IN_PROGRESS;
                if (key.equals("DB") && start == SECOND) {
                    programStatus = ProgramStatus.DRAFT;
                }
                if (key.equals("DC")) {
                    programStatus = ProgramStatus.ADOPTED;
                }
                if (programStatus == ProgramStatus.ADOPTED || programStatus == ProgramStatus.IN_PROGRESS) {
                    activePrograms++;
                }
                ProgramSummary program = programs.create(new ProgramDraft(group.id(), start, start + 2, null, null,
                        programStatus, Set.of()));
                int count = 5 + (n % 4) * 3;  // 5, 8, 11, ... projects per programme
                for (int i = 0; i < count; i++, n++) {
                    String sectorCode = sectorCodes[(n * 7) % sectorCodes.length];
                    SectorRef sector = sectors.byCode(sectorCode).orElseThrow();
                    ProjectStatus status = statuses[(n * 5 + i) % statuses.length];
                    ProjectHealth health = healths[(n * 3 + i / 2) % healths.length];
                    BigDecimal budget = n % 3 == 0 ? null : new BigDecimal(1000 * (n + 1)).add(new BigDecimal("0.25"));
                    Set<Theme> projectThemes = n % 4 == 0
                            ? java.util.EnumSet.of(themes[n % themes.length], Theme.YOUTH) : Set.of();
                    LocalDate lastApproved = n % 5 == 0 ? null : n % 5 < 3 ? old : recent;
                    ProjectRow row = projects.create(program.id(), new ProjectDraft("DSH-" + suffix + "-" + n,
                            "Projet " + n, "Project " + n, sector.id(), null, null, Set.of(), null, null, budget,
                            status, health, projectThemes, null, null));
                    // as StatusUpdateService keeps it when an update is approved (only approved updates count)
                    jdbc.sql("update project set last_approved_update_date = :d where id = :id")
                            .param("d", lastApproved).param("id", row.id()).update();
                    MADE.add(new Made(row.id(), key, key.equals("DC") ? "BE" : "DE", start, sectorCode,
                            sectorCode.contains("-") ? sectorCode.substring(0, sectorCode.indexOf('-')) : sectorCode,
                            status, health, budget, projectThemes, lastApproved));
                }
            }
        }
    }

    /** Only this data set: its two periods. */
    private static DashboardFilter ours() {
        return DashboardFilter.none().withYears(FIRST, SECOND + 2);
    }

    private boolean overdue(Made m) {
        LocalDate before = dashboards.overdueBefore();
        return ProjectStatus.UNDER_WAY.contains(m.status())
                && (m.lastApproved() == null || m.lastApproved().isBefore(before));
    }

    private List<Made> made(Predicate<Made> condition) {
        return MADE.stream().filter(condition).toList();
    }

    private long sectorId(String code) {
        return sectors.byCode(code).orElseThrow().id();
    }

    /** The drill-down list of the filter, read whole, page by page. */
    private List<Long> listed(DashboardFilter filter) {
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; ; offset += 7) {
            List<DashboardProject> page = dashboards.projects(filter, offset, 7);
            page.forEach(p -> ids.add(p.id()));
            if (page.size() < 7) {
                return ids;
            }
        }
    }

    private void assertListIs(DashboardFilter filter, List<Made> expected) {
        assertThat(dashboards.countProjects(filter)).isEqualTo(expected.size());
        assertThat(listed(filter)).containsExactlyInAnyOrderElementsOf(expected.stream().map(Made::id).toList());
    }

    @Test
    void keyFiguresMatchTheDataSet() {
        KeyFigures figures = dashboards.keyFigures(ours());

        assertThat(MADE).hasSizeGreaterThan(30);
        assertThat(figures.projects()).isEqualTo(MADE.size());
        assertThat(figures.activePrograms()).isEqualTo(activePrograms);
        for (ProjectStatus status : ProjectStatus.values()) {
            assertThat(figures.byStatus().get(status)).as(status.name())
                    .isEqualTo(made(m -> m.status() == status).size());
        }
        assertThat(figures.atRisk()).isEqualTo(made(m -> m.health() == ProjectHealth.AT_RISK).size());
        assertThat(figures.offTrack()).isEqualTo(made(m -> m.health() == ProjectHealth.OFF_TRACK).size());
        assertThat(figures.withoutUpdate()).isEqualTo(made(this::overdue).size()).isPositive();
        assertThat(figures.budget()).isEqualByComparingTo(MADE.stream().map(Made::budget)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(figures.projectsWithBudget()).isEqualTo(made(m -> m.budget() != null).size());

        // each key figure's drill-down
        for (ProjectStatus status : ProjectStatus.values()) {
            assertListIs(ours().withStatus(status), made(m -> m.status() == status));
        }
        assertListIs(ours().withHealth(ProjectHealth.AT_RISK), made(m -> m.health() == ProjectHealth.AT_RISK));
        assertListIs(ours().withHealth(ProjectHealth.OFF_TRACK), made(m -> m.health() == ProjectHealth.OFF_TRACK));
        assertListIs(ours().withWithoutUpdate(true), made(this::overdue));
        assertListIs(ours(), MADE);
    }

    @Test
    void projectsBySectorAxisAndStatus() {
        List<SectorStatusCount> counts = dashboards.bySectorAndStatus(ours());

        Map<String, Long> expected = MADE.stream()
                .collect(Collectors.groupingBy(m -> m.axisCode() + "/" + m.status(), Collectors.counting()));
        assertThat(counts.stream().collect(Collectors.toMap(c -> c.sectorCode() + "/" + c.status(),
                SectorStatusCount::projects))).isEqualTo(expected);
        for (SectorStatusCount cell : counts) {
            assertListIs(ours().withSector(cell.sectorId()).withStatus(cell.status()),
                    made(m -> m.axisCode().equals(cell.sectorCode()) && m.status() == cell.status()));
            assertThat(dashboards.countProjects(ours().withSector(cell.sectorId()).withStatus(cell.status())))
                    .isEqualTo(cell.projects());
        }
    }

    @Test
    void aSubSectorSelectsItselfAndAnAxisItsSubSectors() {
        assertListIs(ours().withSector(sectorId("RI-SCI")), made(m -> m.sectorCode().equals("RI-SCI")));
        assertListIs(ours().withSector(sectorId("RI")), made(m -> m.axisCode().equals("RI")));
        assertThat(made(m -> m.sectorCode().equals("RI"))).isNotEmpty();
        assertThat(made(m -> m.sectorCode().equals("RI-SCI"))).isNotEmpty();
    }

    @Test
    void projectsByCountryRollFederatedStatesUpToTheirCountry() {
        List<CountryCount> counts = dashboards.byCountry(ours());

        assertThat(counts).extracting(CountryCount::countryCode).containsExactly("DE", "BE");
        Map<String, Long> expected = MADE.stream().collect(Collectors.groupingBy(Made::country, Collectors.counting()));
        assertThat(counts.stream().collect(Collectors.toMap(CountryCount::countryCode, CountryCount::projects)))
                .isEqualTo(expected);
        assertThat(counts.getFirst().nameFr()).isEqualTo("Allemagne");
        for (CountryCount country : counts) {
            assertListIs(ours().withCountry(country.countryCode()),
                    made(m -> m.country().equals(country.countryCode())));
        }
        // Saxony and Hesse both count for Germany
        assertThat(made(m -> m.country().equals("DE")).stream().map(Made::group).distinct()).hasSize(2);
    }

    @Test
    void projectsByPeriodAndSector() {
        List<PeriodSectorCount> counts = dashboards.byPeriodAndSector(ours());

        Map<String, Long> expected = MADE.stream()
                .collect(Collectors.groupingBy(m -> m.periodStart() + "/" + m.axisCode(), Collectors.counting()));
        assertThat(counts.stream().collect(Collectors.toMap(c -> c.startYear() + "/" + c.sectorCode(),
                PeriodSectorCount::projects))).isEqualTo(expected);
        assertThat(counts.getFirst().period()).isEqualTo("2081-2083");
        for (PeriodSectorCount cell : counts) {
            assertListIs(ours().withPeriodStart(cell.startYear()).withSector(cell.sectorId()),
                    made(m -> m.periodStart() == cell.startYear() && m.axisCode().equals(cell.sectorCode())));
        }
    }

    @Test
    void healthByWorkingGroup() {
        List<WorkingGroupHealthCount> counts = dashboards.healthByWorkingGroup(ours());

        Function<Made, String> key = m -> GROUPS.get(m.group()) + "/" + m.health();
        Map<String, Long> expected = MADE.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
        assertThat(counts.stream().collect(Collectors.toMap(c -> c.workingGroupId() + "/" + c.health(),
                WorkingGroupHealthCount::projects))).isEqualTo(expected);
        for (WorkingGroupHealthCount cell : counts) {
            assertListIs(ours().withWorkingGroup(cell.workingGroupId()).withHealth(cell.health()),
                    made(m -> GROUPS.get(m.group()) == cell.workingGroupId() && m.health() == cell.health()));
        }
    }

    @Test
    void filtersCombineOnEveryWidget() {
        DashboardFilter filter = ours().withCountry("de").withTheme(Theme.YOUTH).withPeriodStart(FIRST);
        Predicate<Made> matches = m -> m.country().equals("DE") && m.themes().contains(Theme.YOUTH)
                && m.periodStart() == FIRST;

        Dashboard dashboard = dashboards.dashboard(filter);

        assertThat(made(matches)).isNotEmpty();
        assertThat(dashboard.keyFigures().projects()).isEqualTo(made(matches).size());
        assertThat(dashboard.bySectorAndStatus().stream().mapToLong(SectorStatusCount::projects).sum())
                .isEqualTo(made(matches).size());
        assertThat(dashboard.byCountry()).extracting(CountryCount::countryCode).containsExactly("DE");
        assertThat(dashboard.byPeriodAndSector()).allMatch(c -> c.startYear() == FIRST);
        assertThat(dashboard.healthByWorkingGroup().stream().mapToLong(WorkingGroupHealthCount::projects).sum())
                .isEqualTo(made(matches).size());
        assertListIs(filter, made(matches));
        // programmes: the programme-level fields only (Germany, 2081-2083)
        assertThat(dashboard.keyFigures().activePrograms()).isZero();  // both are completed
        assertThat(dashboards.keyFigures(ours().withCountry("BE")).activePrograms()).isEqualTo(1);
    }

    @Test
    void gtqm2013To2015Shows24Projects_12ResearchAndInnovation_7Culture_5Education() {
        long gtqm = workingGroups.find("GTQM", "", false, 0, 10).getFirst().id();
        DashboardFilter filter = DashboardFilter.none().withWorkingGroup(gtqm).withPeriodStart(2013);

        assertThat(dashboards.keyFigures(filter).projects()).isEqualTo(24);
        Map<String, Long> bySector = dashboards.bySectorAndStatus(filter).stream()
                .collect(Collectors.groupingBy(SectorStatusCount::sectorCode,
                        Collectors.summingLong(SectorStatusCount::projects)));
        assertThat(bySector).containsExactlyInAnyOrderEntriesOf(Map.of("RI", 12L, "CUL", 7L, "EDU", 5L));
        assertThat(dashboards.byPeriodAndSector(filter)).extracting(PeriodSectorCount::sectorCode,
                PeriodSectorCount::projects).containsExactly(org.assertj.core.groups.Tuple.tuple("RI", 12L),
                org.assertj.core.groups.Tuple.tuple("CUL", 7L), org.assertj.core.groups.Tuple.tuple("EDU", 5L));
        assertThat(dashboards.byCountry(filter)).extracting(CountryCount::countryCode, CountryCount::projects)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MX", 24L));
        assertThat(dashboards.countProjects(filter.withSector(sectorId("CUL")))).isEqualTo(7);
        assertThat(dashboards.projects(filter.withSector(sectorId("EDU")), 0, 50)).hasSize(5);
    }

    @Test
    void onlyManagersAndAdministratorsSeeTheDashboards() {
        for (String role : List.of("OFFICER", "READER")) {
            signIn("someone", role);
            assertThatThrownBy(() -> dashboards.keyFigures(DashboardFilter.none()))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> dashboards.projects(DashboardFilter.none(), 0, 10))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        signIn("manager", "MANAGER");
        assertThat(dashboards.countProjects(ours())).isEqualTo(MADE.size());
    }
}
