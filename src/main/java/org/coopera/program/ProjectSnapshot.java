package org.coopera.program;

/**
 * A project as a spreadsheet import compares it: its detail and whether its status and health now
 * come from approved status updates (then only a new approved update changes them).
 */
public record ProjectSnapshot(ProjectDetail detail, boolean statusFromUpdates) {
}
