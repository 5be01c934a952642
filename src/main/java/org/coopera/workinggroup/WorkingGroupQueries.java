package org.coopera.workinggroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopera.base.files.StoredFileRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-only queries behind the working-group lists and pages: one SQL statement each, joined
 * with the reference tables, returning records (no entity graphs, no N+1).
 */
@Component
class WorkingGroupQueries {

    private static final String SUMMARY = """
            select wg.id, wg.version, wg.acronym, wg.name_fr, wg.name_en, wg.jurisdiction_id,
                   j.name_fr as j_fr, j.name_en as j_en, j.country_code, wg.founded_on, wg.mandate, wg.cadence,
                   wg.active, (select count(*) from meeting m where m.working_group_id = wg.id) as meetings
            from working_group wg join jurisdiction j on j.id = wg.jurisdiction_id
            """;

    private static final String FILTER = """
            where (:filter = '' or wg.acronym like concat('%', :filter, '%') or wg.name_fr like concat('%', :filter, '%')
                   or wg.name_en like concat('%', :filter, '%'))
              and (:country = '' or j.country_code = :country)
              and (:activeOnly = false or wg.active = true)
            """;

    private static final String CO_CHAIR = """
            select c.id, c.version, c.side, c.person_id, p.full_name, c.title, c.organisation_id,
                   case when o.acronym is null then o.name else concat(o.name, ' (', o.acronym, ')') end as org,
                   c.from_date, c.to_date, c.working_group_id
            from co_chair c join person p on p.id = c.person_id left join organisation o on o.id = c.organisation_id
            """;

    private final JdbcClient jdbc;

    WorkingGroupQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WorkingGroupSummary> find(String filter, String country, boolean activeOnly, int offset, int limit) {
        return jdbc.sql(SUMMARY + FILTER + " order by wg.acronym limit :limit offset :offset")
                .param("filter", filter).param("country", country).param("activeOnly", activeOnly)
                .param("limit", limit).param("offset", offset)
                .query(WorkingGroupQueries::summary).list();
    }

    long count(String filter, String country, boolean activeOnly) {
        return jdbc.sql("select count(*) from working_group wg join jurisdiction j on j.id = wg.jurisdiction_id " + FILTER)
                .param("filter", filter).param("country", country).param("activeOnly", activeOnly)
                .query(Long.class).single();
    }

    Optional<WorkingGroupSummary> byId(long id) {
        return jdbc.sql(SUMMARY + " where wg.id = :id").param("id", id).query(WorkingGroupQueries::summary).optional();
    }

    List<CoChairRecord> coChairs(long workingGroupId) {
        return jdbc.sql(CO_CHAIR + " where c.working_group_id = :wg order by c.from_date desc, c.side")
                .param("wg", workingGroupId).query(WorkingGroupQueries::coChair).list();
    }

    /** One co-chair, with the person's name and the organisation's label. */
    Optional<CoChairRecord> coChair(long coChairId) {
        return jdbc.sql(CO_CHAIR + " where c.id = :id").param("id", coChairId)
                .query(WorkingGroupQueries::coChair).optional();
    }

    /** The numbers of the meetings a co-chair chaired, in order. */
    List<Integer> meetingsChairedBy(long coChairId) {
        return jdbc.sql("""
                        select m.number from meeting_co_chair mc join meeting m on m.id = mc.meeting_id
                        where mc.co_chair_id = :id order by m.number""")
                .param("id", coChairId).query(Integer.class).list();
    }

    /** The meetings of a working group, newest first, each with its chairs (two statements in all). */
    List<MeetingRecord> meetings(long workingGroupId) {
        return meetings("c.working_group_id = :key", "working_group_id = :key order by m.number desc", workingGroupId);
    }

    /** One meeting with its chairs (two statements). */
    Optional<MeetingRecord> meeting(long meetingId) {
        return meetings("mc.meeting_id = :key", "id = :key", meetingId).stream().findFirst();
    }

    private List<MeetingRecord> meetings(String chairCondition, String meetingCondition, long key) {
        Map<Long, List<CoChairRecord>> chairsByMeeting = new LinkedHashMap<>();
        jdbc.sql(CO_CHAIR.replace("from co_chair c", ", mc.meeting_id from meeting_co_chair mc join co_chair c on c.id = mc.co_chair_id")
                        + " where " + chairCondition + " order by c.side")
                .param("key", key)
                .query((rs, row) -> {
                    chairsByMeeting.computeIfAbsent(rs.getLong("meeting_id"), k -> new ArrayList<>()).add(coChair(rs, row));
                    return null;
                }).list();
        return jdbc.sql("""
                        select m.id, m.version, m.working_group_id, m.number, m.meeting_date, m.place,
                               m.minutes_signed_on, m.workshops_held, m.workshops_summary, m.decisions, m.priorities,
                               f.id as file_id, f.file_name, f.media_type, f.size_bytes
                        from meeting m left join stored_file f on f.id = m.minutes_file_id""" + " where m." + meetingCondition)
                .param("key", key)
                .query((rs, row) -> new MeetingRecord(rs.getLong("id"), rs.getLong("version"),
                        rs.getLong("working_group_id"), rs.getInt("number"),
                        rs.getObject("meeting_date", java.time.LocalDate.class), rs.getString("place"),
                        List.copyOf(chairsByMeeting.getOrDefault(rs.getLong("id"), List.of())),
                        rs.getObject("minutes_signed_on", java.time.LocalDate.class),
                        (Integer) rs.getObject("workshops_held", Integer.class), rs.getString("workshops_summary"),
                        rs.getString("decisions"), rs.getString("priorities"),
                        rs.getObject("file_id") == null ? null : new StoredFileRef(rs.getLong("file_id"),
                                rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"))))
                .list();
    }

    private static WorkingGroupSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new WorkingGroupSummary(rs.getLong("id"), rs.getLong("version"), rs.getString("acronym"),
                rs.getString("name_fr"), rs.getString("name_en"), rs.getLong("jurisdiction_id"),
                rs.getString("j_fr"), rs.getString("j_en"), rs.getString("country_code"),
                rs.getObject("founded_on", java.time.LocalDate.class), rs.getString("mandate"),
                rs.getString("cadence"), rs.getBoolean("active"), rs.getInt("meetings"));
    }

    private static CoChairRecord coChair(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CoChairRecord(rs.getLong("id"), rs.getLong("version"), CoChairSide.valueOf(rs.getString("side")),
                rs.getLong("person_id"), rs.getString("full_name"), rs.getString("title"),
                (Long) rs.getObject("organisation_id", Long.class), rs.getString("org"),
                rs.getObject("from_date", java.time.LocalDate.class), rs.getObject("to_date", java.time.LocalDate.class));
    }
}
