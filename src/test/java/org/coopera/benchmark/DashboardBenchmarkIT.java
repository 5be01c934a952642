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
import org.coopera.dashboard.Dashboard;
import org.coopera.dashboard.DashboardFilter;
import org.coopera.dashboard.DashboardService;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import org.coopera.reference.SectorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The dashboard benchmark (issue 7) on the synthetic portfolio (100,000 projects, 1,000,000 status
 * updates). Part 1: for each filter shape, the median and 95th percentile of a full refresh as the
 * view does it (every widget, {@link DashboardService#dashboard}, plus the first page of 50 of the
 * drill-down list and its count) and the SQL statements it sends. Part 2: for each widget and each
 * filter type, the service method against the same question written by hand in SQL, twice: against
 * the normalised tables (project, program, working_group, jurisdiction, sector, project_theme, with
 * every index there is; joining only what the question needs, EXISTS for the theme) and against the
 * summary table {@code dashboard_project}. The hand-written SQL is built here, independently of
 * DashboardQueries, with the values written into it. Targets (issue 7): p95 of a full refresh at
 * most 300 ms; each aggregate at most twice its hand-written SQL. Results in
 * target/benchmark/dashboard.md. Run with {@code flock /tmp/coopera-benchmark.lock ./mvnw verify
 * -Pbenchmark -Dit.test=DashboardBenchmarkIT}.
 */
@BenchmarkTest
@WithMockUser(roles = "MANAGER")
class DashboardBenchmarkIT {

    private static final int WARM_UP = 5;
    private static final int RUNS = 41;
    private static final int WIDGET_WARM_UP = 2;
    private static final int WIDGET_RUNS = 15;
    private static final int PAGE = 50;

    @Autowired
    SyntheticDataGenerator generator;

    @Autowired
    DashboardService dashboards;

    @Autowired
    SectorService sectors;

    @Autowired
    JdbcClient jdbc;

    private LocalDate before;

    @Test
    void fullRefreshAndAggregatesAgainstHandWrittenSql() throws IOException {
        if (!generator.present()) {
            generator.generate(new SyntheticDataProperties(42, 200, 10, 100_000, 2000, 1_000_000, 0));
        }
        jdbc.sql("analyze table dashboard_project").query().listOfRows();
        before = dashboards.overdueBefore();
        long culture = sectors.byCode("CUL").orElseThrow().id();
        long research = sectors.byCode("RI-SCI").orElseThrow().id();
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
        filters.put("sector (sub-sector)", none.withSector(research));
        filters.put("status", none.withStatus(ProjectStatus.IMPLEMENTATION));
        filters.put("health (on track)", none.withHealth(ProjectHealth.ON_TRACK));
        filters.put("health (off track)", none.withHealth(ProjectHealth.OFF_TRACK));
        filters.put("theme", none.withTheme(Theme.YOUTH));
        filters.put("without update", none.withWithoutUpdate(true));
        filters.put("country + sector + status", none.withCountry(aCountry).withSector(culture)
                .withStatus(ProjectStatus.IMPLEMENTATION));
        filters.put("years + health + without update", none.withYears(2005, 2015).withHealth(ProjectHealth.ON_TRACK)
                .withWithoutUpdate(true));
        filters.put("every filter", none.withYears(1995, 2015).withPeriodStart(2013).withWorkingGroup(aGroup)
                .withCountry(aCountry).withSector(culture).withStatus(ProjectStatus.IMPLEMENTATION)
                .withHealth(ProjectHealth.ON_TRACK).withTheme(Theme.YOUTH).withWithoutUpdate(true));

        long total = dashboards.countProjects(none);
        List<String> lines = new ArrayList<>();
        lines.add("Dashboard on " + total + " projects. Full refresh = every widget (DashboardService.dashboard) + the "
                + "first page of " + PAGE + " of the drill-down list + its count; " + RUNS + " runs after " + WARM_UP
                + " warm-up runs (times in ms).");
        lines.add("");
        lines.add("| filter | projects | full refresh median | full refresh p95 | SQL statements |");
        lines.add("|---|---|---|---|---|");
        long overhead = statementsDuring(() -> { });
        for (var entry : filters.entrySet()) {
            DashboardFilter filter = entry.getValue();
            long[] times = time(() -> refresh(filter), WARM_UP, RUNS);
            long statements = statementsDuring(() -> refresh(filter)) - overhead;
            lines.add(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %d |", entry.getKey(),
                    dashboards.countProjects(filter), median(times), p95(times), statements));
        }

        lines.add("");
        lines.add("Each widget against the same question written by hand, " + WIDGET_RUNS + " interleaved runs "
                + "(service, normalised, summary in turn) after " + WIDGET_WARM_UP + " warm-up runs: medians (p95 of the service in brackets) in ms; ratio = service / "
                + "hand-written. \"normalised\" = hand-written on the normalised tables, \"summary\" = hand-written "
                + "on dashboard_project.");
        lines.add("");
        lines.add("| widget | filter | service (p95) | statements | by hand, normalised | by hand, summary "
                + "| ratio normalised | ratio summary |");
        lines.add("|---|---|---|---|---|---|---|---|");
        List<String> single = List.of("none", "period", "years", "working group", "country", "sector (axis)",
                "sector (sub-sector)", "status", "health (on track)", "theme", "without update",
                "country + sector + status");
        double worstNormalised = 0;
        double worstSummary = 0;
        for (String widget : List.of("key figures", "sector x status", "country", "period x sector",
                "health by working group", "list page", "count")) {
            for (String name : single) {
                DashboardFilter filter = filters.get(name);
                Supplier<?> service = service(widget, filter);
                long[][] times = timeInterleaved(List.of(service, byHand(widget, filter, false),
                        byHand(widget, filter, true)));
                long[] ours = times[0];
                long statements = statementsDuring(service::get) - overhead;
                double normalised = median(times[1]);
                double summary = median(times[2]);
                worstNormalised = Math.max(worstNormalised, median(ours) / normalised);
                worstSummary = Math.max(worstSummary, median(ours) / summary);
                lines.add(String.format(Locale.ROOT, "| %s | %s | %.1f (%.1f) | %d | %.1f | %.1f | %.2f | %.2f |",
                        widget, name, median(ours), p95(ours), statements, normalised, summary,
                        median(ours) / normalised, median(ours) / summary));
            }
        }
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Worst ratio: %.2f against the normalised tables, %.2f against the "
                + "summary table.", worstNormalised, worstSummary));
        Path out = Path.of("target", "benchmark", "dashboard.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }

    /** What the view does on a refresh: every widget and the first page of the list (its length is a key figure). */
    private Object refresh(DashboardFilter filter) {
        Dashboard shown = dashboards.dashboard(filter);
        dashboards.projects(filter, 0, PAGE);
        return shown.keyFigures().projects();
    }

    private Supplier<?> service(String widget, DashboardFilter f) {
        return switch (widget) {
            case "key figures" -> () -> dashboards.keyFigures(f);
            case "sector x status" -> () -> dashboards.bySectorAndStatus(f);
            case "country" -> () -> dashboards.byCountry(f);
            case "period x sector" -> () -> dashboards.byPeriodAndSector(f);
            case "health by working group" -> () -> dashboards.healthByWorkingGroup(f);
            case "list page" -> () -> dashboards.projects(f, 0, PAGE);
            case "count" -> () -> dashboards.countProjects(f);
            default -> throw new IllegalArgumentException(widget);
        };
    }

    /** The widget's question in SQL as one would write it by hand, on either schema. */
    private Supplier<?> byHand(String widget, DashboardFilter f, boolean summary) {
        return summary ? bySummary(widget, f) : byNormalised(widget, f);
    }

    private Supplier<?> bySummary(String widget, DashboardFilter f) {
        String where = summaryWhere(f);
        String overdue = "d.status in ('PIPELINE', 'IMPLEMENTATION', 'FINALISATION') and "
                + "(d.last_approved_update_date is null or d.last_approved_update_date < '" + before + "')";
        return switch (widget) {
            case "key figures" -> () -> List.of(
                    rows("select d.status, d.health, count(*), sum(d.budget), count(d.budget) from dashboard_project d"
                            + where + " group by d.status, d.health"),
                    rows("select count(*) from dashboard_project d" + and(where, overdue)),
                    rows(activePrograms(f)));
            case "sector x status" -> () -> rows("select d.axis_id, d.status, count(*) from dashboard_project d" + where
                    + " group by d.axis_id, d.status");
            case "country" -> () -> rows("select d.country_code, count(*) from dashboard_project d" + where
                    + " group by d.country_code");
            case "period x sector" -> () -> rows("select d.start_year, d.end_year, d.axis_id, count(*) from "
                    + "dashboard_project d" + where + " group by d.start_year, d.end_year, d.axis_id");
            case "health by working group" -> () -> rows("select d.working_group_id, d.health, count(*) from "
                    + "dashboard_project d" + where + " group by d.working_group_id, d.health");
            case "list page" -> () -> rows("""
                    select p.id, p.code, p.title_fr, p.title_en, wg.acronym, d.start_year, d.end_year, d.country_code,
                           s.name_fr, s.name_en, d.status, d.health, d.budget, d.last_approved_update_date
                    from (select d.project_id from dashboard_project d""" + where
                    + " order by d.code, d.project_id limit " + PAGE + """
                    ) page join dashboard_project d on d.project_id = page.project_id
                    join project p on p.id = d.project_id join working_group wg on wg.id = d.working_group_id
                    join sector s on s.id = d.sector_id order by d.code, d.project_id""");
            case "count" -> () -> rows("select count(*) from dashboard_project d" + where);
            default -> throw new IllegalArgumentException(widget);
        };
    }

    /** Normalised tables: joins only what the filter and the grouping need. */
    private Supplier<?> byNormalised(String widget, DashboardFilter f) {
        String overdue = "p.status in ('PIPELINE', 'IMPLEMENTATION', 'FINALISATION') and "
                + "(p.last_approved_update_date is null or p.last_approved_update_date < '" + before + "')";
        return switch (widget) {
            case "key figures" -> () -> List.of(rows("select p.status, count(*), sum(p.health = 'AT_RISK'), "
                    + "sum(p.health = 'OFF_TRACK'), sum(" + overdue + "), sum(p.budget), count(p.budget)"
                    + from(f, false, false, false) + normalisedWhere(f) + " group by p.status"), rows(activePrograms(f)));
            case "sector x status" -> () -> rows("select coalesce(s.parent_id, s.id), p.status, count(*)"
                    + from(f, false, false, true) + normalisedWhere(f) + " group by coalesce(s.parent_id, s.id), p.status");
            case "country" -> () -> rows("select j.country_code, count(*)" + from(f, true, true, false)
                    + normalisedWhere(f) + " group by j.country_code");
            case "period x sector" -> () -> rows("select pr.start_year, pr.end_year, coalesce(s.parent_id, s.id), "
                    + "count(*)" + from(f, true, false, true) + normalisedWhere(f)
                    + " group by pr.start_year, pr.end_year, coalesce(s.parent_id, s.id)");
            case "health by working group" -> () -> rows("select pr.working_group_id, p.health, count(*)"
                    + from(f, true, false, false) + normalisedWhere(f) + " group by pr.working_group_id, p.health");
            case "list page" -> () -> rows("""
                    select p.id, p.code, p.title_fr, p.title_en, wg.acronym, pr.start_year, pr.end_year, j.country_code,
                           s.name_fr, s.name_en, p.status, p.health, p.budget, p.last_approved_update_date
                    from project p join program pr on pr.id = p.program_id
                    join working_group wg on wg.id = pr.working_group_id join jurisdiction j on j.id = wg.jurisdiction_id
                    join sector s on s.id = p.sector_id""" + normalisedWhere(f)
                    + " order by p.code, p.id limit " + PAGE);
            case "count" -> () -> rows("select count(*)" + from(f, false, false, false) + normalisedWhere(f));
            default -> throw new IllegalArgumentException(widget);
        };
    }

    private static String from(DashboardFilter f, boolean program, boolean jurisdiction, boolean sector) {
        boolean country = f.countryCode() != null || jurisdiction;
        boolean needsProgram = program || country || f.periodStart() != null || f.fromYear() != null
                || f.toYear() != null || f.workingGroupId() != null;
        String from = " from project p";
        if (needsProgram) {
            from += " join program pr on pr.id = p.program_id";
        }
        if (country) {
            from += " join working_group wg on wg.id = pr.working_group_id join jurisdiction j on j.id = wg.jurisdiction_id";
        }
        if (sector) {
            from += " join sector s on s.id = p.sector_id";
        }
        return from;
    }

    /** The columns a hand-written WHERE names: on the summary table, or on the normalised tables. */
    private record Columns(String program, String project, String country) {
    }

    private static final Columns SUMMARY = new Columns("d", "d", "d");
    private static final Columns NORMALISED = new Columns("pr", "p", "j");

    private String summaryWhere(DashboardFilter f) {
        return where(f, SUMMARY, "d.project_id");
    }

    private String normalisedWhere(DashboardFilter f) {
        return where(f, NORMALISED, "p.id");
    }

    private String where(DashboardFilter f, Columns t, String projectId) {
        List<String> c = new ArrayList<>();
        if (f.periodStart() != null) {
            c.add(t.program() + ".start_year = " + f.periodStart());
        }
        if (f.fromYear() != null) {
            c.add(t.program() + ".end_year >= " + f.fromYear());
        }
        if (f.toYear() != null) {
            c.add(t.program() + ".start_year <= " + f.toYear());
        }
        if (f.workingGroupId() != null) {
            c.add(t.program() + ".working_group_id = " + f.workingGroupId());
        }
        if (f.countryCode() != null) {
            c.add(t.country() + ".country_code = '" + f.countryCode() + "'");
        }
        if (f.sectorId() != null) {
            c.add(t.project() + ".sector_id in (select x.id from sector x where x.id = " + f.sectorId()
                    + " or x.parent_id = " + f.sectorId() + ")");
        }
        if (f.status() != null) {
            c.add(t.project() + ".status = '" + f.status() + "'");
        }
        if (f.health() != null) {
            c.add(t.project() + ".health = '" + f.health() + "'");
        }
        if (f.theme() != null) {
            c.add("exists (select 1 from project_theme t where t.project_id = " + projectId + " and t.theme = '"
                    + f.theme() + "')");
        }
        if (f.withoutUpdate()) {
            c.add(t.project() + ".status in ('PIPELINE', 'IMPLEMENTATION', 'FINALISATION') and ("
                    + t.project() + ".last_approved_update_date is null or " + t.project()
                    + ".last_approved_update_date < '" + before + "')");
        }
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    private static String activePrograms(DashboardFilter f) {
        List<String> c = new ArrayList<>(List.of("pr.status in ('ADOPTED', 'IN_PROGRESS')"));
        String from = " from program pr";
        if (f.periodStart() != null) {
            c.add("pr.start_year = " + f.periodStart());
        }
        if (f.fromYear() != null) {
            c.add("pr.end_year >= " + f.fromYear());
        }
        if (f.toYear() != null) {
            c.add("pr.start_year <= " + f.toYear());
        }
        if (f.workingGroupId() != null) {
            c.add("pr.working_group_id = " + f.workingGroupId());
        }
        if (f.countryCode() != null) {
            from += " join working_group wg on wg.id = pr.working_group_id join jurisdiction j on j.id = wg.jurisdiction_id";
            c.add("j.country_code = '" + f.countryCode() + "'");
        }
        return "select count(*)" + from + " where " + String.join(" and ", c);
    }

    private static String and(String where, String condition) {
        return where.isEmpty() ? " where " + condition : where + " and " + condition;
    }

    private List<Map<String, Object>> rows(String sql) {
        return jdbc.sql(sql).query().listOfRows();
    }

    private static long[] time(Supplier<?> action, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            action.get();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times;
    }

    /**
     * The actions one after the other in each run (so that a change in the machine's load falls on
     * all of them alike), each action's times sorted.
     */
    private static long[][] timeInterleaved(List<Supplier<?>> actions) {
        for (int i = 0; i < WIDGET_WARM_UP; i++) {
            actions.forEach(Supplier::get);
        }
        long[][] times = new long[actions.size()][WIDGET_RUNS];
        for (int run = 0; run < WIDGET_RUNS; run++) {
            for (int a = 0; a < actions.size(); a++) {
                long start = System.nanoTime();
                actions.get(a).get();
                times[a][run] = System.nanoTime() - start;
            }
        }
        for (long[] t : times) {
            Arrays.sort(t);
        }
        return times;
    }

    private static double median(long[] sorted) {
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double p95(long[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
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
