package org.coopera.workinggroup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a user types to create or change a working group. */
public record WorkingGroupDraft(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[A-Za-z0-9-]{2,20}", message = "{working-group.acronym.pattern}") String acronym,
        @NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.too-long}") String nameFr,
        @NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.too-long}") String nameEn,
        @NotNull(message = "{validation.required}") Long jurisdictionId,
        @PastOrPresent(message = "{validation.date.future}") LocalDate foundedOn,
        @Size(max = 10000, message = "{validation.too-long}") String mandate,
        @Size(max = 255, message = "{validation.too-long}") String cadence,
        boolean active) {
}
