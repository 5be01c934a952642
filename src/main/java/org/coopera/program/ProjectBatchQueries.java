package org.coopera.program;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read-only queries behind {@link ProjectBatchService}: many projects in a few statements. */
@Component
class ProjectBatchQueries {

    /** How many codes go in one IN list. */
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final ProgramQueries programQueries;

    ProjectBatchQueries(JdbcClient jdbc, ProgramQueries programQueries) {
        this.jdbc = jdbc;
        this.programQueries = programQueries;
    }

    List<ProjectRow> after(ProjectFilter filter, String afterCode, long afterId, int limit) {
        return programQueries.projectsAfter(filter, afterCode, afterId, limit);
    }

    Optional<Long> programId(String acronym, int startYear) {
        return jdbc.sql("""
                        select pr.id from program pr join working_group wg on wg.id = pr.working_group_id
                        where wg.acronym = :acronym and pr.start_year = :year""")
                .param("acronym", acronym.trim()).param("year", startYear).query(Long.class).optional();
    }

    /** Code → project id for each programme. */
    Map<Long, Map<String, Long>> codes(Collection<Long> programIds) {
        Map<Long, Map<String, Long>> codes = new HashMap<>();
        if (programIds.isEmpty()) {
            return codes;
        }
        jdbc.sql("select program_id, code, id from project where program_id in (:ids)").param("ids", programIds)
                .query((rs, row) -> codes.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(rs.getString(2), rs.getLong(3)))
                .list();
        return codes;
    }

    Map<Long, java.util.SortedSet<String>> regionCodes(Collection<Long> projectIds) {
        Map<Long, java.util.SortedSet<String>> result = new HashMap<>();
        List<Long> all = List.copyOf(new HashSet<>(projectIds));
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc.sql("select project_id, region_code from project_region where project_id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeSet<>())
                            .add(rs.getString(2)))
                    .list();
        }
        return result;
    }

    Map<String, ProjectSnapshot> byCodes(long programId, Collection<String> codes) {
        Map<String, ProjectSnapshot> result = new HashMap<>();
        List<String> all = List.copyOf(new HashSet<>(codes));
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            record Columns(Long leadQuebec, Long leadPartner, String description, Long carriedOverFrom,
                           boolean fromUpdates, boolean budgetFromFunding) {
            }
            List<ProjectRow> rows = programQueries.projectsByCodes(programId, chunk);
            if (rows.isEmpty()) {
                continue;
            }
            List<Long> ids = rows.stream().map(ProjectRow::id).toList();
            Map<Long, Columns> columns = new HashMap<>();
            jdbc.sql("""
                            select id, lead_org_quebec_id, lead_org_partner_id, description, carried_over_from_id,
                                   last_approved_update_date is not null as from_updates, budget_from_funding
                            from project where id in (:ids)""")
                    .param("ids", ids)
                    .query((rs, n) -> columns.put(rs.getLong(1), new Columns(rs.getObject(2, Long.class),
                            rs.getObject(3, Long.class), rs.getString(4), rs.getObject(5, Long.class), rs.getBoolean(6),
                            rs.getBoolean(7))))
                    .list();
            Map<Long, Set<Long>> partners = new HashMap<>();
            jdbc.sql("select project_id, organisation_id from project_partner where project_id in (:ids)")
                    .param("ids", ids)
                    .query((rs, n) -> partners.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2)))
                    .list();
            Map<Long, Set<Theme>> themes = new HashMap<>();
            jdbc.sql("select project_id, theme from project_theme where project_id in (:ids)")
                    .param("ids", ids)
                    .query((rs, n) -> themes.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Theme.class))
                            .add(Theme.valueOf(rs.getString(2))))
                    .list();
            Map<Long, Set<String>> regions = new HashMap<>();
            jdbc.sql("select project_id, region_code from project_region where project_id in (:ids)")
                    .param("ids", ids)
                    .query((rs, n) -> regions.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2)))
                    .list();
            for (ProjectRow row : rows) {
                Columns c = columns.get(row.id());
                var detail = new ProjectDetail(row, c.leadQuebec(), c.leadPartner(),
                        partners.getOrDefault(row.id(), Set.of()), themes.getOrDefault(row.id(), Set.of()),
                        c.description(), c.carriedOverFrom(), regions.getOrDefault(row.id(), Set.of()),
                        c.budgetFromFunding());
                result.put(row.code(), new ProjectSnapshot(detail, c.fromUpdates()));
            }
        }
        return result;
    }
}
