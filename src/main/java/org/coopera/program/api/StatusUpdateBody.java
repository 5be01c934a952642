package org.coopera.program.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.StatusUpdateDraft;

/**
 * The body of a status update (create or change): the update form's fields, and whether to submit
 * it for review now (otherwise it stays a draft).
 */
public record StatusUpdateBody(LocalDate date, ProjectStatus status, ProjectHealth health,
                               @NotNull(message = "{validation.required}") Integer progressPercent, String narrative,
                               String nextSteps, String changeReason, boolean submit) {

    StatusUpdateDraft draft() {
        return new StatusUpdateDraft(date, status, health, progressPercent, narrative, nextSteps, changeReason);
    }
}
