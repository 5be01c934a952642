package org.coopera.bulletin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.coopera.base.files.StoredFileRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-only SQL behind the bulletin screens: search (full-text index, ranked), a subject's
 * timeline, the page of one bulletin, subject labels and the look-ups of the import.
 */
@Component
class BulletinQueries {

    /** InnoDB's default full-text stop words: a required stop word would match nothing. */
    private static final Set<String> STOP_WORDS = Set.of("about", "are", "com", "for", "from", "how", "that", "the",
            "this", "was", "what", "when", "where", "who", "will", "with", "und", "www");

    /** Per subject type: the SQL giving id, label and working group of the subjects with the given ids. */
    private static final Map<SubjectType, String> SUBJECT_SQL = new EnumMap<>(Map.of(
            SubjectType.WORKING_GROUP, "select g.id, concat(g.acronym, ' — ', g.name_fr) as label, g.id as wg from working_group g where g.id in (:ids)",
            SubjectType.MEETING, """
                    select m.id, concat(g.acronym, ' #', m.number, ' (', m.meeting_date, ')') as label, g.id as wg
                    from meeting m join working_group g on g.id = m.working_group_id where m.id in (:ids)""",
            SubjectType.PROGRAM, """
                    select p.id, concat(g.acronym, ' ', p.start_year, '-', p.end_year) as label, g.id as wg
                    from program p join working_group g on g.id = p.working_group_id where p.id in (:ids)""",
            SubjectType.PROJECT, """
                    select pr.id, concat(pr.code, ' — ', pr.title_fr) as label, p.working_group_id as wg
                    from project pr join program p on p.id = pr.program_id where pr.id in (:ids)"""));

    /**
     * The policy feature's tables (issue 5), used when they exist: until then subjects of these
     * types are refused as not found.
     */
    private static final Map<SubjectType, String> POLICY_SQL = new EnumMap<>(Map.of(
            SubjectType.POLICY, "select x.id, x.title_fr as label, null as wg from policy x where x.id in (:ids)",
            SubjectType.ACTION_PLAN, "select x.id, x.title_fr as label, null as wg from action_plan x where x.id in (:ids)",
            SubjectType.MEASURE, "select x.id, concat(x.code, ' — ', x.title_fr) as label, null as wg from measure x where x.id in (:ids)",
            SubjectType.PROGRESS_REPORT, "select x.id, x.title_fr as label, null as wg from progress_report x where x.id in (:ids)"));

    private final JdbcClient jdbc;
    private final int sampleSize;
    private final Map<SubjectType, Boolean> tableExists = new ConcurrentHashMap<>();

    @Autowired
    BulletinQueries(JdbcClient jdbc) {
        this(jdbc, 500);
    }

    /** @param sampleSize how many of the newest bulletins tell whether a word is common (tests use a few) */
    BulletinQueries(JdbcClient jdbc, int sampleSize) {
        this.jdbc = jdbc;
        this.sampleSize = sampleSize;
    }

    // --- search ---------------------------------------------------------------------------------

    /**
     * How common a word must be to leave the full-text index: at least this share of the newest
     * {@link #sampleSize} bulletins contain it. InnoDB scores every match before it can rank them, so a
     * word found in most bulletins costs seconds, and ranks nothing (its weight is close to zero).
     */
    static final double COMMON_SHARE = 0.2;

    /** How long a word's classification is kept, and how many words are kept. */
    private static final long COMMON_TTL_NANOS = TimeUnit.MINUTES.toNanos(10);
    private static final int COMMON_CACHE_SIZE = 2_000;

    private record Share(boolean common, long measuredAt) {
    }

    private final Map<String, Share> shares = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Share> eldest) {
                    return size() > COMMON_CACHE_SIZE;
                }
            });

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The words of a search text that the full-text index keeps (three letters or more, no stop word). */
    static List<String> words(String text) {
        List<String> result = new ArrayList<>();
        var words = WORD.matcher(text == null ? "" : text);
        while (words.find()) {
            String word = words.group();
            if (word.length() >= 3 && !STOP_WORDS.contains(Highlighter.fold(word)) && !result.contains(word)) {
                result.add(word);
            }
        }
        return result;
    }

    /** The boolean-mode full-text query: every word required, as a prefix; null when there is no word. */
    static String booleanQuery(Collection<String> words) {
        StringBuilder query = new StringBuilder();
        for (String word : words) {
            query.append(query.isEmpty() ? "" : " ").append('+').append(word).append('*');
        }
        return query.isEmpty() ? null : query.toString();
    }

    /**
     * Whether the word is in at least {@link #COMMON_SHARE} of the newest {@link #sampleSize} bulletins
     * (never while there are fewer bulletins than that: the full-text index is fast on a small set).
     * Compared with the column collation, so accents and case do not matter, as in the index.
     */
    boolean common(String word) {
        String key = Highlighter.fold(word);
        Share known = shares.get(key);
        if (known != null && System.nanoTime() - known.measuredAt() < COMMON_TTL_NANOS) {
            return known.common();
        }
        Map<String, Object> sample = jdbc.sql("""
                        select count(*) as n,
                               coalesce(sum(x.title like concat('%', :w, '%') or x.body like concat('%', :w, '%')
                                            or x.photo_caption like concat('%', :w, '%')), 0) as hits
                        from (select b.title, b.body, b.photo_caption from bulletin b
                              order by b.bulletin_date desc, b.id desc limit :n) x""")
                .param("w", word).param("n", sampleSize).query().singleRow();
        long n = ((Number) sample.get("n")).longValue();
        long hits = ((Number) sample.get("hits")).longValue();
        boolean common = n >= sampleSize && hits >= COMMON_SHARE * n;
        shares.put(key, new Share(common, System.nanoTime()));
        return common;
    }

    /**
     * The plan of one search. Words are split in two: the ones the full-text index finds quickly go to
     * {@code MATCH … AGAINST} and rank the results; the common ones are checked row by row with {@code LIKE}
     * on the rows the rest of the search leaves. Without rare words the results come newest first.
     */
    private record Sql(String where, Map<String, Object> params, String match) {

        boolean ranked() {
            return match != null;
        }
    }

    private Sql where(BulletinSearch search, boolean includeDrafts) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        List<String> words = words(search.text());
        List<String> rare = new ArrayList<>();
        int common = 0;
        for (String word : words) {
            if (common(word)) {
                String name = "w" + common++;
                where.append(" and (b.title like concat('%', :").append(name).append(", '%') or b.body like concat('%', :")
                        .append(name).append(", '%') or b.photo_caption like concat('%', :").append(name).append(", '%'))");
                params.put(name, word);
            } else {
                rare.add(word);
            }
        }
        String match = booleanQuery(rare);
        if (match != null) {
            where.append(" and match(b.title, b.body, b.photo_caption) against (:q in boolean mode)");
            params.put("q", match);
        } else if (words.isEmpty() && search.text() != null && !search.text().isBlank()) {
            // only short words: compare as text (accent-insensitive by collation)
            where.append(" and (b.title like concat('%', :raw, '%') or b.photo_caption like concat('%', :raw, '%'))");
            params.put("raw", search.text().strip());
        }
        if (!includeDrafts) {
            where.append(" and b.status = 'PUBLISHED'");
        }
        if (search.from() != null) {
            where.append(" and b.bulletin_date >= :from");
            params.put("from", search.from());
        }
        if (search.to() != null) {
            where.append(" and b.bulletin_date <= :to");
            params.put("to", search.to());
        }
        if (search.workingGroupId() != null) {
            where.append(" and exists (select 1 from bulletin_subject s where s.bulletin_id = b.id and s.working_group_id = :wg)");
            params.put("wg", search.workingGroupId());
        }
        if (search.countryCode() != null && !search.countryCode().isBlank()) {
            // the country's working groups first (a handful of rows), so that each bulletin is checked
            // with one look-up in its own subjects instead of a join through groups and jurisdictions
            List<Long> groups = jdbc.sql("select g.id from working_group g join jurisdiction j on j.id = g.jurisdiction_id"
                    + " where j.country_code = :country").param("country", search.countryCode()).query(Long.class).list();
            if (groups.isEmpty()) {
                where.append(" and 1 = 0");
            } else {
                where.append(" and exists (select 1 from bulletin_subject s where s.bulletin_id = b.id"
                        + " and s.working_group_id in (:countryGroups))");
                params.put("countryGroups", groups);
            }
        }
        if (search.subjectType() != null) {
            where.append(" and exists (select 1 from bulletin_subject s where s.bulletin_id = b.id and s.subject_type = :type)");
            params.put("type", search.subjectType().name());
        }
        return new Sql(where.toString(), params, match);
    }

    /** Whether this search ranks by relevance (false: newest first, because it has no rare enough word). */
    boolean ranked(BulletinSearch search) {
        return words(search.text()).stream().anyMatch(word -> !common(word));
    }

    List<BulletinHit> search(BulletinSearch search, boolean includeDrafts, int offset, int limit) {
        Sql sql = where(search, includeDrafts);
        String score = sql.ranked() ? "match(b.title, b.body, b.photo_caption) against (:q in boolean mode)" : "0";
        // ordered by the relevance alone, so that InnoDB can take the best matches from the full-text
        // index without sorting every match (a tie-breaker would turn that off)
        String order = sql.ranked() ? "score desc" : "b.bulletin_date desc, b.id desc";
        List<String> terms = Highlighter.terms(search.text());
        return jdbc.sql("select b.id, b.bulletin_date, b.title, left(b.body, 4000) as body, b.photo_caption, b.status, "
                        + score + " as score from bulletin b" + sql.where() + " order by " + order
                        + " limit :limit offset :offset")
                .params(sql.params()).param("limit", limit).param("offset", offset)
                .query((rs, row) -> {
                    String title = rs.getString("title");
                    String text = Highlighter.plain(rs.getString("body"));
                    if (rs.getString("photo_caption") != null) {
                        text = text + " " + rs.getString("photo_caption");
                    }
                    return new BulletinHit(rs.getLong("id"), rs.getObject("bulletin_date", LocalDate.class), title,
                            Highlighter.highlight(title, terms), Highlighter.snippet(text, terms, 220),
                            BulletinStatus.valueOf(rs.getString("status")), rs.getDouble("score"));
                }).list();
    }

    /** The number of matches, counted up to {@code cap} (a search matching most bulletins is not counted further). */
    long count(BulletinSearch search, boolean includeDrafts, long cap) {
        Sql sql = where(search, includeDrafts);
        if (sql.ranked() && sql.params().size() == 1) {
            // the full-text condition alone: InnoDB counts from the index, without reading rows
            return jdbc.sql("select count(*) from bulletin b" + sql.where()).params(sql.params()).query(Long.class).single();
        }
        return jdbc.sql("select count(*) from (select b.id from bulletin b" + sql.where() + " limit :cap) x")
                .params(sql.params()).param("cap", cap).query(Long.class).single();
    }

    // --- timeline and page ----------------------------------------------------------------------

    List<BulletinSummary> bulletinsFor(SubjectType type, long subjectId) {
        return jdbc.sql("""
                        select b.id, b.bulletin_date, b.title, b.language, b.status
                        from bulletin_subject s join bulletin b on b.id = s.bulletin_id
                        where s.subject_type = :type and s.subject_id = :id and b.status = 'PUBLISHED'
                        order by b.bulletin_date desc, b.id desc""")
                .param("type", type.name()).param("id", subjectId)
                .query((rs, row) -> new BulletinSummary(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), BulletinStatus.valueOf(rs.getString(5)))).list();
    }

    Optional<BulletinRecord> byId(long id) {
        return jdbc.sql("""
                        select b.id, b.version, b.bulletin_date, b.title, b.body, b.language, b.status, b.photo_caption,
                               b.photo_credit, f.id as f_id, f.file_name, f.media_type, f.size_bytes
                        from bulletin b left join stored_file f on f.id = b.photo_file_id where b.id = :id""")
                .param("id", id)
                .query((rs, row) -> record(rs)).optional()
                .map(b -> new BulletinRecord(b.id(), b.version(), b.date(), b.title(), b.body(), b.bodyHtml(),
                        b.language(), b.status(), b.photo(), b.photoCaption(), b.photoCredit(), links(id),
                        documents(id), subjects(id)));
    }

    private static BulletinRecord record(ResultSet rs) throws SQLException {
        StoredFileRef photo = rs.getObject("f_id") == null ? null : new StoredFileRef(rs.getLong("f_id"),
                rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"));
        String body = rs.getString("body");
        return new BulletinRecord(rs.getLong("id"), rs.getLong("version"), rs.getObject("bulletin_date", LocalDate.class),
                rs.getString("title"), body, SafeMarkdown.toHtml(body), rs.getString("language"),
                BulletinStatus.valueOf(rs.getString("status")), photo, rs.getString("photo_caption"),
                rs.getString("photo_credit"), List.of(), List.of(), List.of());
    }

    private List<BulletinLink> links(long id) {
        return jdbc.sql("select label, url from bulletin_link where bulletin_id = :id order by position")
                .param("id", id).query((rs, row) -> new BulletinLink(rs.getString(1), rs.getString(2))).list();
    }

    private List<BulletinRecord.BulletinDocument> documents(long id) {
        return jdbc.sql("""
                        select f.id, f.file_name, f.media_type, f.size_bytes, d.label
                        from bulletin_document d join stored_file f on f.id = d.file_id
                        where d.bulletin_id = :id order by d.position""")
                .param("id", id)
                .query((rs, row) -> new BulletinRecord.BulletinDocument(new StoredFileRef(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getLong(4)), rs.getString(5))).list();
    }

    private List<SubjectSummary> subjects(long id) {
        List<BulletinSubject> subjects = jdbc.sql("select subject_type, subject_id from bulletin_subject where bulletin_id = :id")
                .param("id", id).query((rs, row) -> new BulletinSubject(SubjectType.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return summaries(subjects);
    }

    // --- subjects --------------------------------------------------------------------------------

    /** Labels of the subjects that exist, in type order then label; unknown ones are left out. */
    List<SubjectSummary> summaries(Collection<BulletinSubject> subjects) {
        Map<SubjectType, List<Long>> byType = new EnumMap<>(SubjectType.class);
        for (BulletinSubject subject : subjects) {
            byType.computeIfAbsent(subject.subjectType(), t -> new ArrayList<>()).add(subject.subjectId());
        }
        List<SubjectSummary> result = new ArrayList<>();
        byType.forEach((type, ids) -> {
            String sql = subjectSql(type);
            if (sql != null) {
                List<SubjectSummary> found = jdbc.sql(sql + " order by label").param("ids", ids)
                        .query((rs, row) -> new SubjectSummary(new BulletinSubject(type, rs.getLong("id")),
                                rs.getString("label"), (Long) rs.getObject("wg", Long.class))).list();
                result.addAll(found);
            }
        });
        return result;
    }

    private String subjectSql(SubjectType type) {
        if (SUBJECT_SQL.containsKey(type)) {
            return SUBJECT_SQL.get(type);
        }
        boolean exists = tableExists.computeIfAbsent(type, t -> {
            String table = POLICY_SQL.get(t).replaceAll("(?s).* from (\\w+) x .*", "$1");
            return jdbc.sql("select count(*) from information_schema.tables where table_schema = database() and table_name = :t")
                    .param("t", table).query(Long.class).single() > 0;
        });
        return exists ? POLICY_SQL.get(type) : null;
    }

    /** Subjects whose label contains the text, for the editor's picker (working groups, meetings, programmes, projects). */
    List<SubjectSummary> subjectOptions(String text, int offset, int limit) {
        String filter = text == null ? "" : text.strip();
        return jdbc.sql("""
                        select * from (
                          select 'WORKING_GROUP' as t, g.id, concat(g.acronym, ' — ', g.name_fr) as label, g.id as wg
                          from working_group g where concat(g.acronym, ' ', g.name_fr) like concat('%', :f, '%')
                          union all
                          select 'MEETING', m.id, concat(g.acronym, ' #', m.number, ' (', m.meeting_date, ')'), g.id
                          from meeting m join working_group g on g.id = m.working_group_id
                          where concat(g.acronym, ' #', m.number) like concat('%', :f, '%')
                          union all
                          select 'PROGRAM', p.id, concat(g.acronym, ' ', p.start_year, '-', p.end_year), g.id
                          from program p join working_group g on g.id = p.working_group_id
                          where concat(g.acronym, ' ', p.start_year, '-', p.end_year) like concat('%', :f, '%')
                          union all
                          select 'PROJECT', pr.id, concat(pr.code, ' — ', pr.title_fr), p.working_group_id
                          from project pr join program p on p.id = pr.program_id
                          where pr.code like concat('%', :f, '%') or pr.title_fr like concat('%', :f, '%')
                        ) x order by label limit :limit offset :offset""")
                .param("f", filter).param("limit", limit).param("offset", offset)
                .query((rs, row) -> new SubjectSummary(new BulletinSubject(SubjectType.valueOf(rs.getString("t")),
                        rs.getLong("id")), rs.getString("label"), (Long) rs.getObject("wg", Long.class))).list();
    }

    // --- import look-ups -------------------------------------------------------------------------

    record GroupName(long id, String acronym, String nameFr, String nameEn, String countryCode) {
    }

    record CountryName(String code, String nameFr, String nameEn) {
    }

    List<GroupName> groups() {
        return jdbc.sql("""
                        select g.id, g.acronym, g.name_fr, g.name_en, j.country_code
                        from working_group g join jurisdiction j on j.id = g.jurisdiction_id where g.active = true""")
                .query((rs, row) -> new GroupName(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    List<CountryName> countries() {
        return jdbc.sql("select code, name_fr, name_en from country")
                .query((rs, row) -> new CountryName(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Whether the policy feature's tables are there (they come with the policy feature). */
    boolean policyTables() {
        return subjectSql(SubjectType.POLICY) != null;
    }

    record PolicyName(long id, String titleFr, String titleEn) {
    }

    List<PolicyName> policies() {
        return jdbc.sql("select id, title_fr, title_en from policy")
                .query((rs, row) -> new PolicyName(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    List<Long> actionPlans(Collection<Long> policyIds, int startYear, int endYear) {
        return jdbc.sql("select id from action_plan where policy_id in (:p) and start_year = :s and end_year = :e")
                .param("p", policyIds).param("s", startYear).param("e", endYear).query(Long.class).list();
    }

    /** The latest version of each yearly progress report of these action plans for the year starting then. */
    List<Long> progressReports(Collection<Long> actionPlanIds, int startYear) {
        return jdbc.sql("""
                        select r.id from progress_report r where r.action_plan_id in (:a) and r.reporting_start_year = :s
                          and r.report_version = (select max(x.report_version) from progress_report x
                                                  where x.action_plan_id = r.action_plan_id and x.reporting_start_year = :s)""")
                .param("a", actionPlanIds).param("s", startYear).query(Long.class).list();
    }

    List<Long> measuresNamed(Collection<Long> actionPlanIds, Collection<String> codes) {
        return jdbc.sql("select id from measure where action_plan_id in (:a) and code in (:c)")
                .param("a", actionPlanIds).param("c", codes).query(Long.class).list();
    }

    List<Long> meetings(Collection<Long> groupIds, int number) {
        return jdbc.sql("select id from meeting where working_group_id in (:g) and number = :n")
                .param("g", groupIds).param("n", number).query(Long.class).list();
    }

    List<Long> programs(Collection<Long> groupIds, int startYear, int endYear) {
        return jdbc.sql("select id from program where working_group_id in (:g) and start_year = :s and end_year = :e")
                .param("g", groupIds).param("s", startYear).param("e", endYear).query(Long.class).list();
    }
}
