package org.coopera.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.report.ProgramReportData.Highlight;
import org.coopera.report.ProgramReportData.RegionCount;
import org.coopera.report.ProgramReportData.Regions;
import org.coopera.report.ProgramReportData.Subject;
import org.coopera.report.ProgramReportData.SubjectKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-only SQL projections behind the generated reports: a few set-based queries per report,
 * never one per project.
 */
@Component
class ReportQueries {

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A project of the programme or of its adopted list, with its latest approved status update. */
    record ProjectFact(long id, String code, String titleFr, String titleEn, long axisId, String axisCode,
                       String axisFr, String axisEn, int axisOrder, ProjectStatus status, ProjectHealth health,
                       String leadQuebec, String leadPartner, boolean inProgram, boolean adopted, String carriedFrom,
                       Integer progressPercent, LocalDate lastUpdate, String narrative) {
    }

    /**
     * The projects of the programme and those of its adopted list (even if moved or removed since),
     * with their sector axis and latest approved status update, by axis order and code.
     */
    List<ProjectFact> projects(long programId) {
        return jdbc.sql("""
                        with scope as (
                            select id from project where program_id = :id
                            union
                            select project_id from program_baseline where program_id = :id),
                        latest as (
                            select u.project_id, u.progress_percent, u.update_date, u.narrative,
                                   row_number() over (partition by u.project_id order by u.update_date desc, u.id desc) as rn
                            from status_update u join scope on scope.id = u.project_id
                            where u.state = 'APPROVED')
                        select p.id, p.code, p.title_fr, p.title_en, ax.id as axis_id, ax.code as axis_code,
                               ax.name_fr as axis_fr, ax.name_en as axis_en, ax.sort_order as axis_order,
                               p.status, p.health, oq.name as lead_quebec, op.name as lead_partner,
                               p.program_id = :id as in_program,
                               exists (select 1 from program_baseline b where b.program_id = :id and b.project_id = p.id) as adopted,
                               case when prev.id is null then null
                                    else concat(prev.code, ' (', pp.start_year, '-', pp.end_year, ')') end as carried_from,
                               l.progress_percent, l.update_date, l.narrative
                        from scope join project p on p.id = scope.id
                        join sector s on s.id = p.sector_id
                        join sector ax on ax.id = coalesce(s.parent_id, s.id)
                        left join organisation oq on oq.id = p.lead_org_quebec_id
                        left join organisation op on op.id = p.lead_org_partner_id
                        left join project prev on prev.id = p.carried_over_from_id
                        left join program pp on pp.id = prev.program_id
                        left join latest l on l.project_id = p.id and l.rn = 1
                        order by ax.sort_order, ax.code, p.code""")
                .param("id", programId)
                .query((rs, row) -> new ProjectFact(rs.getLong("id"), rs.getString("code"), rs.getString("title_fr"),
                        rs.getString("title_en"), rs.getLong("axis_id"), rs.getString("axis_code"),
                        rs.getString("axis_fr"), rs.getString("axis_en"), rs.getInt("axis_order"),
                        ProjectStatus.valueOf(rs.getString("status")),
                        rs.getString("health") == null ? null : ProjectHealth.valueOf(rs.getString("health")),
                        rs.getString("lead_quebec"), rs.getString("lead_partner"), rs.getBoolean("in_program"),
                        rs.getBoolean("adopted"), rs.getString("carried_from"),
                        (Integer) rs.getObject("progress_percent", Integer.class),
                        rs.getObject("update_date", LocalDate.class), rs.getString("narrative")))
                .list();
    }

    /** The partner organisations of the programme's projects, by project id, in name order. */
    Map<Long, List<String>> partners(long programId) {
        return namesById("""
                select pp.project_id, o.name from project_partner pp
                join project p on p.id = pp.project_id
                join organisation o on o.id = pp.organisation_id
                where p.program_id = :id
                order by pp.project_id, o.name""", programId);
    }

    /** The (id, name) rows of a query with one {@code :id} parameter, as names grouped by id in row order. */
    private Map<Long, List<String>> namesById(String sql, long id) {
        Map<Long, List<String>> names = new HashMap<>();
        jdbc.sql(sql).param("id", id)
                .query(rs -> {
                    names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return names;
    }

    /**
     * Published bulletins dated in [from, to] attached to the programme, to a meeting of its working
     * group held in [from, to] or to one of its projects, oldest first, each once with its subjects.
     */
    /**
     * The programme's current projects per Québec administrative region (a project in two regions counts
     * in each), and how many state no region. Two aggregate queries.
     */
    Regions regions(long programId) {
        List<RegionCount> byRegion = jdbc.sql("""
                        select r.code, r.name_fr, r.name_en, count(*)
                        from project p join project_region pr on pr.project_id = p.id
                        join quebec_region r on r.code = pr.region_code
                        where p.program_id = :id
                        group by r.code, r.name_fr, r.name_en order by r.code""")
                .param("id", programId)
                .query((rs, n) -> new RegionCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
        int without = jdbc.sql("""
                        select count(*) from project p
                        where p.program_id = :id
                          and not exists (select 1 from project_region pr where pr.project_id = p.id)""")
                .param("id", programId).query(Integer.class).single();
        return new Regions(byRegion, without);
    }

    List<Highlight> highlights(long programId, long workingGroupId, LocalDate from, LocalDate to) {
        Map<Long, Highlight> bulletins = new LinkedHashMap<>();
        jdbc.sql("""
                        select b.id, b.bulletin_date, b.title, b.language, bs.subject_type,
                               case bs.subject_type when 'PROJECT' then p.code
                                                    when 'MEETING' then cast(m.number as char)
                                                    else concat(pr.start_year, '-', pr.end_year) end as label
                        from bulletin b join bulletin_subject bs on bs.bulletin_id = b.id
                        left join project p on bs.subject_type = 'PROJECT' and p.id = bs.subject_id
                        left join meeting m on bs.subject_type = 'MEETING' and m.id = bs.subject_id
                        left join program pr on bs.subject_type = 'PROGRAM' and pr.id = bs.subject_id
                        where b.status = 'PUBLISHED' and b.bulletin_date between :from and :to
                          and bs.working_group_id = :wg
                          and (pr.id = :id or p.program_id = :id
                               or (m.working_group_id = :wg and m.meeting_date between :from and :to))
                        order by b.bulletin_date, b.id, bs.subject_type, label""")
                .param("id", programId).param("wg", workingGroupId).param("from", from).param("to", to)
                .query(rs -> {
                    long id = rs.getLong("id");
                    Highlight h = bulletins.get(id);
                    if (h == null) {
                        h = new Highlight(id, rs.getObject("bulletin_date", LocalDate.class), rs.getString("title"),
                                rs.getString("language"), new ArrayList<>());
                        bulletins.put(id, h);
                    }
                    h.subjects().add(new Subject(SubjectKind.valueOf(rs.getString("subject_type")),
                            rs.getString("label")));
                });
        return bulletins.values().stream()
                .map(h -> new Highlight(h.id(), h.date(), h.title(), h.language(), List.copyOf(h.subjects())))
                .toList();
    }

    /** The partner organisations of the plan's measures, by measure id, in name order. */
    Map<Long, List<String>> measurePartners(long actionPlanId) {
        return namesById("""
                select mp.measure_id, o.name from measure_partner mp
                join measure m on m.id = mp.measure_id
                join organisation o on o.id = mp.organisation_id
                where m.action_plan_id = :id
                order by mp.measure_id, o.name""", actionPlanId);
    }

    /**
     * Published bulletins attached to a version of the year's progress report (whatever their date),
     * or to the plan or one of its measures and dated in [from, to], oldest first, each once.
     */
    List<ActionPlanReportData.Bulletin> planBulletins(long actionPlanId, int reportingYear, LocalDate from,
                                                      LocalDate to) {
        record Row(long id, LocalDate date, String title, String language, String type, String code) {
        }
        List<Row> rows = jdbc.sql("""
                        with relevant as (
                            select bs.bulletin_id, bs.subject_type, m.code
                            from bulletin_subject bs
                            left join measure m on bs.subject_type = 'MEASURE' and m.id = bs.subject_id
                            left join progress_report r on bs.subject_type = 'PROGRESS_REPORT' and r.id = bs.subject_id
                            where (bs.subject_type = 'ACTION_PLAN' and bs.subject_id = :plan)
                               or m.action_plan_id = :plan
                               or (r.action_plan_id = :plan and r.reporting_start_year = :year))
                        select b.id, b.bulletin_date, b.title, b.language, rl.subject_type, rl.code
                        from bulletin b join relevant rl on rl.bulletin_id = b.id
                        where b.status = 'PUBLISHED'
                          and (b.bulletin_date between :from and :to
                               or exists (select 1 from relevant x where x.bulletin_id = b.id
                                          and x.subject_type = 'PROGRESS_REPORT'))
                        order by b.bulletin_date, b.id, rl.code""")
                .param("plan", actionPlanId).param("year", reportingYear).param("from", from).param("to", to)
                .query((rs, row) -> new Row(rs.getLong("id"), rs.getObject("bulletin_date", LocalDate.class),
                        rs.getString("title"), rs.getString("language"), rs.getString("subject_type"),
                        rs.getString("code")))
                .list();
        Map<Long, List<Row>> byBulletin = new LinkedHashMap<>();
        rows.forEach(r -> byBulletin.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        List<ActionPlanReportData.Bulletin> bulletins = new ArrayList<>();
        byBulletin.forEach((id, subjects) -> {
            Row first = subjects.getFirst();
            bulletins.add(new ActionPlanReportData.Bulletin(id, first.date(), first.title(), first.language(),
                    subjects.stream().anyMatch(r -> "ACTION_PLAN".equals(r.type())),
                    subjects.stream().anyMatch(r -> "PROGRESS_REPORT".equals(r.type())),
                    subjects.stream().filter(r -> "MEASURE".equals(r.type())).map(Row::code).distinct().toList()));
        });
        return List.copyOf(bulletins);
    }
}
