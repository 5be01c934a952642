package org.coopera.exchange;

import java.util.List;

/**
 * A file's table: its format ("XLSX" or "CSV"), the character encoding it was read in (CSV only),
 * the header row and the non-blank data rows.
 */
record ImportSheet(String format, String encoding, List<String> header, List<SheetRow> rows) {
}
