package org.coopera.program;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** What a user types to create or change a project. */
public record ProjectDraft(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[A-Za-z0-9._-]{1,30}", message = "{project.code.pattern}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}") String titleFr,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}") String titleEn,
        @NotNull(message = "{validation.required}") Long sectorId,
        Long leadOrgQuebecId,
        Long leadOrgPartnerId,
        Set<Long> partnerIds,
        LocalDate startDate,
        LocalDate endDate,
        @DecimalMin(value = "0", message = "{validation.not-negative}")
        @Digits(integer = 13, fraction = 2, message = "{project.budget.digits}") BigDecimal budget,
        @NotNull(message = "{validation.required}") ProjectStatus status,
        @NotNull(message = "{validation.required}") ProjectHealth health,
        Set<Theme> themes,
        @Size(max = 20000, message = "{validation.too-long}") String description,
        Long carriedOverFromId,
        /** Official codes ("01" to "17") of the Québec administrative regions where the project takes place. */
        Set<String> regionCodes) {

    public ProjectDraft {
        regionCodes = regionCodes == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(regionCodes));
    }

    /** A project without Québec regions. */
    public ProjectDraft(String code, String titleFr, String titleEn, Long sectorId, Long leadOrgQuebecId,
                        Long leadOrgPartnerId, Set<Long> partnerIds, LocalDate startDate, LocalDate endDate,
                        BigDecimal budget, ProjectStatus status, ProjectHealth health, Set<Theme> themes,
                        String description, Long carriedOverFromId) {
        this(code, titleFr, titleEn, sectorId, leadOrgQuebecId, leadOrgPartnerId, partnerIds, startDate, endDate,
                budget, status, health, themes, description, carriedOverFromId, Set.of());
    }

    /** The same draft with these Québec regions. */
    public ProjectDraft withRegionCodes(Set<String> codes) {
        return new ProjectDraft(code, titleFr, titleEn, sectorId, leadOrgQuebecId, leadOrgPartnerId, partnerIds,
                startDate, endDate, budget, status, health, themes, description, carriedOverFromId, codes);
    }
}
