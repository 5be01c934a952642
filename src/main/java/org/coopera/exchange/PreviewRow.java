package org.coopera.exchange;

import java.util.List;

/**
 * A valid row: the project it creates or changes and, field by field, what changes (for a new
 * project: every value given).
 *
 * @param projectId null for a project to create
 * @param program   the programme as the file names it ("GTQM 2013-2015")
 */
public record PreviewRow(int row, ImportAction action, String code, String program, Long projectId,
                         List<FieldChange> changes) {
}
