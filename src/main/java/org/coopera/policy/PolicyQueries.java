package org.coopera.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read-only queries behind the policy screens: plain SQL returning records, a fixed number of statements each. */
@Component
class PolicyQueries {

    private static final String MEASURE = """
            select m.id, m.version, m.action_plan_id, m.objective_id, o.number as objective_number, m.code,
                   m.title_fr, m.title_en, m.lead_organisation_id, lo.name as lead_name, lo.acronym as lead_acronym,
                   m.description, m.expected_result, m.status, m.illustrative
            from measure m
            join policy_objective o on o.id = m.objective_id
            left join organisation lo on lo.id = m.lead_organisation_id
            """;

    private static final String REPORT = """
            select r.id, r.version, r.action_plan_id, concat(p.start_year, '-', p.end_year) as period,
                   r.reporting_start_year, r.report_version, r.title_fr, r.title_en, r.summary, r.status, r.published_on,
                   r.document_file_id,
                   not exists (select 1 from progress_report n where n.action_plan_id = r.action_plan_id
                               and n.reporting_start_year = r.reporting_start_year
                               and n.report_version > r.report_version) as latest
            from progress_report r
            join action_plan p on p.id = r.action_plan_id
            """;

    /** The latest version of each year's report of a plan (published only unless :drafts). */
    private static final String LATEST_REPORT = """
            select lr.id from progress_report lr where lr.action_plan_id = :plan and lr.reporting_start_year = :year
              and (:drafts or lr.status = 'PUBLISHED')
            order by lr.report_version desc limit 1
            """;

    private static final String LINK = """
            select l.id, l.version, l.measure_id, m.code, m.title_fr, m.title_en, l.link_type, l.target_id,
                   l.office_name, l.office_city, l.office_country_code
            from measure_link l
            join measure m on m.id = l.measure_id
            """;

    private final JdbcClient jdbc;

    PolicyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PolicyRecord> policies() {
        return jdbc.sql("select id, version, code, title_fr, title_en, made_public_year from policy "
                + "order by made_public_year desc, code").query(PolicyQueries::policy).list();
    }

    Optional<PolicyRecord> policy(long id) {
        return jdbc.sql("select id, version, code, title_fr, title_en, made_public_year from policy where id = :id")
                .param("id", id).query(PolicyQueries::policy).optional();
    }

    List<ObjectiveRecord> objectives(long policyId) {
        return jdbc.sql("select id, policy_id, number, title_fr, title_en from policy_objective "
                        + "where policy_id = :policy order by number")
                .param("policy", policyId).query(PolicyQueries::objective).list();
    }

    List<ActionPlanRecord> actionPlans(long policyId) {
        return jdbc.sql("select id, version, policy_id, start_year, end_year, title_fr, title_en, planned_measures from action_plan "
                        + "where policy_id = :policy order by start_year")
                .param("policy", policyId).query(PolicyQueries::actionPlan).list();
    }

    Optional<ActionPlanRecord> actionPlan(long id) {
        return jdbc.sql("select id, version, policy_id, start_year, end_year, title_fr, title_en, planned_measures from action_plan "
                        + "where id = :id")
                .param("id", id).query(PolicyQueries::actionPlan).optional();
    }

    long countMeasures(long planId) {
        return jdbc.sql("select count(*) from measure where action_plan_id = :plan").param("plan", planId)
                .query(Long.class).single();
    }

    Optional<MeasureRecord> measure(long id) {
        List<String> partners = new ArrayList<>();
        List<Long> partnerIds = new ArrayList<>();
        jdbc.sql("select o.id, o.name, o.acronym from measure_partner mp join organisation o on o.id = mp.organisation_id "
                        + "where mp.measure_id = :id order by o.name")
                .param("id", id).query((rs, row) -> {
                    partnerIds.add(rs.getLong("id"));
                    partners.add(fullLabel(rs.getString("name"), rs.getString("acronym")));
                    return null;
                }).list();
        return jdbc.sql(MEASURE + " where m.id = :id").param("id", id)
                .query((rs, row) -> measure(rs, partnerIds, partners)).optional();
    }

    /**
     * The policy's objectives with the plan's measures and their status in the reporting year
     * (from the latest version of that year's report). Two statements.
     */
    List<ObjectiveProgress> tree(long planId, long policyId, int reportingStartYear, boolean drafts) {
        Map<Long, List<ObjectiveProgress.MeasureYear>> byObjective = new HashMap<>();
        jdbc.sql("""
                        select m.id, m.objective_id, m.code, m.title_fr, m.title_en, lo.name as lead_name,
                               lo.acronym as lead_acronym, mp.status as year_status, m.illustrative
                        from measure m
                        left join organisation lo on lo.id = m.lead_organisation_id
                        left join measure_progress mp on mp.measure_id = m.id and mp.report_id = (""" + LATEST_REPORT + """
                        )
                        where m.action_plan_id = :plan
                        order by m.code""")
                .param("plan", planId).param("year", reportingStartYear).param("drafts", drafts)
                .query((rs, row) -> {
                    String status = rs.getString("year_status");
                    byObjective.computeIfAbsent(rs.getLong("objective_id"), k -> new ArrayList<>())
                            .add(new ObjectiveProgress.MeasureYear(rs.getLong("id"), rs.getString("code"),
                                    rs.getString("title_fr"), rs.getString("title_en"),
                                    orgLabel(rs.getString("lead_name"), rs.getString("lead_acronym")),
                                    status == null ? null : MeasureStatus.valueOf(status), rs.getBoolean("illustrative")));
                    return null;
                }).list();
        List<ObjectiveProgress> tree = new ArrayList<>();
        for (ObjectiveRecord objective : objectives(policyId)) {
            List<ObjectiveProgress.MeasureYear> measures = byObjective.getOrDefault(objective.id(), List.of());
            int done = 0;
            int inProgress = 0;
            int notStarted = 0;
            int notReported = 0;
            for (ObjectiveProgress.MeasureYear measure : measures) {
                if (measure.yearStatus() == null) {
                    notReported++;
                } else {
                    switch (measure.yearStatus()) {
                        case DONE -> done++;
                        case IN_PROGRESS -> inProgress++;
                        case NOT_STARTED, ABANDONED -> notStarted++;
                    }
                }
            }
            tree.add(new ObjectiveProgress(objective, List.copyOf(measures), done, inProgress, notStarted, notReported));
        }
        return tree;
    }

    List<ProgressReportRecord> reports(long planId, boolean drafts) {
        return jdbc.sql(REPORT + " where r.action_plan_id = :plan and (:drafts or r.status = 'PUBLISHED')"
                        + " order by r.reporting_start_year desc, r.report_version desc")
                .param("plan", planId).param("drafts", drafts).query(PolicyQueries::report).list();
    }

    Optional<ProgressReportRecord> report(long id) {
        return jdbc.sql(REPORT + " where r.id = :id").param("id", id).query(PolicyQueries::report).optional();
    }

    /** Every measure of the report's plan, with its progress in the report when written. */
    List<ReportEntry> entries(long reportId, long planId) {
        return jdbc.sql("""
                        select m.id, m.code, m.title_fr, m.title_en, o.number, mp.id as progress_id, mp.version as progress_version, mp.status,
                               mp.narrative, mp.evidence_links
                        from measure m
                        join policy_objective o on o.id = m.objective_id
                        left join measure_progress mp on mp.measure_id = m.id and mp.report_id = :report
                        where m.action_plan_id = :plan
                        order by o.number, m.code""")
                .param("report", reportId).param("plan", planId)
                .query((rs, row) -> {
                    String status = rs.getString("status");
                    return new ReportEntry(rs.getLong("id"), rs.getString("code"), rs.getString("title_fr"),
                            rs.getString("title_en"), rs.getInt("number"), rs.getObject("progress_id", Long.class),
                            rs.getObject("progress_version", Long.class),
                            status == null ? null : MeasureStatus.valueOf(status), rs.getString("narrative"),
                            links(rs.getString("evidence_links")));
                }).list();
    }

    /** A measure's progress per reporting year, from the latest version (published unless drafts) of each year's report. */
    List<YearlyProgress> yearlyProgress(long measureId, boolean drafts) {
        return jdbc.sql("""
                        select mp.id, r.id as report_id, r.report_version, r.status as report_status,
                               mp.reporting_start_year, mp.status, mp.narrative, mp.evidence_links
                        from measure_progress mp
                        join progress_report r on r.id = mp.report_id
                        where mp.measure_id = :measure and (:drafts or r.status = 'PUBLISHED')
                          and not exists (select 1 from progress_report n where n.action_plan_id = r.action_plan_id
                                          and n.reporting_start_year = r.reporting_start_year
                                          and n.report_version > r.report_version
                                          and (:drafts or n.status = 'PUBLISHED'))
                        order by mp.reporting_start_year""")
                .param("measure", measureId).param("drafts", drafts)
                .query((rs, row) -> new YearlyProgress(rs.getLong("id"), rs.getLong("report_id"),
                        rs.getInt("report_version"), ReportStatus.valueOf(rs.getString("report_status")),
                        rs.getInt("reporting_start_year"), MeasureStatus.valueOf(rs.getString("status")),
                        rs.getString("narrative"), links(rs.getString("evidence_links")))).list();
    }

    List<MeasureLinkRecord> links(long measureId) {
        return jdbc.sql(LINK + " where l.measure_id = :measure order by l.link_type, l.id").param("measure", measureId)
                .query(PolicyQueries::link).list();
    }

    /**
     * A measure's links with each programme, project and meeting named in one statement, read from
     * the tables of the features that own them (as the bulletin queries name their subjects).
     */
    List<MeasureLinkRecord> linksWithLabels(long measureId, boolean english) {
        return jdbc.sql("""
                        select l.id, l.version, l.measure_id, m.code, m.title_fr, m.title_en, l.link_type, l.target_id,
                               l.office_name, l.office_city, l.office_country_code,
                               case l.link_type
                                 when 'PROGRAM' then concat(pg_wg.acronym, ' ', pg.start_year, '-', pg.end_year)
                                 when 'PROJECT' then concat(pj.code, ' — ', if(:english, pj.title_en, pj.title_fr))
                                 when 'MEETING' then concat(coalesce(mt_wg.acronym, ''), ' #', mt.number,
                                                            ' (', mt.meeting_date, ')')
                                 else l.office_name end as target_label
                        from measure_link l
                        join measure m on m.id = l.measure_id
                        left join program pg on l.link_type = 'PROGRAM' and pg.id = l.target_id
                        left join working_group pg_wg on pg_wg.id = pg.working_group_id
                        left join project pj on l.link_type = 'PROJECT' and pj.id = l.target_id
                        left join meeting mt on l.link_type = 'MEETING' and mt.id = l.target_id
                        left join working_group mt_wg on mt_wg.id = mt.working_group_id
                        where l.measure_id = :measure order by l.link_type, l.id
                        """)
                .param("measure", measureId).param("english", english)
                .query((rs, row) -> link(rs, row).withTargetLabel(rs.getString("target_label") != null
                        ? rs.getString("target_label") : "#" + rs.getLong("target_id")))
                .list();
    }

    /** Whether the programme, project or meeting a new link names exists. */
    boolean targetExists(LinkType type, long id) {
        String table = switch (type) {
            case PROGRAM -> "program";
            case PROJECT -> "project";
            case MEETING -> "meeting";
            case OFFICE -> null;
        };
        return table != null && jdbc.sql("select count(*) from " + table + " where id = :id").param("id", id)
                .query(Long.class).single() > 0;
    }

    List<MeasureLinkRecord> linkedTo(LinkType type, long targetId) {
        return jdbc.sql(LINK + " where l.link_type = :type and l.target_id = :target order by m.code")
                .param("type", type.name()).param("target", targetId).query(PolicyQueries::link).list();
    }

    java.util.Map<Long, List<MeasureLinkRecord>> linkedTo(LinkType type, java.util.Collection<Long> targetIds) {
        if (targetIds.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql(LINK + " where l.link_type = :type and l.target_id in (:targets) order by m.code")
                .param("type", type.name()).param("targets", targetIds).query(PolicyQueries::link).list().stream()
                .collect(java.util.stream.Collectors.groupingBy(MeasureLinkRecord::targetId));
    }

    static List<String> links(String lines) {
        if (lines == null || lines.isBlank()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(lines.split("\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()));
    }

    /** "Name (ACRONYM)", or the name alone. */
    private static String fullLabel(String name, String acronym) {
        if (name == null) {
            return null;
        }
        return acronym == null || acronym.isBlank() ? name : name + " (" + acronym + ")";
    }

    /** The acronym where there is one (compact lists), otherwise the name. */
    private static String orgLabel(String name, String acronym) {
        if (name == null) {
            return null;
        }
        return acronym == null || acronym.isBlank() ? name : acronym;
    }

    private static PolicyRecord policy(ResultSet rs, int row) throws SQLException {
        return new PolicyRecord(rs.getLong("id"), rs.getLong("version"), rs.getString("code"), rs.getString("title_fr"),
                rs.getString("title_en"), rs.getObject("made_public_year", Integer.class));
    }

    private static ObjectiveRecord objective(ResultSet rs, int row) throws SQLException {
        return new ObjectiveRecord(rs.getLong("id"), rs.getLong("policy_id"), rs.getInt("number"),
                rs.getString("title_fr"), rs.getString("title_en"));
    }

    private static ActionPlanRecord actionPlan(ResultSet rs, int row) throws SQLException {
        return new ActionPlanRecord(rs.getLong("id"), rs.getLong("version"), rs.getLong("policy_id"),
                rs.getInt("start_year"), rs.getInt("end_year"), rs.getString("title_fr"), rs.getString("title_en"),
                rs.getObject("planned_measures", Integer.class));
    }

    private static MeasureRecord measure(ResultSet rs, List<Long> partnerIds, List<String> partners) throws SQLException {
        return new MeasureRecord(rs.getLong("id"), rs.getLong("version"), rs.getLong("action_plan_id"),
                rs.getLong("objective_id"), rs.getInt("objective_number"), rs.getString("code"), rs.getString("title_fr"),
                rs.getString("title_en"), rs.getObject("lead_organisation_id", Long.class),
                fullLabel(rs.getString("lead_name"), rs.getString("lead_acronym")),
                new LinkedHashSet<>(partnerIds), List.copyOf(partners), rs.getString("description"),
                rs.getString("expected_result"), MeasureStatus.valueOf(rs.getString("status")),
                rs.getBoolean("illustrative"));
    }

    private static ProgressReportRecord report(ResultSet rs, int row) throws SQLException {
        var published = rs.getDate("published_on");
        return new ProgressReportRecord(rs.getLong("id"), rs.getLong("version"), rs.getLong("action_plan_id"),
                rs.getString("period"), rs.getInt("reporting_start_year"), rs.getInt("report_version"),
                rs.getString("title_fr"), rs.getString("title_en"), rs.getString("summary"),
                ReportStatus.valueOf(rs.getString("status")),
                published == null ? null : published.toLocalDate(), rs.getObject("document_file_id", Long.class),
                rs.getBoolean("latest"));
    }

    private static MeasureLinkRecord link(ResultSet rs, int row) throws SQLException {
        return new MeasureLinkRecord(rs.getLong("id"), rs.getLong("version"), rs.getLong("measure_id"),
                rs.getString("code"), rs.getString("title_fr"), rs.getString("title_en"),
                LinkType.valueOf(rs.getString("link_type")), rs.getObject("target_id", Long.class), null,
                rs.getString("office_name"), rs.getString("office_city"), rs.getString("office_country_code"));
    }

}
