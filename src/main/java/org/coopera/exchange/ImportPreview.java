package org.coopera.exchange;

import java.util.List;

/**
 * The result of reading an import file, before anything is written (the dry run): rows to create,
 * rows to change (field by field), unchanged rows, rows in error and organisations to create. Made
 * of plain records so that it reads well as JSON; {@link ProjectImportService#confirm} writes
 * {@link #plan()} when there is no error.
 *
 * @param format   "XLSX" or "CSV"
 * @param encoding the character encoding a CSV file was read in (UTF-8, UTF-16LE, UTF-16BE); null for XLSX
 * @param rowCount the data rows read (blank rows left out)
 */
public record ImportPreview(String fileName, String format, String encoding, int rowCount,
                            List<PreviewRow> creates, List<PreviewRow> updates, List<PreviewRow> unchanged,
                            List<RowError> errors, List<NewOrganisation> newOrganisations,
                            List<PlannedProject> plan) {

    public boolean valid() {
        return errors.isEmpty();
    }

    /** Rows with at least one error (a row may have several). */
    public long rowsInError() {
        return errors.stream().map(RowError::row).distinct().count();
    }
}
