package org.coopera.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What an officer types in the update form. The narrative is plain text: it is shown as text,
 * never interpreted as HTML.
 *
 * @param changeReason required when the status or the health differs from the project's current ones
 */
public record StatusUpdateDraft(
        @NotNull(message = "{validation.required}") LocalDate date,
        @NotNull(message = "{validation.required}") ProjectStatus status,
        @NotNull(message = "{validation.required}") ProjectHealth health,
        @Min(value = 0, message = "{update.progress.range}") @Max(value = 100, message = "{update.progress.range}") int progressPercent,
        @NotBlank(message = "{validation.required}") @Size(max = 20000, message = "{validation.too-long}") String narrative,
        @Size(max = 5000, message = "{validation.too-long}") String nextSteps,
        @Size(max = 5000, message = "{validation.too-long}") String changeReason) {
}
