package org.coopera.dashboard.api;

import java.util.List;
import java.util.Map;
import org.coopera.dashboard.DashboardFilter;
import org.coopera.dashboard.KeyFigures;

/**
 * The dashboard's figures for a filter, grouped.
 *
 * @param groupBy sector, country, status, working-group or region
 * @param groups  one entry per group, most projects first (statuses in their order)
 */
public record DashboardSummary(String groupBy, DashboardFilter filter, KeyFigures keyFigures, List<Group> groups) {

    public DashboardSummary {
        groups = List.copyOf(groups);
    }

    /**
     * @param key       the sector's code (an axis), the country's ISO code, the status, the working group's acronym,
     *                  or the Québec region's code ("none": the projects stating no region)
     * @param id        the sector's or working group's id, null otherwise
     * @param breakdown projects per status (sector, region) or per health (working group); empty otherwise
     */
    public record Group(String key, Long id, String nameFr, String nameEn, long projects, Map<String, Long> breakdown) {
    }
}
