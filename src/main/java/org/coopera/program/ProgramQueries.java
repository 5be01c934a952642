package org.coopera.program;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-only queries behind programme pages and project lists: plain SQL joined with the working
 * group and reference tables, paged in the database, returning records.
 */
@Component
class ProgramQueries {

    /** The sort keys a project list accepts, and the columns they stand for. */
    static final Map<String, String> PROJECT_SORTS = Map.of(
            "code", "p.code", "title", "p.title_fr", "period", "pr.start_year", "sector", "s.code",
            "status", "p.status", "health", "p.health", "workingGroup", "wg.acronym");

    private static final String PROJECT_FROM = """
            join program pr on pr.id = p.program_id
            join working_group wg on wg.id = pr.working_group_id
            join jurisdiction j on j.id = wg.jurisdiction_id
            join sector s on s.id = p.sector_id
            """;

    /**
     * Projects first (straight_join): with the order-by column indexed, a page reads its rows in
     * order and looks up the rest by primary key, instead of sorting the whole join.
     */
    private static final String PROJECT_SELECT = """
            select straight_join p.id, p.version, p.code, p.title_fr, p.title_en, p.program_id,
                   concat(pr.start_year, '-', pr.end_year) as period, pr.working_group_id, wg.acronym,
                   j.country_code, p.sector_id, s.code as sector_code, s.name_fr as sector_fr, s.name_en as sector_en,
                   coalesce(ax.code, s.code) as axis_code, p.status, p.health,
                   oq.name as lead_quebec, op.name as lead_partner, p.start_date, p.end_date, p.budget, p.illustrative
            from %s
            """ + PROJECT_FROM + """
            left join sector ax on ax.id = s.parent_id
            left join organisation oq on oq.id = p.lead_org_quebec_id
            left join organisation op on op.id = p.lead_org_partner_id
            """;

    private final JdbcClient jdbc;

    ProgramQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- projects ---------------------------------------------------------------------------

    List<ProjectRow> projects(ProjectFilter filter, String sort, boolean ascending, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String order = PROJECT_SORTS.getOrDefault(sort, "p.code") + (ascending ? " asc" : " desc") + ", p.id";
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(PROJECT_SELECT.formatted(source(filter, params)) + where(filter, params)
                        + " order by " + order + " limit :limit offset :offset")
                .params(params).query(ProgramQueries::projectRow).list();
    }

    /** Counts with only the joins the filter needs, so an unfiltered count reads one index. */
    long countProjects(ProjectFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        boolean text = filter.text() != null && !filter.text().isBlank();
        // with a text filter, start from its few hits; otherwise let the optimiser choose the order
        StringBuilder from = new StringBuilder((text ? "select straight_join count(*) from " : "select count(*) from ")
                + source(filter, params));
        if (where.contains("pr.") || where.contains("j.")) {
            from.append(" join program pr on pr.id = p.program_id");
        }
        if (where.contains("j.")) {
            from.append(" join working_group wg on wg.id = pr.working_group_id join jurisdiction j on j.id = wg.jurisdiction_id");
        }
        if (where.contains("s.")) {
            from.append(" join sector s on s.id = p.sector_id");
        }
        return jdbc.sql(from + where).params(params).query(Long.class).single();
    }

    /**
     * The next page of a filtered list in code order after ({@code afterCode}, {@code afterId}), for
     * exports: each page starts where the previous ended (no offset to skip), so the whole list
     * costs the same per row whatever its length.
     */
    List<ProjectRow> projectsAfter(ProjectFilter filter, String afterCode, long afterId, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", limit);
        String where = where(filter, params);
        if (afterCode != null) {
            where += (where.isEmpty() ? " where " : " and ") + "(p.code > :afterCode or (p.code = :afterCode and p.id > :afterId))";
            params.put("afterCode", afterCode);
            params.put("afterId", afterId);
        }
        return jdbc.sql(PROJECT_SELECT.formatted(source(filter, params)) + where + " order by p.code, p.id limit :limit")
                .params(params).query(ProgramQueries::projectRow).list();
    }

    /** The projects of one programme with these codes (batch import). */
    List<ProjectRow> projectsByCodes(long programId, List<String> codes) {
        return jdbc.sql(PROJECT_SELECT.formatted("project p") + " where p.program_id = :programId and p.code in (:codes)")
                .param("programId", programId).param("codes", codes)
                .query(ProgramQueries::projectRow).list();
    }

    Optional<ProjectRow> project(long id) {
        return jdbc.sql(PROJECT_SELECT.formatted("project p") + " where p.id = :id").param("id", id)
                .query(ProgramQueries::projectRow).optional();
    }

    /**
     * The rows to start from: every project, or, with a text filter, the projects whose code starts
     * with the text or whose titles hold words starting with each word typed (full-text index,
     * accents and case ignored), found first and then joined by id.
     */
    private static String source(ProjectFilter f, Map<String, Object> params) {
        if (f.text() == null || f.text().isBlank()) {
            // a working group's few programmes first, then their projects through (program_id, code):
            // a few hundred rows to sort, instead of walking the code index across the whole portfolio
            return programmesFirst(f) ? "program wgp join project p on p.program_id = wgp.id" : "project p";
        }
        params.put("codePrefix", escapeLike(f.text().trim()) + "%");
        params.put("words", booleanModeWords(f.text()));
        return "(select c.id from project c where c.code like :codePrefix union "
                + "select t.id from project t where match(t.title_fr, t.title_en) against (:words in boolean mode)) hit "
                + "join project p on p.id = hit.id";
    }

    private static String where(ProjectFilter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.programId() != null) {
            conditions.add("p.program_id = :programId");
            params.put("programId", f.programId());
        }
        if (f.workingGroupId() != null) {
            conditions.add(programmesFirst(f) ? "wgp.working_group_id = :workingGroupId"
                    : "p.program_id in (select wp.id from program wp where wp.working_group_id = :workingGroupId)");
            params.put("workingGroupId", f.workingGroupId());
        }
        if (f.sectorId() != null) {
            // the sector or, for an axis, its sub-sectors: one indexed IN list on project.sector_id
            conditions.add("p.sector_id in (select ss.id from sector ss where ss.id = :sectorId or ss.parent_id = :sectorId)");
            params.put("sectorId", f.sectorId());
        }
        if (f.countryCode() != null && !f.countryCode().isBlank()) {
            conditions.add("j.country_code = :country");
            params.put("country", f.countryCode().trim().toUpperCase());
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
        if (f.fromYear() != null) {
            conditions.add("pr.end_year >= :fromYear");
            params.put("fromYear", f.fromYear());
        }
        if (f.toYear() != null) {
            conditions.add("pr.start_year <= :toYear");
            params.put("toYear", f.toYear());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Whether the rows start from the working group's programmes (see {@link #source}). */
    private static boolean programmesFirst(ProjectFilter f) {
        return f.workingGroupId() != null && f.programId() == null && (f.text() == null || f.text().isBlank());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * "nano tech" → "+nano* +tech*": every word as a prefix; operators typed by the user are dropped,
     * and so are words shorter than the full-text index's 3-character tokens (they would match nothing).
     * Words holding a digit come first: InnoDB reads the required words in order and stops at the
     * first without a match, and numbers are rare in titles, while a code-like text ("SYN-0765")
     * would otherwise first read the postings of a word in nearly every title ("syn*").
     */
    static String booleanModeWords(String text) {
        List<String> kept = new ArrayList<>();
        for (String word : text.trim().split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3) {
                kept.add(word);
            }
        }
        if (kept.isEmpty()) {
            return "\"\"";
        }
        StringBuilder words = new StringBuilder();
        for (boolean digits : new boolean[] {true, false}) {
            for (String word : kept) {
                if (word.chars().anyMatch(Character::isDigit) == digits) {
                    words.append(words.isEmpty() ? "" : " ").append('+').append(word).append('*');
                }
            }
        }
        return words.toString();
    }

    // ---- programmes -------------------------------------------------------------------------

    List<ProgramSummary> programsOf(long workingGroupId) {
        return programs("where pr.working_group_id = :id order by pr.start_year desc", workingGroupId);
    }

    Optional<ProgramSummary> program(long id) {
        return programs("where pr.id = :id", id).stream().findFirst();
    }

    private List<ProgramSummary> programs(String where, long id) {
        Map<Long, Set<Theme>> themes = new HashMap<>();
        jdbc.sql("select t.program_id, t.theme from program_theme t join program pr on pr.id = t.program_id " + where
                        .replace("order by pr.start_year desc", ""))
                .param("id", id)
                .query((rs, row) -> themes.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Theme.class))
                        .add(Theme.valueOf(rs.getString(2))))
                .list();
        return jdbc.sql("""
                        select pr.id, pr.version, pr.working_group_id, wg.acronym, pr.start_year, pr.end_year,
                               pr.adopted_at_meeting_id, m.number, m.meeting_date, pr.priorities, pr.status,
                               (select count(*) from project p where p.program_id = pr.id) as projects,
                               (select count(*) from program_baseline b where b.program_id = pr.id) as baseline
                        from program pr join working_group wg on wg.id = pr.working_group_id
                        left join meeting m on m.id = pr.adopted_at_meeting_id
                        """ + where)
                .param("id", id)
                .query((rs, row) -> new ProgramSummary(rs.getLong("id"), rs.getLong("version"),
                        rs.getLong("working_group_id"), rs.getString("acronym"), rs.getInt("start_year"),
                        rs.getInt("end_year"), rs.getObject("adopted_at_meeting_id", Long.class),
                        rs.getObject("number", Integer.class), rs.getObject("meeting_date", LocalDate.class),
                        rs.getString("priorities"), ProgramStatus.valueOf(rs.getString("status")),
                        Set.copyOf(themes.getOrDefault(rs.getLong("id"), Set.of())), rs.getInt("projects"),
                        rs.getInt("baseline")))
                .list();
    }

    /** Projects of a programme per sector axis, sub-sectors rolled up, in the sectors' order. */
    List<SectorCount> countsBySector(long programId) {
        return jdbc.sql("""
                        select ax.id, ax.code, ax.name_fr, ax.name_en, count(*) as projects
                        from project p join sector s on s.id = p.sector_id
                        join sector ax on ax.id = coalesce(s.parent_id, s.id)
                        where p.program_id = :id
                        group by ax.id, ax.code, ax.name_fr, ax.name_en, ax.sort_order
                        order by ax.sort_order, ax.code""")
                .param("id", programId)
                .query((rs, row) -> new SectorCount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5)))
                .list();
    }

    BaselineComparison comparison(long programId) {
        List<ProjectRow> current = projects(ProjectFilter.none().withProgram(programId), "code", true, 0, Integer.MAX_VALUE);
        Set<Long> baseline = Set.copyOf(jdbc.sql("select project_id from program_baseline where program_id = :id")
                .param("id", programId).query(Long.class).list());
        Set<Long> carried = Set.copyOf(jdbc.sql(
                        "select id from project where program_id = :id and carried_over_from_id is not null")
                .param("id", programId).query(Long.class).list());
        return new BaselineComparison(baseline.size(), current.size(),
                current.stream().filter(p -> !baseline.contains(p.id())).toList(),
                current.stream().filter(p -> baseline.contains(p.id()) && p.status() == ProjectStatus.CANCELLED).toList(),
                current.stream().filter(p -> carried.contains(p.id())).toList());
    }

    private static ProjectRow projectRow(ResultSet rs, int row) throws SQLException {
        return new ProjectRow(rs.getLong("id"), rs.getLong("version"), rs.getString("code"), rs.getString("title_fr"),
                rs.getString("title_en"), rs.getLong("program_id"), rs.getString("period"),
                rs.getLong("working_group_id"), rs.getString("acronym"), rs.getString("country_code"),
                rs.getLong("sector_id"), rs.getString("sector_code"), rs.getString("sector_fr"),
                rs.getString("sector_en"), rs.getString("axis_code"), ProjectStatus.valueOf(rs.getString("status")),
                ProjectHealth.valueOf(rs.getString("health")), rs.getString("lead_quebec"), rs.getString("lead_partner"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getObject("budget", BigDecimal.class), rs.getBoolean("illustrative"));
    }

    // ---- all programmes, paged (programme list screen) -------------------------------------
    // Added for the programme list (ProgramsView): find + count over every working group.

    private static final String PROGRAM_PAGE_FILTER = """
            where (:wg = '' or wg.acronym like concat('%', :wg, '%') or wg.name_fr like concat('%', :wg, '%')
                   or wg.name_en like concat('%', :wg, '%'))
              and (:status = '' or pr.status = :status)
            """;

    /** A page of programmes of any working group, newest period first, then by working group. */
    List<ProgramSummary> findPrograms(String workingGroupFilter, ProgramStatus status, int offset, int limit) {
        String statusName = status == null ? "" : status.name();
        List<ProgramSummary> page = jdbc.sql("""
                        select pr.id, pr.version, pr.working_group_id, wg.acronym, pr.start_year, pr.end_year,
                               pr.adopted_at_meeting_id, m.number, m.meeting_date, pr.priorities, pr.status,
                               (select count(*) from project p where p.program_id = pr.id) as projects,
                               (select count(*) from program_baseline b where b.program_id = pr.id) as baseline
                        from program pr join working_group wg on wg.id = pr.working_group_id
                        left join meeting m on m.id = pr.adopted_at_meeting_id
                        """ + PROGRAM_PAGE_FILTER + " order by pr.start_year desc, wg.acronym, pr.id limit :limit offset :offset")
                .param("wg", workingGroupFilter).param("status", statusName)
                .param("limit", limit).param("offset", offset)
                .query((rs, row) -> new ProgramSummary(rs.getLong("id"), rs.getLong("version"),
                        rs.getLong("working_group_id"), rs.getString("acronym"), rs.getInt("start_year"),
                        rs.getInt("end_year"), rs.getObject("adopted_at_meeting_id", Long.class),
                        rs.getObject("number", Integer.class), rs.getObject("meeting_date", LocalDate.class),
                        rs.getString("priorities"), ProgramStatus.valueOf(rs.getString("status")),
                        Set.of(), rs.getInt("projects"), rs.getInt("baseline")))
                .list();
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, Set<Theme>> themes = new HashMap<>();
        jdbc.sql("select program_id, theme from program_theme where program_id in (:ids)")
                .param("ids", page.stream().map(ProgramSummary::id).toList())
                .query((rs, row) -> themes.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Theme.class))
                        .add(Theme.valueOf(rs.getString(2))))
                .list();
        return page.stream().map(p -> new ProgramSummary(p.id(), p.version(), p.workingGroupId(),
                p.workingGroupAcronym(), p.startYear(), p.endYear(), p.adoptedAtMeetingId(),
                p.adoptedAtMeetingNumber(), p.adoptedOn(), p.priorities(), p.status(),
                Set.copyOf(themes.getOrDefault(p.id(), Set.of())), p.projectCount(), p.baselineCount())).toList();
    }

    long countPrograms(String workingGroupFilter, ProgramStatus status) {
        return jdbc.sql("select count(*) from program pr join working_group wg on wg.id = pr.working_group_id "
                        + PROGRAM_PAGE_FILTER)
                .param("wg", workingGroupFilter).param("status", status == null ? "" : status.name())
                .query(Long.class).single();
    }
}
