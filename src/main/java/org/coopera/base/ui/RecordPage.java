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
    PROGRESS_REPORT
}
