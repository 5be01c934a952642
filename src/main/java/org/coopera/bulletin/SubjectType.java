package org.coopera.bulletin;

/** What a bulletin can report on. */
public enum SubjectType {
    WORKING_GROUP, MEETING, PROGRAM, PROJECT, POLICY, ACTION_PLAN, MEASURE, PROGRESS_REPORT
}
