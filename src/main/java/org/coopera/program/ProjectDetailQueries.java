package org.coopera.program;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read-only query behind a project's page: the list row and the columns and collections lists leave out. */
@Component
class ProjectDetailQueries {

    private final JdbcClient jdbc;
    private final ProgramQueries queries;

    ProjectDetailQueries(JdbcClient jdbc, ProgramQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    Optional<ProjectDetail> detail(long id) {
        return queries.project(id).map(row -> {
            record Columns(Long leadQuebec, Long leadPartner, String description, Long carriedOverFrom,
                           boolean budgetFromFunding) {
            }
            Columns columns = jdbc.sql("""
                            select lead_org_quebec_id, lead_org_partner_id, description, carried_over_from_id,
                                   budget_from_funding
                            from project where id = :id""")
                    .param("id", id)
                    .query((rs, n) -> new Columns(rs.getObject(1, Long.class), rs.getObject(2, Long.class),
                            rs.getString(3), rs.getObject(4, Long.class), rs.getBoolean(5)))
                    .single();
            Set<Long> partners = new HashSet<>(jdbc.sql(
                            "select organisation_id from project_partner where project_id = :id")
                    .param("id", id).query(Long.class).list());
            Set<Theme> themes = EnumSet.noneOf(Theme.class);
            jdbc.sql("select theme from project_theme where project_id = :id").param("id", id).query(String.class)
                    .list().forEach(theme -> themes.add(Theme.valueOf(theme)));
            Set<String> regions = new HashSet<>(jdbc.sql(
                            "select region_code from project_region where project_id = :id")
                    .param("id", id).query(String.class).list());
            return new ProjectDetail(row, columns.leadQuebec(), columns.leadPartner(), partners, themes,
                    columns.description(), columns.carriedOverFrom(), regions, columns.budgetFromFunding());
        });
    }
}
