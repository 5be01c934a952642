package org.coopera.program;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/** A submitted update waiting in the review queue, with the project's current status and health beside it. */
public record ReviewItem(
        long updateId, long projectId, String projectCode, String titleFr, String titleEn,
        long workingGroupId, String workingGroupAcronym, LocalDate date,
        ProjectStatus status, ProjectHealth health, ProjectStatus currentStatus, ProjectHealth currentHealth,
        int progressPercent, String author, String authorName, LocalDateTime submittedAt) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleFr;
    }
}
