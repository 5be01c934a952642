package org.coopera.program;

/** For managers: per working group, projects overdue for an update and updates waiting for review. */
public record WorkingGroupFollowUp(long workingGroupId, String acronym, long projectsUnderWay, long overdue,
                                   long awaitingReview) {
}
