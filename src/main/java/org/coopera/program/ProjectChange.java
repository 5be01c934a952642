package org.coopera.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * One project to create ({@code projectId} null) or to change, as a batch (a spreadsheet import)
 * applies it. The draft holds every value the project will have; the project it continues
 * ({@code carriedOverFromId}) is left as it is.
 *
 * @param expectedVersion the version the change was prepared from (optimistic locking); ignored on creation
 */
public record ProjectChange(Long projectId, long expectedVersion, long programId,
                            @NotNull @Valid ProjectDraft draft) {
}
