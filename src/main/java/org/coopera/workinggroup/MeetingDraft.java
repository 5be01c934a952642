package org.coopera.workinggroup;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** What a user types to record a meeting; {@code chairIds} are co-chairs of the same working group. */
public record MeetingDraft(
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{meeting.number.positive}") Integer number,
        @NotNull(message = "{validation.required}") LocalDate date,
        @Size(max = 255, message = "{validation.too-long}") String place,
        Set<Long> chairIds,
        LocalDate minutesSignedOn,
        @Min(value = 0, message = "{validation.not-negative}") Integer workshopsHeld,
        @Size(max = 10000, message = "{validation.too-long}") String workshopsSummary,
        @Size(max = 10000, message = "{validation.too-long}") String decisions,
        @Size(max = 10000, message = "{validation.too-long}") String priorities) {
}
