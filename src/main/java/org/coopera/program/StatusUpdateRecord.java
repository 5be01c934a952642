package org.coopera.program;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.coopera.base.files.StoredFileRef;

/** A status update as the project's timeline and the review queue show it. */
public record StatusUpdateRecord(
        long id, long version, long projectId, String projectCode, LocalDate date,
        ProjectStatus status, ProjectHealth health, int progressPercent,
        String narrative, String nextSteps, String changeReason,
        UpdateState state, String author, String authorName, LocalDateTime submittedAt,
        String reviewedBy, LocalDateTime reviewedAt, String reviewReason,
        List<StoredFileRef> files, List<UpdateStep> steps) {

    public StatusUpdateRecord {
        files = List.copyOf(files);
        steps = List.copyOf(steps);
    }

    public StatusUpdateDraft toDraft() {
        return new StatusUpdateDraft(date, status, health, progressPercent, narrative, nextSteps, changeReason);
    }
}
