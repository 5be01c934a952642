package org.coopera.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's aggregate SQL. Every figure and the drill-down list read the summary table
 * {@code dashboard_project} (one narrow row per project with every dimension denormalised, kept by
 * triggers, see the Liquibase change 0050) with the very same WHERE, so a list's length equals its
 * figure. Aggregates group the summary table alone, on covering indexes, and join the few names
 * they show (sector, country, working group) to the aggregated rows only; the theme filter is a
 * semi-join on {@code project_theme}. A full refresh reads every widget in four statements: one
 * aggregate by sector axis, status, period and health (key figures, sector × status, period ×
 * sector), one by working group, country and health (health by working group, country), the
 * overdue count and the active programmes. No entity is loaded.
 */
@Component
class DashboardQueries {

    /** Statuses of a project under way, which must report within the reporting interval. */
    static final Set<ProjectStatus> UNDER_WAY =
            Set.of(ProjectStatus.PIPELINE, ProjectStatus.IMPLEMENTATION, ProjectStatus.FINALISATION);

    static final String FROM = " from dashboard_project d";

    private static final String UNDER_WAY_SQL = "('PIPELINE', 'IMPLEMENTATION', 'FINALISATION')";
    private static final String OVERDUE = "(d.status in " + UNDER_WAY_SQL
            + " and (d.last_approved_update_date is null or d.last_approved_update_date < :before))";

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
        if (f.fromYear() != null) {
            conditions.add("d.end_year >= :fromYear");
            params.put("fromYear", f.fromYear());
        }
        if (f.toYear() != null) {
            conditions.add("d.start_year <= :toYear");
            params.put("toYear", f.toYear());
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
            // an axis is its own axis and its sub-sectors'; a sub-sector is nobody's axis
            conditions.add("(d.sector_id = :sectorId or d.axis_id = :sectorId)");
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
        Totals totals = new Totals();
        Map<List<Object>, SectorStatusCount> sectorStatus = new LinkedHashMap<>();
        Map<List<Object>, PeriodSectorCount> periodSector = new LinkedHashMap<>();
        Map<Long, Integer> axisOrder = new HashMap<>();
        jdbc.sql("""
                        select c.axis_id, ax.code, ax.name_fr, ax.name_en, c.status, c.start_year, c.end_year, c.health,
                               c.n, c.budget, c.with_budget, ax.sort_order
                        from (select d.axis_id, d.status, d.start_year, d.end_year, d.health, count(*) as n,
                                     coalesce(sum(d.budget), 0) as budget, count(d.budget) as with_budget"""
                        + FROM + where + """
                               group by d.axis_id, d.status, d.start_year, d.end_year, d.health) c
                        join sector ax on ax.id = c.axis_id""")
                .params(params)
                .query(rs -> {
                    long axis = rs.getLong(1);
                    ProjectStatus status = ProjectStatus.valueOf(rs.getString(5));
                    int start = rs.getInt(6);
                    int end = rs.getInt(7);
                    long n = rs.getLong(9);
                    axisOrder.put(axis, rs.getInt(12));
                    totals.add(status, ProjectHealth.valueOf(rs.getString(8)), n, rs.getBigDecimal(10), rs.getLong(11));
                    sectorStatus.merge(List.of(axis, status), new SectorStatusCount(axis, rs.getString(2),
                            rs.getString(3), rs.getString(4), status, n), (a, b) -> new SectorStatusCount(
                            a.sectorId(), a.sectorCode(), a.nameFr(), a.nameEn(), a.status(), a.projects() + b.projects()));
                    periodSector.merge(List.of(start, end, axis), new PeriodSectorCount(start, end, axis,
                            rs.getString(2), rs.getString(3), rs.getString(4), n), (a, b) -> new PeriodSectorCount(
                            a.startYear(), a.endYear(), a.sectorId(), a.sectorCode(), a.nameFr(), a.nameEn(),
                            a.projects() + b.projects()));
                });
        List<SectorStatusCount> bySectorAndStatus = new ArrayList<>(sectorStatus.values());
        bySectorAndStatus.sort(Comparator.comparing((SectorStatusCount c) -> axisOrder.get(c.sectorId()))
                .thenComparing(SectorStatusCount::sectorCode).thenComparing(SectorStatusCount::status));
        List<PeriodSectorCount> byPeriodAndSector = new ArrayList<>(periodSector.values());
        byPeriodAndSector.sort(Comparator.comparingInt(PeriodSectorCount::startYear)
                .thenComparingInt(PeriodSectorCount::endYear)
                .thenComparing((PeriodSectorCount c) -> axisOrder.get(c.sectorId()))
                .thenComparing(PeriodSectorCount::sectorCode));

        Map<String, CountryCount> countries = new HashMap<>();
        List<WorkingGroupHealthCount> healthByWorkingGroup = new ArrayList<>();
        jdbc.sql("""
                        select c.working_group_id, wg.acronym, c.country_code, co.name_fr, co.name_en, c.health, c.n
                        from (select d.working_group_id, d.country_code, d.health, count(*) as n""" + FROM + where + """
                               group by d.working_group_id, d.country_code, d.health) c
                        join working_group wg on wg.id = c.working_group_id
                        join country co on co.code = c.country_code""")
                .params(params)
                .query(rs -> {
                    long n = rs.getLong(7);
                    healthByWorkingGroup.add(new WorkingGroupHealthCount(rs.getLong(1), rs.getString(2),
                            ProjectHealth.valueOf(rs.getString(6)), n));
                    countries.merge(rs.getString(3), new CountryCount(rs.getString(3), rs.getString(4),
                            rs.getString(5), n), (a, b) -> new CountryCount(a.countryCode(), a.nameFr(), a.nameEn(),
                            a.projects() + b.projects()));
                });
        healthByWorkingGroup.sort(Comparator.comparing(WorkingGroupHealthCount::acronym, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(WorkingGroupHealthCount::acronym).thenComparing(WorkingGroupHealthCount::health));
        List<CountryCount> byCountry = new ArrayList<>(countries.values());
        byCountry.sort(Comparator.comparingLong(CountryCount::projects).reversed()
                .thenComparing(CountryCount::countryCode));

        KeyFigures keyFigures = totals.keyFigures(activePrograms(filter), overdue(filter, where, params, overdueBefore));
        return new Dashboard(filter, keyFigures, bySectorAndStatus, byCountry, byPeriodAndSector, healthByWorkingGroup);
    }

    /** Key figures of the filter: three statements (per status and health, overdue, programmes). */
    KeyFigures keyFigures(DashboardFilter filter, LocalDate overdueBefore) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, overdueBefore, params);
        Totals totals = new Totals();
        jdbc.sql("select d.status, d.health, count(*), coalesce(sum(d.budget), 0), count(d.budget)" + FROM + where
                        + " group by d.status, d.health")
                .params(params)
                .query(rs -> {
                    totals.add(ProjectStatus.valueOf(rs.getString(1)), ProjectHealth.valueOf(rs.getString(2)),
                            rs.getLong(3), rs.getBigDecimal(4), rs.getLong(5));
                });
        return totals.keyFigures(activePrograms(filter), overdue(filter, where, params, overdueBefore));
    }

    /** Projects under way without a recent approved update, among those of the filter. */
    private long overdue(DashboardFilter filter, String where, Map<String, Object> params, LocalDate overdueBefore) {
        if (filter.withoutUpdate()) {
            return jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
        }
        Map<String, Object> withBefore = new HashMap<>(params);
        withBefore.put("before", overdueBefore);
        return jdbc.sql("select count(*)" + FROM + (where.isEmpty() ? " where " : where + " and ") + OVERDUE)
                .params(withBefore).query(Long.class).single();
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
        if (filter.fromYear() != null) {
            conditions.add("pr.end_year >= :fromYear");
            params.put("fromYear", filter.fromYear());
        }
        if (filter.toYear() != null) {
            conditions.add("pr.start_year <= :toYear");
            params.put("toYear", filter.toYear());
        }
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

    List<SectorStatusCount> bySectorAndStatus(DashboardFilter filter, LocalDate overdueBefore) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select ax.id, ax.code, ax.name_fr, ax.name_en, c.status, c.n"
                        + " from (select d.axis_id, d.status, count(*) as n" + FROM + where(filter, overdueBefore, params)
                        + " group by d.axis_id, d.status) c join sector ax on ax.id = c.axis_id"
                        + " order by ax.sort_order, ax.code, c.status")
                .params(params)
                .query((rs, row) -> new SectorStatusCount(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), ProjectStatus.valueOf(rs.getString(5)), rs.getLong(6)))
                .list();
    }

    List<CountryCount> byCountry(DashboardFilter filter, LocalDate overdueBefore) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select co.code, co.name_fr, co.name_en, c.n"
                        + " from (select d.country_code, count(*) as n" + FROM + where(filter, overdueBefore, params)
                        + " group by d.country_code) c join country co on co.code = c.country_code"
                        + " order by c.n desc, co.code")
                .params(params)
                .query((rs, row) -> new CountryCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    List<PeriodSectorCount> byPeriodAndSector(DashboardFilter filter, LocalDate overdueBefore) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select c.start_year, c.end_year, ax.id, ax.code, ax.name_fr, ax.name_en, c.n"
                        + " from (select d.start_year, d.end_year, d.axis_id, count(*) as n" + FROM
                        + where(filter, overdueBefore, params) + " group by d.start_year, d.end_year, d.axis_id) c"
                        + " join sector ax on ax.id = c.axis_id"
                        + " order by c.start_year, c.end_year, ax.sort_order, ax.code")
                .params(params)
                .query((rs, row) -> new PeriodSectorCount(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getLong(7)))
                .list();
    }

    List<WorkingGroupHealthCount> healthByWorkingGroup(DashboardFilter filter, LocalDate overdueBefore) {
        Map<String, Object> params = new HashMap<>();
        // the country follows from the working group; grouping on it too reads one covering index in order
        return jdbc.sql("select wg.id, wg.acronym, c.health, c.n"
                        + " from (select d.working_group_id, d.country_code, d.health, count(*) as n" + FROM
                        + where(filter, overdueBefore, params)
                        + " group by d.working_group_id, d.country_code, d.health) c"
                        + " join working_group wg on wg.id = c.working_group_id order by wg.acronym, c.health")
                .params(params)
                .query((rs, row) -> new WorkingGroupHealthCount(rs.getLong(1), rs.getString(2),
                        ProjectHealth.valueOf(rs.getString(3)), rs.getLong(4)))
                .list();
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

        Totals() {
            for (ProjectStatus status : ProjectStatus.values()) {
                byStatus.put(status, 0L);
            }
        }

        void add(ProjectStatus status, ProjectHealth health, long n, BigDecimal budgetSum, long budgets) {
            byStatus.merge(status, n, Long::sum);
            projects += n;
            if (health == ProjectHealth.AT_RISK) {
                atRisk += n;
            } else if (health == ProjectHealth.OFF_TRACK) {
                offTrack += n;
            }
            budget = budget.add(budgetSum);
            withBudget += budgets;
        }

        KeyFigures keyFigures(long activePrograms, long overdue) {
            return new KeyFigures(activePrograms, projects, byStatus, atRisk, offTrack, overdue, budget, withBudget);
        }
    }
}
