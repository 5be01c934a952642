package org.coopera.dashboard.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.coopera.dashboard.CountryCount;
import org.coopera.program.ProjectStatus;
import tools.jackson.databind.ObjectMapper;

/** ECharts options (JSON) of the dashboard's charts; each data item's id says what a click drills down to. */
final class ChartOptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChartOptions() {
    }

    /** Horizontal bars per sector axis, stacked by status; item ids "sector:ID:STATUS". */
    static String sectorsByStatus(Map<Long, String> names, Map<Long, Map<ProjectStatus, Long>> cells,
                                  Function<String, String> translate) {
        List<Long> sectors = new ArrayList<>(names.keySet());
        List<Object> series = new ArrayList<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            List<Object> data = new ArrayList<>();
            for (Long sector : sectors) {
                data.add(Map.of("value", cells.getOrDefault(sector, Map.of()).getOrDefault(status, 0L),
                        "id", "sector:" + sector + ":" + status.name()));
            }
            series.add(Map.of("type", "bar", "stack", "status", "id", status.name(),
                    "name", translate.apply("project.status." + status.name()), "data", data));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("containLabel", true, "left", 8, "right", 24, "top", 48, "bottom", 8));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        option.put("yAxis", Map.of("type", "category", "inverse", true, "data", sectors.stream().map(names::get).toList()));
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
}
