package org.coopera.dashboard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's aggregate SQL. Every figure and the drill-down list read the summary table
 * {@code dashboard_project} (one narrow row per project with every dimension denormalised, kept by
 * triggers, see the Liquibase changes 0050 to 0054) with the very same WHERE, so a list's length
 * equals its figure. Each aggregate is a plain GROUP BY of the summary table alone on ids and
 * enums, which reads a covering index; a single widget joins the few names it shows (sector axes,
 * working groups, countries) to the grouped rows in the same statement. The theme, sector and
 * years filters are semi-joins (on {@code project_theme}, on the sector and its sub-sectors, on the
 * programmes running in those years). A full refresh reads every widget in five statements: one
 * aggregate by sector axis, status, period and health (key figures with the overdue count, sector ×
 * status, period × sector), one by working group, country and health (health by working group,
 * country), the names, the active programmes, and one by Québec region and status (on its own summary
 * table {@code dashboard_project_region}, same WHERE). No entity is loaded.
 */
@Component
class DashboardQueries {

    /** Statuses of a project under way, which must report within the reporting interval. */

    static final String FROM = " from dashboard_project d";

    /**
     * Of a group's projects, those without an approved update since :before (whether they are under
     * way follows from the status the group has): one sum in the aggregate that reads the rows anyway.
     */
    private static final String STALE =
            "sum(d.last_approved_update_date is null or d.last_approved_update_date < :before)";
    private static final String OVERDUE = "(d.status in " + ProjectStatus.UNDER_WAY_SQL
            + " and (d.last_approved_update_date is null or d.last_approved_update_date < :before))";

    /** A sector axis's names, joined to an aggregate's rows by {@link #AXIS_JOIN}. */
    private static final String AXIS_NAMES = "s.code, s.name_fr, s.name_en, s.sort_order";
    private static final String AXIS_JOIN = " left join sector s on s.id = g.axis_id";

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The filter as SQL conditions on the summary table (alias d); fills the parameters it uses. */
    static String where(DashboardFilter f, LocalDate overdueBefore, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.periodStart() != null) {
            conditions.add("d.start_year = :periodStart");
            params.put("periodStart", f.periodStart());
        }
        List<String> years = yearConditions(f, params);
        if (!years.isEmpty()) {
            // the programmes running in those years, then one range of the covering programme index each
            conditions.add("d.program_id in (select pr.id from program pr where " + String.join(" and ", years) + ")");
        }
        if (f.workingGroupId() != null) {
            conditions.add("d.working_group_id = :workingGroupId");
            params.put("workingGroupId", f.workingGroupId());
        }
        if (hasCountry(f)) {
            conditions.add("d.country_code = :country");
            params.put("country", country(f));
        }
        if (f.sectorId() != null) {
            // the sector and its sub-sectors: one range of the covering sector index per sector
            conditions.add("d.sector_id in (select x.id from sector x where x.id = :sectorId or x.parent_id = :sectorId)");
            params.put("sectorId", f.sectorId());
        }
        if (f.status() != null) {
            conditions.add("d.status = :status");
            params.put("status", f.status().name());
        }
        if (f.health() != null) {
            conditions.add("d.health = :health");
            params.put("health", f.health().name());
        }
        if (f.theme() != null) {
            conditions.add("d.project_id in (select t.project_id from project_theme t where t.theme = :theme)");
            params.put("theme", f.theme().name());
        }
        if (f.withoutUpdate()) {
            conditions.add(OVERDUE);
            params.put("before", overdueBefore);
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The filter's years as conditions on a programme (alias pr): running in or after, starting in or before. */
    private static List<String> yearConditions(DashboardFilter f, Map<String, Object> params) {
        List<String> years = new ArrayList<>();
        if (f.fromYear() != null) {
            years.add("pr.end_year >= :fromYear");
            params.put("fromYear", f.fromYear());
        }
        if (f.toYear() != null) {
            years.add("pr.start_year <= :toYear");
            params.put("toYear", f.toYear());
        }
        return years;
    }

    private static boolean hasCountry(DashboardFilter f) {
        return f.countryCode() != null && !f.countryCode().isBlank();
    }

    private static String country(DashboardFilter f) {
        return f.countryCode().trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** Every widget in four statements (see the class comment). */
    Dashboard dashboard(DashboardFilter filter, LocalDate overdueBefore) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, overdueBefore, params);
        record Cell(long axis, ProjectStatus status, int start, int end, long n) {
        }
        Totals totals = new Totals();
        List<Cell> cells = new ArrayList<>();
        params.put("before", overdueBefore);
        jdbc.sql("select d.axis_id, d.status, d.start_year, d.end_year, d.health, count(*), coalesce(sum(d.budget), 0),"
                        + " count(d.budget), " + STALE + FROM + where
                        + " group by d.axis_id, d.status, d.start_year, d.end_year, d.health")
                .params(params)
                .query(rs -> {
                    ProjectStatus status = ProjectStatus.valueOf(rs.getString(2));
                    long n = rs.getLong(6);
                    totals.add(status, ProjectHealth.valueOf(rs.getString(5)), n, rs.getBigDecimal(7), rs.getLong(8),
                            rs.getLong(9));
                    cells.add(new Cell(rs.getLong(1), status, rs.getInt(3), rs.getInt(4), n));
                });
        record GroupCell(long group, String country, ProjectHealth health, long n) {
        }
        List<GroupCell> groupCells = new ArrayList<>();
        jdbc.sql("select d.working_group_id, d.country_code, d.health, count(*)" + FROM + where
                        + " group by d.working_group_id, d.country_code, d.health")
                .params(params)
                .query(rs -> {
                    groupCells.add(new GroupCell(rs.getLong(1), rs.getString(2), ProjectHealth.valueOf(rs.getString(3)),
                            rs.getLong(4)));
                });
        Names names = names(groupCells.stream().map(GroupCell::group).toList(),
                groupCells.stream().map(GroupCell::country).toList());

        Map<List<Object>, Long> sectorStatus = new HashMap<>();
        Map<List<Object>, Long> periodSector = new HashMap<>();
        for (Cell cell : cells) {
            sectorStatus.merge(List.of(cell.axis(), cell.status()), cell.n(), Long::sum);
            periodSector.merge(List.of(cell.start(), cell.end(), cell.axis()), cell.n(), Long::sum);
        }
        List<SectorStatusCount> bySectorAndStatus = new ArrayList<>();
        sectorStatus.forEach((key, n) -> {
            Axis axis = names.axis((Long) key.get(0));
            bySectorAndStatus.add(new SectorStatusCount(axis.id(), axis.code(), axis.nameFr(), axis.nameEn(),
                    (ProjectStatus) key.get(1), n));
        });
        List<PeriodSectorCount> byPeriodAndSector = new ArrayList<>();
        periodSector.forEach((key, n) -> {
            Axis axis = names.axis((Long) key.get(2));
            byPeriodAndSector.add(new PeriodSectorCount((Integer) key.get(0), (Integer) key.get(1), axis.id(),
                    axis.code(), axis.nameFr(), axis.nameEn(), n));
        });
        Map<String, Long> perCountry = new HashMap<>();
        List<WorkingGroupHealthCount> healthByWorkingGroup = new ArrayList<>();
        Map<List<Object>, Long> groupHealth = new HashMap<>();
        for (GroupCell cell : groupCells) {
            perCountry.merge(cell.country(), cell.n(), Long::sum);
            groupHealth.merge(List.of(cell.group(), cell.health()), cell.n(), Long::sum);
        }
        groupHealth.forEach((key, n) -> healthByWorkingGroup.add(new WorkingGroupHealthCount((Long) key.get(0),
                names.acronym((Long) key.get(0)), (ProjectHealth) key.get(1), n)));
        List<CountryCount> byCountry = new ArrayList<>();
        perCountry.forEach((code, n) -> byCountry.add(names.country(code, n)));

        KeyFigures keyFigures = totals.keyFigures(activePrograms(filter));
        return new Dashboard(filter, keyFigures, sortedBySector(bySectorAndStatus, names), sortedByCountry(byCountry),
                sortedByPeriod(byPeriodAndSector, names), sortedByGroup(healthByWorkingGroup),
                byRegionAndStatus(filter, overdueBefore));
    }

    /** Key figures of the filter: two statements (per status and health, programmes). */
    KeyFigures keyFigures(DashboardFilter filter, LocalDate overdueBefore) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, overdueBefore, params);
        params.put("before", overdueBefore);
        Totals totals = new Totals();
        jdbc.sql("select d.status, d.health, count(*), coalesce(sum(d.budget), 0), count(d.budget), " + STALE + FROM
                        + where + " group by d.status, d.health")
                .params(params)
                .query(rs -> {
                    totals.add(ProjectStatus.valueOf(rs.getString(1)), ProjectHealth.valueOf(rs.getString(2)),
                            rs.getLong(3), rs.getBigDecimal(4), rs.getLong(5), rs.getLong(6));
                });
        return totals.keyFigures(activePrograms(filter));
    }

    /** Programmes adopted or in progress that the filter's programme-level fields select. */
    long activePrograms(DashboardFilter filter) {
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        conditions.add("pr.status in ('ADOPTED', 'IN_PROGRESS')");
        if (filter.periodStart() != null) {
            conditions.add("pr.start_year = :periodStart");
            params.put("periodStart", filter.periodStart());
        }
        conditions.addAll(yearConditions(filter, params));
        if (filter.workingGroupId() != null) {
            conditions.add("pr.working_group_id = :workingGroupId");
            params.put("workingGroupId", filter.workingGroupId());
        }
        String from = " from program pr";
        if (hasCountry(filter)) {
            from += " join working_group wg on wg.id = pr.working_group_id join jurisdiction j on j.id = wg.jurisdiction_id";
            conditions.add("j.country_code = :country");
            params.put("country", country(filter));
        }
        return jdbc.sql("select count(*)" + from + " where " + String.join(" and ", conditions))
                .params(params).query(Long.class).single();
    }

    // The single widgets read their names in the aggregate's own statement: the GROUP BY on ids and
    // enums in a derived table (still a covering-index read), the few names joined to its rows.

    List<SectorStatusCount> bySectorAndStatus(DashboardFilter filter, LocalDate overdueBefore) {
        Map<String, Object> params = new HashMap<>();
        Names names = Names.empty();
        List<SectorStatusCount> counts = jdbc.sql("select g.axis_id, " + AXIS_NAMES + ", g.status, g.n"
                        + " from (select d.axis_id, d.status, count(*) n" + FROM + where(filter, overdueBefore, params)
                        + " group by d.axis_id, d.status) g" + AXIS_JOIN)
                .params(params)
                .query((rs, row) -> {
                    Axis axis = names.axis(rs, 1);
                    return new SectorStatusCount(axis.id(), axis.code(), axis.nameFr(), axis.nameEn(),
                            ProjectStatus.valueOf(rs.getString(6)), rs.getLong(7));
                })
                .list();
        return sortedBySector(counts, names);
    }

    List<CountryCount> byCountry(DashboardFilter filter, LocalDate overdueBefore) {
        Map<String, Object> params = new HashMap<>();
        List<CountryCount> counts = jdbc.sql("select g.country_code, c.name_fr, c.name_en, g.n"
                        + " from (select d.country_code, count(*) n" + FROM + where(filter, overdueBefore, params)
                        + " group by d.country_code) g left join country c on c.code = g.country_code")
                .params(params)
                .query((rs, row) -> {
                    String code = rs.getString(1);
                    return new CountryCount(code, orElse(rs.getString(2), code), orElse(rs.getString(3), code),
                            rs.getLong(4));
                })
                .list();
        return sortedByCountry(counts);
    }

    List<PeriodSectorCount> byPeriodAndSector(DashboardFilter filter, LocalDate overdueBefore) {
        Map<String, Object> params = new HashMap<>();
        Names names = Names.empty();
        List<PeriodSectorCount> counts = jdbc.sql("select g.axis_id, " + AXIS_NAMES + ", g.start_year, g.end_year, g.n"
                        + " from (select d.start_year, d.end_year, d.axis_id, count(*) n" + FROM
                        + where(filter, overdueBefore, params) + " group by d.start_year, d.end_year, d.axis_id) g"
                        + AXIS_JOIN)
                .params(params)
                .query((rs, row) -> {
                    Axis axis = names.axis(rs, 1);
                    return new PeriodSectorCount(rs.getInt(6), rs.getInt(7), axis.id(), axis.code(), axis.nameFr(),
                            axis.nameEn(), rs.getLong(8));
                })
                .list();
        return sortedByPeriod(counts, names);
    }

    List<WorkingGroupHealthCount> healthByWorkingGroup(DashboardFilter filter, LocalDate overdueBefore) {
        Map<String, Object> params = new HashMap<>();
        // the country follows from the working group; grouping on it too reads one covering index in order
        return sortedByGroup(jdbc.sql("select g.working_group_id, wg.acronym, g.health, g.n"
                        + " from (select d.working_group_id, d.health, count(*) n" + FROM
                        + where(filter, overdueBefore, params)
                        + " group by d.working_group_id, d.country_code, d.health) g"
                        + " left join working_group wg on wg.id = g.working_group_id")
                .params(params)
                .query((rs, row) -> new WorkingGroupHealthCount(rs.getLong(1),
                        orElse(rs.getString(2), String.valueOf(rs.getLong(1))), ProjectHealth.valueOf(rs.getString(3)),
                        rs.getLong(4)))
                .list());
    }

    /**
     * Per Québec region and status, from the summary {@code dashboard_project_region} (a row per project
     * and region, region '00' for a project stating none, kept by triggers: Liquibase 0121) with the very
     * same WHERE as the other figures, and the 17 regions' names (every region listed, those without a
     * project with a null status). One statement.
     */
    List<RegionStatusCount> byRegionAndStatus(DashboardFilter filter, LocalDate overdueBefore) {
        Map<String, Object> params = new HashMap<>();
        record Row(String code, String nameFr, String nameEn, ProjectStatus status, long n) {
        }
        List<Row> rows = jdbc.sql("select d.region_code, null, null, d.status, count(*)"
                        + " from dashboard_project_region d" + where(filter, overdueBefore, params)
                        + " group by d.region_code, d.status"
                        + " union all select q.code, q.name_fr, q.name_en, null, 0 from quebec_region q")
                .params(params)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null ? null : ProjectStatus.valueOf(rs.getString(4)), rs.getLong(5)))
                .list();
        Map<String, Row> regions = new java.util.TreeMap<>();
        Map<String, List<Row>> counts = new HashMap<>();
        for (Row row : rows) {
            if (row.status() == null) {
                regions.put(row.code(), row);
            } else {
                counts.computeIfAbsent(row.code(), k -> new ArrayList<>()).add(row);
            }
        }
        List<RegionStatusCount> result = new ArrayList<>();
        regions.forEach((code, region) -> {
            List<Row> cells = counts.getOrDefault(code, List.of());
            if (cells.isEmpty()) {
                result.add(new RegionStatusCount(code, region.nameFr(), region.nameEn(), null, 0));
            }
            cells.stream().sorted(Comparator.comparing(Row::status)).forEach(c ->
                    result.add(new RegionStatusCount(code, region.nameFr(), region.nameEn(), c.status(), c.n())));
        });
        counts.getOrDefault(NO_REGION, List.of()).stream().sorted(Comparator.comparing(Row::status))
                .forEach(c -> result.add(new RegionStatusCount(null, null, null, c.status(), c.n())));
        return result;
    }

    /** The region code of a project's row in {@code dashboard_project_region} when it states none. */
    private static final String NO_REGION = "00";

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static List<SectorStatusCount> sortedBySector(List<SectorStatusCount> counts, Names names) {
        List<SectorStatusCount> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.comparingInt((SectorStatusCount c) -> names.axis(c.sectorId()).sortOrder())
                .thenComparing(SectorStatusCount::sectorCode).thenComparing(SectorStatusCount::status));
        return sorted;
    }

    private static List<PeriodSectorCount> sortedByPeriod(List<PeriodSectorCount> counts, Names names) {
        List<PeriodSectorCount> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.comparingInt(PeriodSectorCount::startYear).thenComparingInt(PeriodSectorCount::endYear)
                .thenComparingInt((PeriodSectorCount c) -> names.axis(c.sectorId()).sortOrder())
                .thenComparing(PeriodSectorCount::sectorCode));
        return sorted;
    }

    private static List<CountryCount> sortedByCountry(List<CountryCount> counts) {
        List<CountryCount> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.comparingLong(CountryCount::projects).reversed()
                .thenComparing(CountryCount::countryCode));
        return sorted;
    }

    private static List<WorkingGroupHealthCount> sortedByGroup(List<WorkingGroupHealthCount> counts) {
        List<WorkingGroupHealthCount> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.comparing(WorkingGroupHealthCount::acronym, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(WorkingGroupHealthCount::acronym).thenComparing(WorkingGroupHealthCount::health));
        return sorted;
    }

    /** A sector axis as the figures show it. */
    record Axis(long id, String code, String nameFr, String nameEn, int sortOrder) {
    }

    /** The names of what the aggregated rows name by id, read in one statement. */
    record Names(Map<Long, Axis> axes, Map<Long, String> acronyms, Map<String, String[]> countries) {

        static Names empty() {
            return new Names(new HashMap<>(), new HashMap<>(), new HashMap<>());
        }

        /** The axis whose id is in column {@code first}, its {@code AXIS_NAMES} next; kept for sorting. */
        Axis axis(ResultSet rs, int first) throws SQLException {
            long id = rs.getLong(first);
            String code = rs.getString(first + 1);
            Axis axis = code == null ? axis(id) : new Axis(id, code, rs.getString(first + 2), rs.getString(first + 3),
                    rs.getInt(first + 4));
            axes.putIfAbsent(id, axis);
            return axis;
        }

        Axis axis(long id) {
            Axis axis = axes.get(id);
            return axis != null ? axis : new Axis(id, String.valueOf(id), String.valueOf(id), String.valueOf(id), 0);
        }

        String acronym(long workingGroupId) {
            return acronyms.getOrDefault(workingGroupId, String.valueOf(workingGroupId));
        }

        CountryCount country(String code, long projects) {
            String[] names = countries.getOrDefault(code, new String[] {code, code});
            return new CountryCount(code, names[0], names[1], projects);
        }
    }

    /**
     * The sector axes, and the working groups and countries given, in one statement (the full
     * refresh's aggregates group on ids alone, so that they read their covering index only).
     */
    private Names names(Collection<Long> workingGroups, Collection<String> countries) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        parts.add("select 'S', id, code, name_fr, name_en, sort_order from sector where parent_id is null");
        if (!workingGroups.isEmpty()) {
            parts.add("select 'W', id, acronym, null, null, 0 from working_group where id in (:groups)");
            params.put("groups", new HashSet<>(workingGroups));
        }
        if (!countries.isEmpty()) {
            parts.add("select 'C', 0, code, name_fr, name_en, 0 from country where code in (:countries)");
            params.put("countries", new HashSet<>(countries));
        }
        Names names = Names.empty();
        jdbc.sql(String.join(" union all ", parts)).params(params).query(rs -> {
            switch (rs.getString(1)) {
                case "S" -> names.axes().put(rs.getLong(2), new Axis(rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)));
                case "W" -> names.acronyms().put(rs.getLong(2), rs.getString(3));
                default -> names.countries().put(rs.getString(3), new String[] {rs.getString(4), rs.getString(5)});
            }
        });
        return names;
    }

    /** One page by code: the page's ids from the summary table first, then their details. */
    List<DashboardProject> projects(DashboardFilter filter, LocalDate overdueBefore, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, overdueBefore, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("""
                        select p.id, p.code, p.title_fr, p.title_en, wg.acronym,
                               concat(d.start_year, '-', d.end_year), d.country_code, s.name_fr, s.name_en,
                               d.status, d.health, d.budget, d.last_approved_update_date
                        from (select d.project_id""" + FROM + where + """
                               order by d.code, d.project_id limit :limit offset :offset) page
                        join dashboard_project d on d.project_id = page.project_id
                        join project p on p.id = d.project_id
                        join working_group wg on wg.id = d.working_group_id
                        join sector s on s.id = d.sector_id
                        order by d.code, d.project_id""")
                .params(params)
                .query((rs, row) -> new DashboardProject(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), ProjectStatus.valueOf(rs.getString(10)),
                        ProjectHealth.valueOf(rs.getString(11)), rs.getBigDecimal(12),
                        rs.getObject(13, LocalDate.class)))
                .list();
    }

    long countProjects(DashboardFilter filter, LocalDate overdueBefore) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*)" + FROM + where(filter, overdueBefore, params)).params(params)
                .query(Long.class).single();
    }

    /** Sums of the per-status-and-health rows into the key figures. */
    private static final class Totals {

        private final Map<ProjectStatus, Long> byStatus = new EnumMap<>(ProjectStatus.class);
        private long projects;
        private long atRisk;
        private long offTrack;
        private BigDecimal budget = BigDecimal.ZERO;
        private long withBudget;
        private long overdue;

        Totals() {
            for (ProjectStatus status : ProjectStatus.values()) {
                byStatus.put(status, 0L);
            }
        }

        void add(ProjectStatus status, ProjectHealth health, long n, BigDecimal budgetSum, long budgets, long stale) {
            byStatus.merge(status, n, Long::sum);
            if (ProjectStatus.UNDER_WAY.contains(status)) {
                overdue += stale;
            }
            projects += n;
            if (health == ProjectHealth.AT_RISK) {
                atRisk += n;
            } else if (health == ProjectHealth.OFF_TRACK) {
                offTrack += n;
            }
            budget = budget.add(budgetSum);
            withBudget += budgets;
        }

        KeyFigures keyFigures(long activePrograms) {
            return new KeyFigures(activePrograms, projects, byStatus, atRisk, offTrack, overdue, budget, withBudget);
        }
    }
}
