package org.coopera.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coopera.base.synthetic.SyntheticDataGenerator;
import org.coopera.base.synthetic.SyntheticDataProperties;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectService;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import org.coopera.reference.SectorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The project list on 100,000 projects: for each filter, the median and 95th percentile of one
 * page load (a page of 50 and the count), and how many SQL statements it sends. Targets: median
 * at most 30 ms, at most 5 statements. Run with {@code ./mvnw verify -Pbenchmark}; the synthetic
 * data set is generated once into ~/.coopera/benchmark. Results: target/benchmark/project-list.md.
 */
@BenchmarkTest
@WithMockUser(roles = "READER")
class ProjectListBenchmarkIT {

    private static final int WARM_UP = 5;
    private static final int RUNS = 41;
    private static final int PAGE = 50;

    @Autowired
    SyntheticDataGenerator generator;

    @Autowired
    ProjectService projects;

    @Autowired
    SectorService sectors;

    @Autowired
    JdbcClient jdbc;

    @Test
    void projectListPageLoads() throws IOException {
        if (!generator.present()) {
            generator.generate(new SyntheticDataProperties(42, 200, 10, 100_000, 2000, 1_000_000, 0));
        }
        long culture = sectors.byCode("CUL").orElseThrow().id();
        long aProgram = jdbc.sql("select min(p.id) from program p join working_group g on g.id = p.working_group_id "
                + "where g.acronym = 'SYN-0100'").query(Long.class).single();
        long aGroup = jdbc.sql("select id from working_group where acronym = 'SYN-0100'").query(Long.class).single();
        String aCountry = jdbc.sql("select j.country_code from working_group g join jurisdiction j "
                + "on j.id = g.jurisdiction_id where g.acronym = 'SYN-0100'").query(String.class).single();

        Map<String, ProjectFilter> filters = new LinkedHashMap<>();
        filters.put("none", ProjectFilter.none());
        filters.put("text", ProjectFilter.none().withText("SYN-0765"));
        filters.put("programme", ProjectFilter.none().withProgram(aProgram));
        filters.put("working group", new ProjectFilter(null, null, aGroup, null, null, null, null, null, null, null));
        filters.put("sector (axis)", new ProjectFilter(null, null, null, culture, null, null, null, null, null, null));
        filters.put("country", new ProjectFilter(null, null, null, null, aCountry, null, null, null, null, null));
        filters.put("status", new ProjectFilter(null, null, null, null, null, ProjectStatus.SUSPENDED, null, null, null, null));
        filters.put("health", new ProjectFilter(null, null, null, null, null, null, ProjectHealth.OFF_TRACK, null, null, null));
        filters.put("theme", new ProjectFilter(null, null, null, null, null, null, null, Theme.YOUTH, null, null));
        filters.put("period", new ProjectFilter(null, null, null, null, null, null, null, null, 2005, 2006));
        filters.put("sector + status + health", new ProjectFilter(null, null, null, culture, null,
                ProjectStatus.IMPLEMENTATION, ProjectHealth.AT_RISK, null, null, null));

        long total = projects.count(ProjectFilter.none());
        List<String> lines = new ArrayList<>();
        lines.add("Project list on " + total + " projects, page of " + PAGE + " sorted by code, " + RUNS + " runs after "
                + WARM_UP + " warm-up runs (times in ms, page query + count):");
        lines.add("");
        lines.add("| filter | rows matched | median | p95 | SQL statements per page load |");
        lines.add("|---|---|---|---|---|");
        long questionsOverhead = statementsDuring(() -> { });
        for (var entry : filters.entrySet()) {
            ProjectFilter filter = entry.getValue();
            for (int i = 0; i < WARM_UP; i++) {
                loadPage(filter, i);
            }
            long[] times = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                loadPage(filter, i);
                times[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(times);
            long statements = statementsDuring(() -> loadPage(filter, 0)) - questionsOverhead;
            lines.add(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %d |", entry.getKey(), projects.count(filter),
                    times[RUNS / 2] / 1e6, times[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6, statements));
        }
        Path out = Path.of("target", "benchmark", "project-list.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }

    private void loadPage(ProjectFilter filter, int run) {
        projects.find(filter, "code", true, (run % 3) * PAGE, PAGE);
        projects.count(filter);
    }

    /** Statements the server received during the action (MariaDB's global Questions counter). */
    private long statementsDuring(Runnable action) {
        long before = questions();
        action.run();
        return questions() - before;
    }

    private long questions() {
        return Benchmarks.statementsSent(jdbc);
    }
}
