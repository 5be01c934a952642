package org.coopera.policy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What a user types to create or change a measure. */
public record MeasureDraft(
        @NotNull(message = "{validation.required}") Long objectiveId,
        @NotBlank(message = "{validation.required}") @Size(max = 30, message = "{validation.too-long}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}") String titleFr,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}") String titleEn,
        Long leadOrganisationId,
        Set<Long> partnerOrganisationIds,
        @Size(max = 10000, message = "{validation.too-long}") String description,
        @Size(max = 10000, message = "{validation.too-long}") String expectedResult,
        @NotNull(message = "{validation.required}") MeasureStatus status) {
}
