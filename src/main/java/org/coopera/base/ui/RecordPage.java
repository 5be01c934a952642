package org.coopera.base.ui;

/**
 * The record pages that other features add sections and actions to (see {@link RecordSection}).
 * A page names itself here so that the feature contributing to it need not import the page.
 */
public enum RecordPage {
    WORKING_GROUP,
    /** One meeting, shown inside its working group's page. */
    MEETING,
    PROGRAM,
    PROJECT,
    POLICY,
    MEASURE,
    ACTION_PLAN,
    /** The list of all projects (not a record: its actions are asked for with the id 0). */
    PROJECT_LIST,
    PROGRESS_REPORT
}
