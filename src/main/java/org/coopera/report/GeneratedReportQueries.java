package org.coopera.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The archive of generated reports (table generated_report). Progress and status changes are
 * written outside any surrounding transaction so that the lists see them while the job runs.
 */
@Component
class GeneratedReportQueries {

    private static final String SELECT = """
            select g.id, g.kind, g.program_id, g.action_plan_id, g.reporting_year, g.subject_label, g.language,
                   g.format, g.status, g.progress, g.error_key, g.requested_by, g.requested_at, g.finished_at,
                   g.duration_ms, g.file_id, f.file_name, f.size_bytes, g.sha256
            from generated_report g left join stored_file f on f.id = g.file_id
            """;

    private final JdbcClient jdbc;

    GeneratedReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ReportKind kind, Long programId, Long actionPlanId, Integer year, String label, String language,
                ReportFormat format, String user, LocalDateTime at, String node) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into generated_report (kind, program_id, action_plan_id, reporting_year, subject_label,
                            language, format, status, progress, requested_by, requested_at, node)
                        values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?, ?)""")
                .params(kind.name(), programId, actionPlanId, year, label, language, format.name(), user, at, node)
                .update(keys);
        return keys.getKey().longValue();
    }

    Optional<GeneratedReport> find(long id) {
        return jdbc.sql(SELECT + " where g.id = ?").param(id).query(GeneratedReportQueries::map).optional();
    }

    /** A page of the archive, newest first; {@code user} null lists everyone's reports. */
    List<GeneratedReport> page(String user, int offset, int limit) {
        return jdbc.sql(SELECT + (user == null ? "" : " where g.requested_by = :user")
                        + " order by g.requested_at desc, g.id desc limit :limit offset :offset")
                .param("user", user).param("limit", limit).param("offset", offset)
                .query(GeneratedReportQueries::map).list();
    }

    long count(String user) {
        return jdbc.sql("select count(*) from generated_report" + (user == null ? "" : " where requested_by = :user"))
                .param("user", user).query(Long.class).single();
    }

    /** Whether a job in the list (one user's, or everyone's) is still queued or running. */
    boolean anyUnfinished(String user) {
        return jdbc.sql("select exists (select 1 from generated_report where status in ('QUEUED', 'RUNNING')"
                        + (user == null ? "" : " and requested_by = :user") + ")")
                .param("user", user).query(Boolean.class).single();
    }

    void started(long id, LocalDateTime at) {
        jdbc.sql("update generated_report set status = 'RUNNING', progress = 5, started_at = ? where id = ? and status = 'QUEUED'")
                .params(at, id).update();
    }

    void progress(long id, int percent) {
        jdbc.sql("update generated_report set progress = ? where id = ? and status = 'RUNNING'")
                .params(percent, id).update();
    }

    void done(long id, long fileId, String sha256, LocalDateTime at, long durationMs) {
        jdbc.sql("""
                        update generated_report set status = 'DONE', progress = 100, file_id = ?, sha256 = ?,
                            finished_at = ?, duration_ms = ? where id = ?""")
                .params(fileId, sha256, at, durationMs, id).update();
    }

    void failed(long id, String errorKey, LocalDateTime at, Long durationMs) {
        jdbc.sql("""
                        update generated_report set status = 'FAILED', error_key = ?, finished_at = ?, duration_ms = ?
                        where id = ? and status in ('QUEUED', 'RUNNING')""")
                .params(errorKey, at, durationMs, id).update();
    }

    /** Marks this node's queued and running jobs failed; returns how many. */
    int interrupt(String node, String errorKey, LocalDateTime at) {
        return jdbc.sql("""
                        update generated_report set status = 'FAILED', error_key = ?, finished_at = ?
                        where node = ? and status in ('QUEUED', 'RUNNING')""")
                .params(errorKey, at, node).update();
    }

    private static GeneratedReport map(ResultSet rs, int row) throws SQLException {
        return new GeneratedReport(rs.getLong("id"), ReportKind.valueOf(rs.getString("kind")),
                rs.getObject("program_id", Long.class), rs.getObject("action_plan_id", Long.class),
                rs.getObject("reporting_year", Integer.class), rs.getString("subject_label"), rs.getString("language"),
                ReportFormat.valueOf(rs.getString("format")), ReportJobStatus.valueOf(rs.getString("status")),
                rs.getInt("progress"), rs.getString("error_key"), rs.getString("requested_by"),
                rs.getObject("requested_at", LocalDateTime.class), rs.getObject("finished_at", LocalDateTime.class),
                rs.getObject("duration_ms", Long.class), rs.getObject("file_id", Long.class), rs.getString("file_name"),
                rs.getObject("size_bytes", Long.class), rs.getString("sha256"));
    }
}
