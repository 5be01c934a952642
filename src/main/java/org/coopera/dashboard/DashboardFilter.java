package org.coopera.dashboard;

import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;

/**
 * What every dashboard figure is narrowed to; null or blank means "any". The same filter gives the
 * figures and the drill-down list, so a list always holds exactly the projects behind a figure.
 *
 * @param periodStart    the programme period starting that year (2013 for 2013-2015), exactly
 * @param fromYear       programmes that run in or after this year (a date range over programme years)
 * @param toYear         programmes that start in or before this year
 * @param workingGroupId the working group of the programme
 * @param countryCode    the partner's country (a federated state such as Bavaria rolls up to its country)
 * @param sectorId       a sector axis (matches its sub-sectors too) or a sub-sector
 * @param withoutUpdate  only projects under way without an approved status update within the reporting interval
 */
public record DashboardFilter(Integer periodStart, Integer fromYear, Integer toYear, Long workingGroupId,
                              String countryCode, Long sectorId, ProjectStatus status, ProjectHealth health,
                              Theme theme, boolean withoutUpdate) {

    public static DashboardFilter none() {
        return new DashboardFilter(null, null, null, null, null, null, null, null, null, false);
    }

    public DashboardFilter withPeriodStart(Integer value) {
        return new DashboardFilter(value, fromYear, toYear, workingGroupId, countryCode, sectorId, status, health, theme, withoutUpdate);
    }

    public DashboardFilter withYears(Integer from, Integer to) {
        return new DashboardFilter(periodStart, from, to, workingGroupId, countryCode, sectorId, status, health, theme, withoutUpdate);
    }

    public DashboardFilter withWorkingGroup(Long value) {
        return new DashboardFilter(periodStart, fromYear, toYear, value, countryCode, sectorId, status, health, theme, withoutUpdate);
    }

    public DashboardFilter withCountry(String value) {
        return new DashboardFilter(periodStart, fromYear, toYear, workingGroupId, value, sectorId, status, health, theme, withoutUpdate);
    }

    public DashboardFilter withSector(Long value) {
        return new DashboardFilter(periodStart, fromYear, toYear, workingGroupId, countryCode, value, status, health, theme, withoutUpdate);
    }

    public DashboardFilter withStatus(ProjectStatus value) {
        return new DashboardFilter(periodStart, fromYear, toYear, workingGroupId, countryCode, sectorId, value, health, theme, withoutUpdate);
    }

    public DashboardFilter withHealth(ProjectHealth value) {
        return new DashboardFilter(periodStart, fromYear, toYear, workingGroupId, countryCode, sectorId, status, value, theme, withoutUpdate);
    }

    public DashboardFilter withTheme(Theme value) {
        return new DashboardFilter(periodStart, fromYear, toYear, workingGroupId, countryCode, sectorId, status, health, value, withoutUpdate);
    }

    public DashboardFilter withWithoutUpdate(boolean value) {
        return new DashboardFilter(periodStart, fromYear, toYear, workingGroupId, countryCode, sectorId, status, health,
                theme, value);
    }
}
