package org.coopera.dashboard;

import java.util.List;

/** Every dashboard widget for one filter, read in one refresh. */
public record Dashboard(DashboardFilter filter, KeyFigures keyFigures, List<SectorStatusCount> bySectorAndStatus,
                        List<CountryCount> byCountry, List<PeriodSectorCount> byPeriodAndSector,
                        List<WorkingGroupHealthCount> healthByWorkingGroup,
                        List<RegionStatusCount> byRegionAndStatus) {

    /** A dashboard without the breakdown by Québec region. */
    public Dashboard(DashboardFilter filter, KeyFigures keyFigures, List<SectorStatusCount> bySectorAndStatus,
                     List<CountryCount> byCountry, List<PeriodSectorCount> byPeriodAndSector,
                     List<WorkingGroupHealthCount> healthByWorkingGroup) {
        this(filter, keyFigures, bySectorAndStatus, byCountry, byPeriodAndSector, healthByWorkingGroup, List.of());
    }
}
