package org.coopera.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.coopera.base.synthetic.SyntheticDataGenerator;
import org.coopera.base.synthetic.SyntheticDataProperties;
import org.coopera.dashboard.DashboardFilter;
import org.coopera.dashboard.DashboardService;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import org.coopera.reference.SectorService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * Skeleton of the dashboard benchmark (issue 7) on the synthetic portfolio (100,000 projects,
 * 1,000,000 status updates): for each filter combination, the median and 95th percentile of a full
 * refresh (every widget, {@link DashboardService#dashboard}), and, per aggregate, the service's time
 * against the same aggregate written by hand in SQL. Targets (issue 7): p95 of a full refresh at
 * most 300 ms; each aggregate at most twice its hand-written SQL. Not asserted yet: the results are
 * written to target/benchmark/dashboard.md. Run with {@code ./mvnw verify -Pbenchmark
 * -Dit.test=DashboardBenchmarkIT}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "coopera.embedded-db.ephemeral=false",
        "coopera.embedded-db.data-dir=${user.home}/.coopera/benchmark/mariadb",
        "logging.level.org.coopera=info"})
@ActiveProfiles("test")
@WithMockUser(roles = "MANAGER")
class DashboardBenchmarkIT {

    private static final int WARM_UP = 5;
    private static final int RUNS = 41;

    @Autowired
    SyntheticDataGenerator generator;

    @Autowired
    DashboardService dashboards;

    @Autowired
    SectorService sectors;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fullRefreshAndAggregatesAgainstHandWrittenSql() throws IOException {
        if (!generator.present()) {
            generator.generate(new SyntheticDataProperties(42, 200, 10, 100_000, 2000, 1_000_000, 0));
        }
        long culture = sectors.byCode("CUL").orElseThrow().id();
        long aGroup = jdbc.sql("select id from working_group where acronym = 'SYN-0100'").query(Long.class).single();
        String aCountry = jdbc.sql("select j.country_code from working_group g join jurisdiction j "
                + "on j.id = g.jurisdiction_id where g.acronym = 'SYN-0100'").query(String.class).single();

        Map<String, DashboardFilter> filters = new LinkedHashMap<>();
        DashboardFilter none = DashboardFilter.none();
        filters.put("none", none);
        filters.put("period", none.withPeriodStart(2013));
        filters.put("years", none.withYears(2005, 2010));
        filters.put("working group", none.withWorkingGroup(aGroup));
        filters.put("country", none.withCountry(aCountry));
        filters.put("sector (axis)", none.withSector(culture));
        filters.put("status", none.withStatus(ProjectStatus.SUSPENDED));
        filters.put("health", none.withHealth(ProjectHealth.OFF_TRACK));
        filters.put("theme", none.withTheme(Theme.YOUTH));
        filters.put("without update", none.withWithoutUpdate(true));
        filters.put("country + sector + status", none.withCountry(aCountry).withSector(culture)
                .withStatus(ProjectStatus.IMPLEMENTATION));

        long total = dashboards.countProjects(none);
        List<String> lines = new ArrayList<>();
        lines.add("Dashboard on " + total + " projects, " + RUNS + " runs after " + WARM_UP
                + " warm-up runs (times in ms):");
        lines.add("");
        lines.add("| filter | projects | full refresh median | full refresh p95 |");
        lines.add("|---|---|---|---|");
        for (var entry : filters.entrySet()) {
            long[] times = time(() -> dashboards.dashboard(entry.getValue()));
            lines.add(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f |", entry.getKey(),
                    dashboards.countProjects(entry.getValue()), median(times), p95(times)));
        }

        // each aggregate, unfiltered, against the same GROUP BY written by hand
        LocalDate before = dashboards.overdueBefore();
        Map<String, Supplier<?>> service = new LinkedHashMap<>();
        Map<String, Supplier<?>> byHand = new LinkedHashMap<>();
        service.put("key figures", () -> dashboards.keyFigures(none));
        byHand.put("key figures", () -> jdbc.sql("""
                select p.status, count(*), sum(p.health = 'AT_RISK'), sum(p.health = 'OFF_TRACK'),
                       sum(p.status in ('PIPELINE', 'IMPLEMENTATION', 'FINALISATION')
                           and (p.last_approved_update_date is null or p.last_approved_update_date < :before)),
                       sum(p.budget), count(p.budget)
                from project p group by p.status""").param("before", before).query().listOfRows());
        service.put("sector x status", () -> dashboards.bySectorAndStatus(none));
        byHand.put("sector x status", () -> jdbc.sql("""
                select coalesce(s.parent_id, s.id), p.status, count(*) from project p join sector s on s.id = p.sector_id
                group by coalesce(s.parent_id, s.id), p.status""").query().listOfRows());
        service.put("country", () -> dashboards.byCountry(none));
        byHand.put("country", () -> jdbc.sql("""
                select j.country_code, count(*) from project p join program pr on pr.id = p.program_id
                join working_group wg on wg.id = pr.working_group_id join jurisdiction j on j.id = wg.jurisdiction_id
                group by j.country_code""").query().listOfRows());
        service.put("period x sector", () -> dashboards.byPeriodAndSector(none));
        byHand.put("period x sector", () -> jdbc.sql("""
                select pr.start_year, coalesce(s.parent_id, s.id), count(*) from project p
                join program pr on pr.id = p.program_id join sector s on s.id = p.sector_id
                group by pr.start_year, coalesce(s.parent_id, s.id)""").query().listOfRows());
        service.put("health by working group", () -> dashboards.healthByWorkingGroup(none));
        byHand.put("health by working group", () -> jdbc.sql("""
                select pr.working_group_id, p.health, count(*) from project p join program pr on pr.id = p.program_id
                group by pr.working_group_id, p.health""").query().listOfRows());
        lines.add("");
        lines.add("| aggregate (no filter) | service median | hand-written SQL median | ratio |");
        lines.add("|---|---|---|---|");
        for (String name : service.keySet()) {
            double ours = median(time(service.get(name)));
            double hand = median(time(byHand.get(name)));
            lines.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f |", name, ours, hand, ours / hand));
        }
        Path out = Path.of("target", "benchmark", "dashboard.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }

    private static long[] time(Supplier<?> action) {
        for (int i = 0; i < WARM_UP; i++) {
            action.get();
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times;
    }

    private static double median(long[] sorted) {
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double p95(long[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
    }
}
