package org.coopera.dashboard;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.coopera.program.StatusUpdateProperties;
import org.coopera.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers' dashboards: key figures and aggregates of the project portfolio for a
 * {@link DashboardFilter}, and the list of the projects behind any figure. Only approved status
 * updates count (a project's status, health and last approved update date come from them).
 * For managers and administrators. A full refresh reads its statements in one read-only
 * transaction (one snapshot, so its figures agree); a single widget, the list page and the count
 * are one or two statements each and run without a transaction of their own (no round trips to
 * open and close one).
 */
@Service
public class DashboardService {

    /** The longest page of the drill-down list a caller may ask for. */
    public static final int MAX_PAGE = 500;

    private final DashboardQueries queries;
    private final StatusUpdateProperties statusUpdates;
    private final Clock clock;

    DashboardService(DashboardQueries queries, StatusUpdateProperties statusUpdates, Clock clock) {
        this.queries = queries;
        this.statusUpdates = statusUpdates;
        this.clock = clock;
    }

    /**
     * Every widget for the filter (a full refresh), in five statements: the same figures as the
     * widgets' own methods give, read together.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Dashboard dashboard(DashboardFilter filter) {
        return queries.dashboard(filter, overdueBefore());
    }

    /** Key figures for the filter. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public KeyFigures keyFigures(DashboardFilter filter) {
        return queries.keyFigures(filter, overdueBefore());
    }

    /** Projects per sector axis (sub-sectors rolled up) and status. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public List<SectorStatusCount> bySectorAndStatus(DashboardFilter filter) {
        return queries.bySectorAndStatus(filter, overdueBefore());
    }

    /** Projects per partner country, most first. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public List<CountryCount> byCountry(DashboardFilter filter) {
        return queries.byCountry(filter, overdueBefore());
    }

    /** Projects per programme period and sector axis, oldest period first. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public List<PeriodSectorCount> byPeriodAndSector(DashboardFilter filter) {
        return queries.byPeriodAndSector(filter, overdueBefore());
    }

    /** Projects per working group and health. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public List<WorkingGroupHealthCount> healthByWorkingGroup(DashboardFilter filter) {
        return queries.healthByWorkingGroup(filter, overdueBefore());
    }

    /**
     * Projects per Québec administrative region and status: every region (by code), then the projects
     * stating no region. A project in several regions counts in each.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public List<RegionStatusCount> byRegionAndStatus(DashboardFilter filter) {
        return queries.byRegionAndStatus(filter, overdueBefore());
    }

    /** One page of the projects the filter selects, by code. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public List<DashboardProject> projects(DashboardFilter filter, int offset, int limit) {
        return queries.projects(filter, overdueBefore(), Math.max(0, offset), Math.clamp(limit, 0, MAX_PAGE));
    }

    /** How many projects the filter selects: the length of the drill-down list. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public long countProjects(DashboardFilter filter) {
        return queries.countProjects(filter, overdueBefore());
    }

    /** The day before which a project's latest approved update is too old. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public LocalDate overdueBefore() {
        return statusUpdates.overdueBefore(clock);
    }
}
