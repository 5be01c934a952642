package org.coopera.program;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A project in an officer's "Mes projets" list.
 *
 * @param lastApprovedUpdate date of its latest approved update, null if none
 * @param overdue            under way and no approved update within the reporting interval
 * @param pending            its updates not approved yet (drafts, submitted, returned)
 * @param mayLog             the user may log updates for it (officer of its working group, manager, administrator)
 */
public record FollowedProject(
        long projectId, String code, String titleFr, String titleEn, long workingGroupId, String workingGroupAcronym,
        String programPeriod, ProjectStatus status, ProjectHealth health, LocalDate lastApprovedUpdate,
        boolean overdue, int pending, boolean explicitlyFollowed, boolean mayLog) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleFr;
    }
}
