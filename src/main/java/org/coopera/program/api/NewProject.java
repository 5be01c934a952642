package org.coopera.program.api;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.coopera.program.ProjectDraft;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;

/** The body of {@code POST /api/v1/projects}: the programme and the project's fields (checked as on the screen). */
public record NewProject(@NotNull(message = "{validation.required}") Long programId, String code, String titleFr,
                         String titleEn, Long sectorId, Long leadOrgQuebecId, Long leadOrgPartnerId,
                         Set<Long> partnerIds, LocalDate startDate, LocalDate endDate, BigDecimal budget,
                         ProjectStatus status, ProjectHealth health, Set<Theme> themes, String description,
                         Long carriedOverFromId, Set<String> regionCodes) {

    ProjectDraft draft() {
        return new ProjectDraft(code, titleFr, titleEn, sectorId, leadOrgQuebecId, leadOrgPartnerId, partnerIds,
                startDate, endDate, budget, status, health, themes, description, carriedOverFromId, regionCodes);
    }
}
