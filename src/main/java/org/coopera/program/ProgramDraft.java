package org.coopera.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What a user types to create or change a biennial programme. */
public record ProgramDraft(
        @NotNull(message = "{validation.required}") Long workingGroupId,
        @NotNull(message = "{validation.required}") @Min(value = 1960, message = "{program.year.range}")
        @Max(value = 2100, message = "{program.year.range}") Integer startYear,
        @NotNull(message = "{validation.required}") @Min(value = 1960, message = "{program.year.range}")
        @Max(value = 2100, message = "{program.year.range}") Integer endYear,
        Long adoptedAtMeetingId,
        @Size(max = 10000, message = "{validation.too-long}") String priorities,
        @NotNull(message = "{validation.required}") ProgramStatus status,
        Set<Theme> themes) {
}
