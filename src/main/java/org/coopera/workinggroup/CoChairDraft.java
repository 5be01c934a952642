package org.coopera.workinggroup;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a user types to add a co-chair to a working group. */
public record CoChairDraft(
        @NotNull(message = "{validation.required}") CoChairSide side,
        @NotNull(message = "{validation.required}") Long personId,
        @Size(max = 255, message = "{validation.too-long}") String title,
        Long organisationId,
        LocalDate fromDate,
        LocalDate toDate) {
}
