package org.coopera.dashboard;

import java.math.BigDecimal;
import java.util.Map;
import org.coopera.program.ProjectStatus;

/**
 * The dashboard's key figures for a filter.
 *
 * @param activePrograms   programmes adopted or in progress among those the filter's programme-level
 *                         fields (period, years, working group, country) select
 * @param projects         projects the filter selects
 * @param byStatus         those projects per status (every status present, zero when none)
 * @param atRisk           of them, at risk
 * @param offTrack         of them, off track
 * @param withoutUpdate    of them, under way (pipeline, implementation, finalisation) without an
 *                         approved status update within the reporting interval
 * @param budget           sum of the budgets stated (CAD)
 * @param projectsWithBudget how many of the projects state a budget
 */
public record KeyFigures(long activePrograms, long projects, Map<ProjectStatus, Long> byStatus, long atRisk,
                         long offTrack, long withoutUpdate, BigDecimal budget, long projectsWithBudget) {
}
