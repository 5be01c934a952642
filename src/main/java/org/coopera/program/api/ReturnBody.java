package org.coopera.program.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/projects/{id}/status-updates/{updateId}/return}: why the update goes back. */
public record ReturnBody(@NotBlank(message = "{update.return.reason-required}")
                         @Size(max = 5000, message = "{validation.too-long}") String reason) {
}
