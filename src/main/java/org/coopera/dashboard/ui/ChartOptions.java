package org.coopera.dashboard.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.coopera.dashboard.CountryCount;
import org.coopera.dashboard.DashboardRows.GroupRow;
import org.coopera.dashboard.DashboardRows.PeriodRow;
import org.coopera.dashboard.DashboardRows.SectorAxis;
import org.coopera.dashboard.DashboardRows.SectorRow;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.reference.CountryRef;
import tools.jackson.databind.ObjectMapper;

/** ECharts options (JSON) of the dashboard's charts; each data item's id says what a click drills down to. */
final class ChartOptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Health colours from Okabe & Ito's colour-blind-safe palette (the bars also carry patterns). */
    static final Map<ProjectHealth, String> HEALTH_COLOURS = Map.of(ProjectHealth.ON_TRACK, "#009E73",
            ProjectHealth.AT_RISK, "#E69F00", ProjectHealth.OFF_TRACK, "#D55E00");

    /** The map's scale: light to dark blue, readable by lightness alone. */
    static final List<String> MAP_SCALE = List.of("#DCEAF7", "#6BAED6", "#08306B");

    private ChartOptions() {
    }

    /** Horizontal bars per sector axis, stacked by status; item ids "sector:ID:STATUS". */
    static String sectorsByStatus(List<SectorRow> rows, Locale locale, Function<String, String> translate) {
        List<Object> series = new ArrayList<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            List<Object> data = new ArrayList<>();
            for (SectorRow row : rows) {
                data.add(Map.of("value", row.count(status), "id", "sector:" + row.sector().id() + ":" + status.name()));
            }
            series.add(Map.of("type", "bar", "stack", "status", "id", status.name(),
                    "name", translate.apply("project.status." + status.name()), "data", data));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("containLabel", true, "left", 8, "right", 24, "top", 48, "bottom", 8));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        option.put("yAxis", Map.of("type", "category", "inverse", true,
                "data", rows.stream().map(row -> row.sector().name(locale)).toList()));
        option.put("series", series);
        return JSON.writeValueAsString(option);
    }

    /** Bars per partner country, most first; item ids "country:CODE". */
    static String countries(List<CountryCount> counts, Locale locale, String projectsLabel) {
        List<Object> data = counts.stream().<Object>map(c -> Map.of("value", c.projects(),
                "id", "country:" + c.countryCode())).toList();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("containLabel", true, "left", 8, "right", 24, "top", 16, "bottom", 8));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        option.put("yAxis", Map.of("type", "category", "inverse", true,
                "data", counts.stream().map(c -> c.name(locale)).toList()));
        option.put("series", List.of(Map.of("type", "bar", "id", "countries", "name", projectsLabel, "data", data)));
        return JSON.writeValueAsString(option);
    }

    /**
     * Evolution over programme periods: one stacked bar per period, a segment per sector axis; item ids
     * "period:START:sector:ID".
     */
    static String periodsBySector(List<PeriodRow> rows, List<SectorAxis> axes, Locale locale) {
        List<Object> series = new ArrayList<>();
        for (SectorAxis axis : axes) {
            List<Object> data = new ArrayList<>();
            rows.forEach(row -> data.add(Map.of("value", row.count(axis.id()),
                    "id", "period:" + row.startYear() + ":sector:" + axis.id())));
            series.add(Map.of("type", "bar", "stack", "sector", "id", "sector-" + axis.id(), "name", axis.name(locale),
                    "data", data));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0, "type", "scroll"));
        option.put("grid", Map.of("containLabel", true, "left", 8, "right", 24, "top", 48, "bottom", 8));
        option.put("xAxis", Map.of("type", "category", "data", rows.stream().map(PeriodRow::period).toList()));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        option.put("series", series);
        return JSON.writeValueAsString(option);
    }

    /** Health by working group: a horizontal bar per group, stacked by health; item ids "group:ID:HEALTH". */
    static String healthByGroup(List<GroupRow> rows, Function<String, String> translate) {
        List<Object> series = new ArrayList<>();
        for (ProjectHealth health : ProjectHealth.values()) {
            List<Object> data = new ArrayList<>();
            for (GroupRow row : rows) {
                data.add(Map.of("value", row.count(health),
                        "id", "group:" + row.workingGroupId() + ":" + health.name()));
            }
            series.add(Map.of("type", "bar", "stack", "health", "id", health.name(),
                    "name", translate.apply("project.health." + health.name()),
                    "itemStyle", Map.of("color", HEALTH_COLOURS.get(health)), "data", data));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("containLabel", true, "left", 8, "right", 24, "top", 48, "bottom", 8));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        option.put("yAxis", Map.of("type", "category", "inverse", true,
                "data", rows.stream().map(GroupRow::acronym).toList()));
        option.put("series", series);
        return JSON.writeValueAsString(option);
    }

    /**
     * A world map coloured by projects per partner country (the element names each region by its alpha-2
     * code; {@code nameMap} gives the names in the user's language); item ids "country:CODE".
     */
    static String worldMap(List<CountryCount> counts, List<CountryRef> allCountries, Locale locale,
                           String projectsLabel) {
        Map<String, String> names = new LinkedHashMap<>();
        allCountries.forEach(c -> names.put(c.code(), c.name(locale)));
        counts.forEach(c -> names.putIfAbsent(c.countryCode(), c.name(locale)));
        List<Object> data = counts.stream().<Object>map(c -> Map.of("name", names.get(c.countryCode()),
                "value", c.projects(), "id", "country:" + c.countryCode())).toList();
        long max = counts.stream().mapToLong(CountryCount::projects).max().orElse(0);
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("visualMap", Map.of("type", "continuous", "min", 0, "max", Math.max(1, max), "left", 8,
                "bottom", 8, "calculable", false, "inRange", Map.of("color", MAP_SCALE), "seriesIndex", 0));
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "map");
        series.put("map", "world");
        series.put("id", "world");
        series.put("name", projectsLabel);
        series.put("roam", false);
        series.put("nameMap", names);
        series.put("itemStyle", Map.of("areaColor", "#F2F2F2", "borderColor", "#8C8C8C", "borderWidth", 0.5));
        series.put("emphasis", Map.of("label", Map.of("show", false),
                "itemStyle", Map.of("areaColor", "#E69F00")));
        series.put("select", Map.of("disabled", true));
        series.put("data", data);
        option.put("series", List.of(series));
        return JSON.writeValueAsString(option);
    }
}
