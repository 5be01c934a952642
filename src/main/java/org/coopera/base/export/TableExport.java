package org.coopera.base.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One table to export (CSV or XLSX, see {@link ExportFormat}): a title, lines stating what the figures
 * are filtered on (already localised, written above the table), the column headers and the rows.
 *
 * <p>Cells are typed: {@link String}, {@link Number} (integers, {@link BigDecimal}, doubles),
 * {@link LocalDate}, {@link LocalDateTime}, {@link Boolean} or {@code null} for an empty cell. XLSX keeps
 * numbers as numbers and dates as dates; CSV writes them in a form a spreadsheet reads back as such.
 * Every row has exactly as many cells as there are headers.
 */
public record TableExport(String title, List<String> filterLines, List<String> headers, List<List<Object>> rows) {

    public TableExport {
        Objects.requireNonNull(title, "title");
        filterLines = List.copyOf(filterLines);
        headers = List.copyOf(headers);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(
                        "row of " + row.size() + " cells for " + headers.size() + " headers: " + row);
            }
            for (Object cell : row) {
                if (cell != null && !isSupported(cell)) {
                    throw new IllegalArgumentException("unsupported cell type " + cell.getClass().getName());
                }
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }

    /** A row from its cells (a {@code null} cell is an empty one). */
    public static List<Object> row(Object... cells) {
        return Collections.unmodifiableList(new ArrayList<>(java.util.Arrays.asList(cells)));
    }

    private static boolean isSupported(Object cell) {
        return cell instanceof String || cell instanceof Number || cell instanceof LocalDate
                || cell instanceof LocalDateTime || cell instanceof Boolean;
    }
}
