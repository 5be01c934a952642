package org.coopera.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopera.base.files.StoredFileRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read models of status updates: a project's timeline, the review queue, an officer's projects. */
@Component
class StatusUpdateQueries {

    private static final String UPDATE_SELECT = """
            select u.id, u.version, u.project_id, p.code, u.update_date, u.status, u.health, u.progress_percent,
                   u.narrative, u.next_steps, u.change_reason, u.state, u.author, coalesce(a.display_name, u.author) as author_name,
                   u.submitted_at, u.reviewed_by, u.reviewed_at, u.review_reason
            from status_update u
            join project p on p.id = u.project_id
            left join user_account a on a.username = u.author
            """;

    private final JdbcClient jdbc;

    StatusUpdateQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A project's updates, newest first: three statements whatever their number (updates, files, steps). */
    List<StatusUpdateRecord> timeline(long projectId, String viewer) {
        // drafts are their author's own: nobody else sees them
        List<Row> rows = jdbc.sql(UPDATE_SELECT + """
                        where u.project_id = :project and (u.state <> 'DRAFT' or u.author = :viewer)
                        order by u.update_date desc, u.id desc""")
                .param("project", projectId).param("viewer", viewer)
                .query((rs, n) -> row(rs)).list();
        return withFilesAndSteps(rows);
    }

    java.util.Optional<StatusUpdateRecord> update(long id) {
        List<Row> rows = jdbc.sql(UPDATE_SELECT + " where u.id = :id").param("id", id).query((rs, n) -> row(rs)).list();
        return withFilesAndSteps(rows).stream().findFirst();
    }

    private List<StatusUpdateRecord> withFilesAndSteps(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<StoredFileRef>> files = new HashMap<>();
        jdbc.sql("""
                        select a.status_update_id, f.id, f.file_name, f.media_type, f.size_bytes
                        from status_update_attachment a join stored_file f on f.id = a.file_id
                        where a.status_update_id in (:ids) order by f.id""")
                .param("ids", ids)
                .query((rs, n) -> files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new StoredFileRef(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5))))
                .list();
        Map<Long, List<UpdateStep>> steps = new HashMap<>();
        jdbc.sql("""
                        select s.status_update_id, s.action, s.actor, coalesce(a.display_name, s.actor), s.at, s.reason
                        from status_update_step s left join user_account a on a.username = s.actor
                        where s.status_update_id in (:ids) order by s.at, s.id""")
                .param("ids", ids)
                .query((rs, n) -> steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new UpdateStep(UpdateAction.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                                rs.getObject(5, LocalDateTime.class), rs.getString(6))))
                .list();
        return rows.stream().map(r -> r.toRecord(files.getOrDefault(r.id(), List.of()),
                steps.getOrDefault(r.id(), List.of()))).toList();
    }

    // ---- review queue -----------------------------------------------------------------------

    List<ReviewItem> reviewQueue(int offset, int limit) {
        return jdbc.sql("""
                        select u.id, p.id as project_id, p.code, p.title_fr, p.title_en, wg.id as wg_id, wg.acronym,
                               u.update_date, u.status, u.health, p.status as current_status, p.health as current_health,
                               u.progress_percent, u.author, coalesce(a.display_name, u.author) as author_name, u.submitted_at
                        from status_update u
                        join project p on p.id = u.project_id
                        join program pr on pr.id = p.program_id
                        join working_group wg on wg.id = pr.working_group_id
                        left join user_account a on a.username = u.author
                        where u.state = 'SUBMITTED'
                        order by u.submitted_at, u.id
                        limit :limit offset :offset""")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new ReviewItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                        ProjectStatus.valueOf(rs.getString(9)), ProjectHealth.valueOf(rs.getString(10)),
                        ProjectStatus.valueOf(rs.getString(11)), ProjectHealth.valueOf(rs.getString(12)),
                        rs.getInt(13), rs.getString(14), rs.getString(15), rs.getObject(16, LocalDateTime.class)))
                .list();
    }

    long countReviewQueue() {
        return jdbc.sql("select count(*) from status_update where state = 'SUBMITTED'").query(Long.class).single();
    }

    // ---- an officer's projects --------------------------------------------------------------

    /**
     * The projects an officer follows: those of the working groups assigned to them, and those
     * they follow explicitly.
     */
    List<FollowedProject> followed(String username, LocalDate overdueBefore, boolean overdueOnly, int offset, int limit,
                                   boolean managesAll) {
        return jdbc.sql("""
                        select p.id, p.code, p.title_fr, p.title_en, wg.id, wg.acronym,
                               concat(pr.start_year, '-', pr.end_year), p.status, p.health, p.last_approved_update_date,
                               (select count(*) from status_update u where u.project_id = p.id and u.state <> 'APPROVED'
                                       and (u.state <> 'DRAFT' or u.author = :user)) as pending,
                               exists (select 1 from project_follow f where f.project_id = p.id and f.username = :user) as followed,
                               exists (select 1 from working_group_officer o where o.working_group_id = wg.id
                                       and o.username = :user) as officer
                        from project p
                        join program pr on pr.id = p.program_id
                        join working_group wg on wg.id = pr.working_group_id
                        where (p.id in (select f.project_id from project_follow f where f.username = :user)
                               or pr.working_group_id in (select o.working_group_id from working_group_officer o where o.username = :user))
                        """ + (overdueOnly ? " and " + overdueCondition() : "") + """
                         order by case when %s then 0 else 1 end, p.last_approved_update_date, p.code, p.id
                        limit :limit offset :offset""".formatted(overdueCondition()))
                .param("user", username).param("before", overdueBefore)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    ProjectStatus status = ProjectStatus.valueOf(rs.getString(8));
                    LocalDate last = rs.getObject(10, LocalDate.class);
                    return new FollowedProject(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getString(6), rs.getString(7), status, ProjectHealth.valueOf(rs.getString(9)),
                            last, isOverdue(status, last, overdueBefore), rs.getInt(11), rs.getBoolean(12),
                            managesAll || rs.getBoolean(13));
                })
                .list();
    }

    long countFollowed(String username, LocalDate overdueBefore, boolean overdueOnly) {
        return jdbc.sql("""
                        select count(*) from project p join program pr on pr.id = p.program_id
                        where (p.id in (select f.project_id from project_follow f where f.username = :user)
                               or pr.working_group_id in (select o.working_group_id from working_group_officer o where o.username = :user))
                        """ + (overdueOnly ? " and " + overdueCondition() : ""))
                .param("user", username).param("before", overdueBefore).query(Long.class).single();
    }

    boolean isFollowed(String username, long projectId) {
        return jdbc.sql("select exists (select 1 from project_follow where username = :user and project_id = :project)")
                .param("user", username).param("project", projectId).query(Boolean.class).single();
    }

    void setFollowed(String username, long projectId, boolean follow) {
        jdbc.sql(follow ? "insert ignore into project_follow (username, project_id) values (:user, :project)"
                        : "delete from project_follow where username = :user and project_id = :project")
                .param("user", username).param("project", projectId).update();
    }

    static boolean isOverdue(ProjectStatus status, LocalDate lastApproved, LocalDate overdueBefore) {
        boolean underWay = status == ProjectStatus.PIPELINE || status == ProjectStatus.IMPLEMENTATION
                || status == ProjectStatus.FINALISATION;
        return underWay && (lastApproved == null || lastApproved.isBefore(overdueBefore));
    }

    /** SQL of {@link #isOverdue} on alias p with parameter :before. */
    static String overdueCondition() {
        return "(p.status in " + ProjectStatus.UNDER_WAY_SQL + " and (p.last_approved_update_date is null or p.last_approved_update_date < :before))";
    }

    // ---- reminders --------------------------------------------------------------------------

    /** Replaces the overdue list with what the data says today. */
    int recomputeOverdue(LocalDate overdueBefore, LocalDateTime now) {
        jdbc.sql("delete from project_overdue").update();
        return jdbc.sql("insert into project_overdue (project_id, last_approved_update_date, computed_at) "
                        + "select p.id, p.last_approved_update_date, :now from project p where " + overdueCondition())
                .param("before", overdueBefore).param("now", now).update();
    }

    void noLongerOverdue(long projectId) {
        jdbc.sql("delete from project_overdue where project_id = :id").param("id", projectId).update();
    }

    /** Per working group: projects under way, overdue (as the reminder job found them), updates awaiting review. */
    List<WorkingGroupFollowUp> followUpByWorkingGroup(LocalDate overdueBefore) {
        return jdbc.sql("""
                        select wg.id, wg.acronym,
                               (select count(*) from project p join program pr on pr.id = p.program_id
                                 where pr.working_group_id = wg.id and p.status in %s) as under_way,
                               (select count(*) from project_overdue o join project p on p.id = o.project_id
                                  join program pr on pr.id = p.program_id
                                 where pr.working_group_id = wg.id and %s) as overdue,
                               (select count(*) from status_update u join project p on p.id = u.project_id
                                  join program pr on pr.id = p.program_id
                                 where pr.working_group_id = wg.id and u.state = 'SUBMITTED') as awaiting
                        from working_group wg
                        where wg.active
                        order by wg.acronym""".formatted(ProjectStatus.UNDER_WAY_SQL, overdueCondition()))
                .param("before", overdueBefore)
                .query((rs, n) -> new WorkingGroupFollowUp(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /** An officer's overdue projects as the reminder job found them, longest without update first. */
    List<FollowedProject> overdueFor(String username, LocalDate overdueBefore, int limit) {
        return jdbc.sql("""
                        select p.id, p.code, p.title_fr, p.title_en, wg.id, wg.acronym,
                               concat(pr.start_year, '-', pr.end_year), p.status, p.health, p.last_approved_update_date
                        from project_overdue o
                        join project p on p.id = o.project_id
                        join program pr on pr.id = p.program_id
                        join working_group wg on wg.id = pr.working_group_id
                        where (p.id in (select f.project_id from project_follow f where f.username = :user)
                               or pr.working_group_id in (select w.working_group_id from working_group_officer w where w.username = :user))
                          and """ + overdueCondition() + """
                        order by p.last_approved_update_date, p.code
                        limit :limit""")
                .param("user", username).param("limit", limit).param("before", overdueBefore)
                .query((rs, n) -> new FollowedProject(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), ProjectStatus.valueOf(rs.getString(8)),
                        ProjectHealth.valueOf(rs.getString(9)), rs.getObject(10, LocalDate.class), true, 0, false, true))
                .list();
    }

    /**
     * Users with an e-mail address and how many overdue projects each follows (those of the working
     * groups they are assigned to, and those they follow explicitly), as "Mes projets" counts them.
     */
    List<OfficerReminder> officersWithOverdue() {
        return jdbc.sql("""
                        select a.username, a.display_name, a.email, a.locale, count(distinct followed.project_id)
                        from user_account a
                        join (select w.username, p.id as project_id
                              from working_group_officer w
                              join program pr on pr.working_group_id = w.working_group_id
                              join project p on p.program_id = pr.id
                              union
                              select f.username, f.project_id from project_follow f) followed
                          on followed.username = a.username
                        join project_overdue o on o.project_id = followed.project_id
                        where a.enabled and a.email is not null and a.email <> ''
                        group by a.username, a.display_name, a.email, a.locale""")
                .query((rs, n) -> new OfficerReminder(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5)))
                .list();
    }

    record OfficerReminder(String username, String displayName, String email, String locale, long overdue) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("version"), rs.getLong("project_id"), rs.getString("code"),
                rs.getObject("update_date", LocalDate.class), ProjectStatus.valueOf(rs.getString("status")),
                ProjectHealth.valueOf(rs.getString("health")), rs.getInt("progress_percent"), rs.getString("narrative"),
                rs.getString("next_steps"), rs.getString("change_reason"), UpdateState.valueOf(rs.getString("state")),
                rs.getString("author"), rs.getString("author_name"), rs.getObject("submitted_at", LocalDateTime.class),
                rs.getString("reviewed_by"), rs.getObject("reviewed_at", LocalDateTime.class), rs.getString("review_reason"));
    }

    private record Row(long id, long version, long projectId, String code, LocalDate date, ProjectStatus status,
                       ProjectHealth health, int progress, String narrative, String nextSteps, String changeReason,
                       UpdateState state, String author, String authorName, LocalDateTime submittedAt,
                       String reviewedBy, LocalDateTime reviewedAt, String reviewReason) {

        StatusUpdateRecord toRecord(List<StoredFileRef> files, List<UpdateStep> steps) {
            return new StatusUpdateRecord(id, version, projectId, code, date, status, health, progress, narrative,
                    nextSteps, changeReason, state, author, authorName, submittedAt, reviewedBy, reviewedAt,
                    reviewReason, files, steps);
        }
    }
}
