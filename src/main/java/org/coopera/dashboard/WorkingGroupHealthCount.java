package org.coopera.dashboard;

import org.coopera.program.ProjectHealth;

/** Projects of a working group's programmes in a health. */
public record WorkingGroupHealthCount(long workingGroupId, String acronym, ProjectHealth health, long projects) {
}
