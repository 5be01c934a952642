package org.coopera.program;

import java.util.Set;

/**
 * A project as its own page and editor show it: the list row plus what a list leaves out (lead
 * organisations by id, other partners, themes, description, the project it continues, the Québec regions,
 * whether the budget is the sum of the funding lines).
 */
public record ProjectDetail(ProjectRow row, Long leadOrgQuebecId, Long leadOrgPartnerId, Set<Long> partnerIds,
                            Set<Theme> themes, String description, Long carriedOverFromId,
                            Set<String> regionCodes, boolean budgetFromFunding) {

    /** A project whose budget is typed (no funding lines). */
    public ProjectDetail(ProjectRow row, Long leadOrgQuebecId, Long leadOrgPartnerId, Set<Long> partnerIds,
                         Set<Theme> themes, String description, Long carriedOverFromId, Set<String> regionCodes) {
        this(row, leadOrgQuebecId, leadOrgPartnerId, partnerIds, themes, description, carriedOverFromId, regionCodes,
                false);
    }

    public ProjectDetail {
        partnerIds = Set.copyOf(partnerIds);
        themes = Set.copyOf(themes);
        regionCodes = regionCodes == null ? Set.of() : Set.copyOf(regionCodes);
    }

    /** What the editor starts from: the stored values, unchanged. */
    public ProjectDraft toDraft() {
        return new ProjectDraft(row.code(), row.titleFr(), row.titleEn(), row.sectorId(), leadOrgQuebecId,
                leadOrgPartnerId, partnerIds, row.startDate(), row.endDate(), row.budget(), row.status(), row.health(),
                themes, description, carriedOverFromId, regionCodes);
    }
}
