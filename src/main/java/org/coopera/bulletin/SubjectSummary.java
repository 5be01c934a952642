package org.coopera.bulletin;

/**
 * A subject with a label to show ("GTQM", "GTQM — 14e réunion", "GTQM 2013-2015", a project code)
 * and the working group it belongs to, if any.
 */
public record SubjectSummary(BulletinSubject subject, String label, Long workingGroupId) {
}
