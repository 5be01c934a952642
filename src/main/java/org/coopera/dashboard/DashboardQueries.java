package org.coopera.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's aggregate SQL: every figure is one GROUP BY over the projects the filter selects,
 * and the drill-down list reads the very same FROM and WHERE, so its length equals the figure.
 * No entity is loaded.
 */
@Component
class DashboardQueries {

    /** Statuses of a project under way, which must report within the reporting interval. */
    static final Set<ProjectStatus> UNDER_WAY =
            Set.of(ProjectStatus.PIPELINE, ProjectStatus.IMPLEMENTATION, ProjectStatus.FINALISATION);

    static final String FROM = """
             from project p
             join program pr on pr.id = p.program_id
             join working_group wg on wg.id = pr.working_group_id
             join jurisdiction j on j.id = wg.jurisdiction_id
             join sector s on s.id = p.sector_id
             join sector ax on ax.id = coalesce(s.parent_id, s.id)
            """;

    private static final String UNDER_WAY_SQL = "('PIPELINE', 'IMPLEMENTATION', 'FINALISATION')";
    private static final String OVERDUE = "(p.status in " + UNDER_WAY_SQL
            + " and (p.last_approved_update_date is null or p.last_approved_update_date < :before))";

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The filter as SQL conditions on the aliases of {@link #FROM}; fills the parameters it uses. */
    static String where(DashboardFilter f, LocalDate overdueBefore, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(programmeConditions(f, params));
        if (f.sectorId() != null) {
            conditions.add("(s.id = :sectorId or s.parent_id = :sectorId)");
            params.put("sectorId", f.sectorId());
        }
        if (f.status() != null) {
            conditions.add("p.status = :status");
            params.put("status", f.status().name());
        }
        if (f.health() != null) {
            conditions.add("p.health = :health");
            params.put("health", f.health().name());
        }
        if (f.theme() != null) {
            conditions.add("p.id in (select t.project_id from project_theme t where t.theme = :theme)");
            params.put("theme", f.theme().name());
        }
        if (f.withoutUpdate()) {
            conditions.add(OVERDUE);
        }
        params.put("before", overdueBefore);
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Conditions on the programme, its working group and partner (aliases pr, wg, j). */
    private static List<String> programmeConditions(DashboardFilter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.periodStart() != null) {
            conditions.add("pr.start_year = :periodStart");
            params.put("periodStart", f.periodStart());
        }
        if (f.fromYear() != null) {
            conditions.add("pr.end_year >= :fromYear");
            params.put("fromYear", f.fromYear());
        }
        if (f.toYear() != null) {
            conditions.add("pr.start_year <= :toYear");
            params.put("toYear", f.toYear());
        }
        if (f.workingGroupId() != null) {
            conditions.add("pr.working_group_id = :workingGroupId");
            params.put("workingGroupId", f.workingGroupId());
        }
        if (f.countryCode() != null && !f.countryCode().isBlank()) {
            conditions.add("j.country_code = :country");
            params.put("country", f.countryCode().trim().toUpperCase());
        }
        return conditions;
    }

    KeyFigures keyFigures(DashboardFilter filter, LocalDate overdueBefore) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, overdueBefore, params);
        Map<ProjectStatus, Long> byStatus = new EnumMap<>(ProjectStatus.class);
        for (ProjectStatus status : ProjectStatus.values()) {
            byStatus.put(status, 0L);
        }
        long[] totals = new long[5];
        BigDecimal[] budget = {BigDecimal.ZERO};
        jdbc.sql("select p.status, count(*), sum(p.health = 'AT_RISK'), sum(p.health = 'OFF_TRACK'), sum(" + OVERDUE
                        + "), coalesce(sum(p.budget), 0), count(p.budget)" + FROM + where + " group by p.status")
                .params(params)
                .query(rs -> {
                    long count = rs.getLong(2);
                    byStatus.put(ProjectStatus.valueOf(rs.getString(1)), count);
                    totals[0] += count;
                    totals[1] += rs.getLong(3);
                    totals[2] += rs.getLong(4);
                    totals[3] += rs.getLong(5);
                    budget[0] = budget[0].add(rs.getBigDecimal(6));
                    totals[4] += rs.getLong(7);
                });
        return new KeyFigures(activePrograms(filter), totals[0], byStatus, totals[1], totals[2], totals[3], budget[0],
                totals[4]);
    }

    /** Programmes adopted or in progress that the filter's programme-level fields select. */
    long activePrograms(DashboardFilter filter) {
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new ArrayList<>(programmeConditions(filter, params));
        conditions.add("pr.status in ('ADOPTED', 'IN_PROGRESS')");
        return jdbc.sql("""
                        select count(*) from program pr
                        join working_group wg on wg.id = pr.working_group_id
                        join jurisdiction j on j.id = wg.jurisdiction_id"""
                        + " where " + String.join(" and ", conditions))
                .params(params).query(Long.class).single();
    }

    List<SectorStatusCount> bySectorAndStatus(DashboardFilter filter, LocalDate overdueBefore) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select ax.id, ax.code, ax.name_fr, ax.name_en, p.status, count(*)" + FROM
                        + where(filter, overdueBefore, params)
                        + " group by ax.id, ax.code, ax.name_fr, ax.name_en, ax.sort_order, p.status"
                        + " order by ax.sort_order, ax.code, p.status")
                .params(params)
                .query((rs, row) -> new SectorStatusCount(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), ProjectStatus.valueOf(rs.getString(5)), rs.getLong(6)))
                .list();
    }

    List<CountryCount> byCountry(DashboardFilter filter, LocalDate overdueBefore) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select c.code, c.name_fr, c.name_en, count(*)" + FROM
                        + " join country c on c.code = j.country_code" + where(filter, overdueBefore, params)
                        + " group by c.code, c.name_fr, c.name_en order by count(*) desc, c.code")
                .params(params)
                .query((rs, row) -> new CountryCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    List<PeriodSectorCount> byPeriodAndSector(DashboardFilter filter, LocalDate overdueBefore) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select pr.start_year, pr.end_year, ax.id, ax.code, ax.name_fr, ax.name_en, count(*)" + FROM
                        + where(filter, overdueBefore, params)
                        + " group by pr.start_year, pr.end_year, ax.id, ax.code, ax.name_fr, ax.name_en, ax.sort_order"
                        + " order by pr.start_year, pr.end_year, ax.sort_order, ax.code")
                .params(params)
                .query((rs, row) -> new PeriodSectorCount(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getLong(7)))
                .list();
    }

    List<WorkingGroupHealthCount> healthByWorkingGroup(DashboardFilter filter, LocalDate overdueBefore) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select wg.id, wg.acronym, p.health, count(*)" + FROM + where(filter, overdueBefore, params)
                        + " group by wg.id, wg.acronym, p.health order by wg.acronym, p.health")
                .params(params)
                .query((rs, row) -> new WorkingGroupHealthCount(rs.getLong(1), rs.getString(2),
                        ProjectHealth.valueOf(rs.getString(3)), rs.getLong(4)))
                .list();
    }

    List<DashboardProject> projects(DashboardFilter filter, LocalDate overdueBefore, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, overdueBefore, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("""
                        select p.id, p.code, p.title_fr, p.title_en, wg.acronym,
                               concat(pr.start_year, '-', pr.end_year), j.country_code, s.name_fr, s.name_en,
                               p.status, p.health, p.budget, p.last_approved_update_date""" + FROM + where
                        + " order by p.code, p.id limit :limit offset :offset")
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
}
