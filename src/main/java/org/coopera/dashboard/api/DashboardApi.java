package org.coopera.dashboard.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coopera.base.api.ApiProblemException;
import org.coopera.dashboard.CountryCount;
import org.coopera.dashboard.DashboardFilter;
import org.coopera.dashboard.DashboardRows;
import org.coopera.dashboard.DashboardService;
import org.coopera.dashboard.KeyFigures;
import org.coopera.dashboard.RegionStatusCount;
import org.coopera.dashboard.SectorStatusCount;
import org.coopera.dashboard.WorkingGroupHealthCount;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The managers' dashboard figures, for the same filters as the screen (managers, administrators). */
@RestController
@Tag(name = "dashboard")
class DashboardApi {

    private final DashboardService dashboards;

    DashboardApi(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/v1/dashboard/summary")
    @Operation(summary = "Key figures and project counts grouped by sector, country, status, working group or "
            + "Québec region",
            description = "period: the programme period starting that year (2013 for 2013-2015); from/to: programmes "
                    + "running in or after / starting in or before a year; withoutUpdate: only projects under way "
                    + "without an approved update within the reporting interval; groupBy=region: the 17 Québec "
                    + "administrative regions by code (a project in several regions counts in each), then key "
                    + "\"none\" for the projects stating no region")
    DashboardSummary summary(@RequestParam(defaultValue = "sector") String groupBy,
                             @RequestParam(required = false) Integer period,
                             @RequestParam(required = false) Integer from,
                             @RequestParam(required = false) Integer to,
                             @RequestParam(required = false) Long workingGroup,
                             @RequestParam(required = false) String country,
                             @RequestParam(required = false) Long sector,
                             @RequestParam(required = false) ProjectStatus status,
                             @RequestParam(required = false) ProjectHealth health,
                             @RequestParam(required = false) Theme theme,
                             @RequestParam(defaultValue = "false") boolean withoutUpdate) {
        var filter = new DashboardFilter(period, from, to, workingGroup,
                country == null || country.isBlank() ? null : country.trim().toUpperCase(), sector, status, health,
                theme, withoutUpdate);
        List<DashboardSummary.Group> groups = switch (groupBy) {
            case "sector" -> bySector(dashboards.bySectorAndStatus(filter));
            case "country" -> byCountry(dashboards.byCountry(filter));
            case "status" -> byStatus(dashboards.keyFigures(filter));
            case "working-group" -> byWorkingGroup(dashboards.healthByWorkingGroup(filter));
            case "region" -> byRegion(dashboards.byRegionAndStatus(filter));
            default -> throw new ApiProblemException(HttpStatus.BAD_REQUEST, "api.dashboard.group-by");
        };
        return new DashboardSummary(groupBy, filter, dashboards.keyFigures(filter), groups);
    }

    private static List<DashboardSummary.Group> bySector(List<SectorStatusCount> counts) {
        return mostFirst(DashboardRows.sectors(counts).stream().map(row -> new DashboardSummary.Group(
                row.sector().code(), row.sector().id(), row.sector().nameFr(), row.sector().nameEn(), row.total(),
                byName(row.byStatus()))));
    }

    private static List<DashboardSummary.Group> byCountry(List<CountryCount> counts) {
        return counts.stream().map(c -> new DashboardSummary.Group(c.countryCode(), null, c.nameFr(), c.nameEn(),
                c.projects(), Map.of())).toList();
    }

    private static List<DashboardSummary.Group> byStatus(KeyFigures figures) {
        List<DashboardSummary.Group> groups = new ArrayList<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            groups.add(new DashboardSummary.Group(status.name(), null, null, null,
                    figures.byStatus().getOrDefault(status, 0L), Map.of()));
        }
        return groups;
    }

    private static List<DashboardSummary.Group> byWorkingGroup(List<WorkingGroupHealthCount> counts) {
        return mostFirst(DashboardRows.groups(counts).stream().map(row -> new DashboardSummary.Group(row.acronym(),
                row.workingGroupId(), null, null, row.total(), byName(row.byHealth()))));
    }

    private static List<DashboardSummary.Group> byRegion(List<RegionStatusCount> counts) {
        return DashboardRows.regions(counts).stream().map(row -> new DashboardSummary.Group(
                row.code() == null ? "none" : row.code(), null, row.nameFr(), row.nameEn(), row.total(),
                byName(row.byStatus()))).toList();
    }

    /** A row's breakdown by constant name, in the constants' order (only those it counts). */
    private static <E extends Enum<E>> Map<String, Long> byName(Map<E, Long> cells) {
        Map<String, Long> breakdown = new LinkedHashMap<>();
        cells.forEach((constant, n) -> breakdown.put(constant.name(), n));
        return breakdown;
    }

    private static List<DashboardSummary.Group> mostFirst(Stream<DashboardSummary.Group> groups) {
        return groups.sorted(Comparator.comparingLong(DashboardSummary.Group::projects).reversed()
                .thenComparing(DashboardSummary.Group::key)).toList();
    }
}
