package org.coopera.dashboard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;

/**
 * The dashboard's counts regrouped into table rows, once for the screen, its exports and the API: one row
 * per sector axis (projects per status), per programme period (projects per sector axis) and per working
 * group (projects per health). Rows keep the order of the counts they are built from (the queries sort
 * them); a row's breakdown holds only what it counts (a missing status, axis or health is zero).
 *
 * @param bySector   one row per sector axis
 * @param periodAxes the sector axes the period rows count, in order of first appearance (the columns)
 * @param byPeriod   one row per programme period (by start year)
 * @param byGroup    one row per working group
 */
public record DashboardRows(List<SectorRow> bySector, List<SectorAxis> periodAxes, List<PeriodRow> byPeriod,
                            List<GroupRow> byGroup) {

    public DashboardRows {
        bySector = List.copyOf(bySector);
        periodAxes = List.copyOf(periodAxes);
        byPeriod = List.copyOf(byPeriod);
        byGroup = List.copyOf(byGroup);
    }

    /** A sector axis, as a column or a row names it. */
    public record SectorAxis(long id, String code, String nameFr, String nameEn) {

        public String name(Locale locale) {
            return english(locale) ? nameEn : nameFr;
        }
    }

    /** A sector axis's projects per status (statuses in their order). */
    public record SectorRow(SectorAxis sector, Map<ProjectStatus, Long> byStatus, long total) {

        public SectorRow {
            byStatus = unmodifiable(byStatus);
        }

        public long count(ProjectStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }
    }

    /** The projects of the programmes starting in a year, per sector axis (axes in order of first appearance). */
    public record PeriodRow(int startYear, String period, Map<Long, Long> bySector, long total) {

        public PeriodRow {
            bySector = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySector));
        }

        public long count(long sectorId) {
            return bySector.getOrDefault(sectorId, 0L);
        }
    }

    /** A working group's projects per health (healths in their order). */
    public record GroupRow(long workingGroupId, String acronym, Map<ProjectHealth, Long> byHealth, long total) {

        public GroupRow {
            byHealth = unmodifiable(byHealth);
        }

        public long count(ProjectHealth health) {
            return byHealth.getOrDefault(health, 0L);
        }
    }

    /** A Québec region's projects per status (statuses in their order); {@code code} null: no region stated. */
    public record RegionRow(String code, String nameFr, String nameEn, Map<ProjectStatus, Long> byStatus, long total) {

        public RegionRow {
            byStatus = unmodifiable(byStatus);
        }

        public long count(ProjectStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }

        public String name(Locale locale) {
            return english(locale) ? nameEn : nameFr;
        }
    }

    /** One row per Québec region, in the order the regions first appear, then the projects stating none. */
    public static List<RegionRow> regions(List<RegionStatusCount> counts) {
        Map<String, RegionStatusCount> regions = new LinkedHashMap<>();
        Map<String, Map<ProjectStatus, Long>> cells = new LinkedHashMap<>();
        for (RegionStatusCount c : counts) {
            String key = c.regionCode() == null ? "" : c.regionCode();
            regions.putIfAbsent(key, c);
            Map<ProjectStatus, Long> row = cells.computeIfAbsent(key, k -> new EnumMap<>(ProjectStatus.class));
            if (c.status() != null) {
                row.merge(c.status(), c.projects(), Long::sum);
            }
        }
        List<RegionRow> rows = new ArrayList<>();
        regions.forEach((key, c) -> rows.add(new RegionRow(c.regionCode(), c.nameFr(), c.nameEn(), cells.get(key),
                sum(cells.get(key)))));
        return List.copyOf(rows);
    }

    /** Every table of a dashboard. */
    public static DashboardRows of(Dashboard dashboard) {
        PeriodTable periods = periods(dashboard.byPeriodAndSector());
        return new DashboardRows(sectors(dashboard.bySectorAndStatus()), periods.axes(), periods.rows(),
                groups(dashboard.healthByWorkingGroup()));
    }

    /** One row per sector axis, in the order the axes first appear; counts of a same status add up. */
    public static List<SectorRow> sectors(List<SectorStatusCount> counts) {
        Map<Long, SectorAxis> axes = new LinkedHashMap<>();
        Map<Long, Map<ProjectStatus, Long>> cells = new LinkedHashMap<>();
        for (SectorStatusCount c : counts) {
            axes.putIfAbsent(c.sectorId(), new SectorAxis(c.sectorId(), c.sectorCode(), c.nameFr(), c.nameEn()));
            cells.computeIfAbsent(c.sectorId(), id -> new EnumMap<>(ProjectStatus.class))
                    .merge(c.status(), c.projects(), Long::sum);
        }
        List<SectorRow> rows = new ArrayList<>();
        axes.forEach((id, axis) -> rows.add(new SectorRow(axis, cells.get(id), sum(cells.get(id)))));
        return List.copyOf(rows);
    }

    /** The period table: its axes (columns) and one row per start year, in the order they first appear. */
    public record PeriodTable(List<SectorAxis> axes, List<PeriodRow> rows) {
    }

    /** One row per programme start year, a column per sector axis; counts of a same cell add up. */
    public static PeriodTable periods(List<PeriodSectorCount> counts) {
        Map<Long, SectorAxis> axes = new LinkedHashMap<>();
        Map<Integer, String> periods = new LinkedHashMap<>();
        Map<Integer, Map<Long, Long>> cells = new LinkedHashMap<>();
        for (PeriodSectorCount c : counts) {
            axes.putIfAbsent(c.sectorId(), new SectorAxis(c.sectorId(), c.sectorCode(), c.nameFr(), c.nameEn()));
            periods.putIfAbsent(c.startYear(), c.period());
            cells.computeIfAbsent(c.startYear(), start -> new LinkedHashMap<>())
                    .merge(c.sectorId(), c.projects(), Long::sum);
        }
        List<PeriodRow> rows = new ArrayList<>();
        periods.forEach((start, period) -> rows.add(new PeriodRow(start, period, cells.get(start),
                sum(cells.get(start)))));
        return new PeriodTable(List.copyOf(axes.values()), List.copyOf(rows));
    }

    /** One row per working group, in the order the groups first appear; counts of a same health add up. */
    public static List<GroupRow> groups(List<WorkingGroupHealthCount> counts) {
        Map<Long, String> acronyms = new LinkedHashMap<>();
        Map<Long, Map<ProjectHealth, Long>> cells = new LinkedHashMap<>();
        for (WorkingGroupHealthCount c : counts) {
            acronyms.putIfAbsent(c.workingGroupId(), c.acronym());
            cells.computeIfAbsent(c.workingGroupId(), id -> new EnumMap<>(ProjectHealth.class))
                    .merge(c.health(), c.projects(), Long::sum);
        }
        List<GroupRow> rows = new ArrayList<>();
        acronyms.forEach((id, acronym) -> rows.add(new GroupRow(id, acronym, cells.get(id), sum(cells.get(id)))));
        return List.copyOf(rows);
    }

    private static long sum(Map<?, Long> cells) {
        return cells.values().stream().mapToLong(Long::longValue).sum();
    }

    private static <K extends Enum<K>> Map<K, Long> unmodifiable(Map<K, Long> cells) {
        return java.util.Collections.unmodifiableMap(cells.isEmpty() ? Map.of() : new EnumMap<>(cells));
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
