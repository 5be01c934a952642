package org.coopera.program.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.coopera.program.ProjectDetail;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;

/** A project as {@code GET /api/v1/projects/{id}} returns it: the list row and what only its page shows. */
public record ProjectResource(long id, long version, String code, String titleFr, String titleEn, long programId,
                              String programPeriod, long workingGroupId, String workingGroupAcronym,
                              String countryCode, long sectorId, String sectorCode, String axisCode,
                              ProjectStatus status, ProjectHealth health, Long leadOrgQuebecId, String leadQuebec,
                              Long leadOrgPartnerId, String leadPartner, Set<Long> partnerIds, LocalDate startDate,
                              LocalDate endDate, BigDecimal budget, Set<Theme> themes, String description,
                              Long carriedOverFromId, boolean illustrative, Set<String> regionCodes) {

    static ProjectResource of(ProjectDetail detail) {
        var row = detail.row();
        return new ProjectResource(row.id(), row.version(), row.code(), row.titleFr(), row.titleEn(), row.programId(),
                row.programPeriod(), row.workingGroupId(), row.workingGroupAcronym(), row.countryCode(),
                row.sectorId(), row.sectorCode(), row.axisCode(), row.status(), row.health(),
                detail.leadOrgQuebecId(), row.leadQuebec(), detail.leadOrgPartnerId(), row.leadPartner(),
                detail.partnerIds(), row.startDate(), row.endDate(), row.budget(), detail.themes(),
                detail.description(), detail.carriedOverFromId(), row.illustrative(),
                new java.util.TreeSet<>(detail.regionCodes()));
    }
}
