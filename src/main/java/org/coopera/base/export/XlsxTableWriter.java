package org.coopera.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumns;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Writes {@link TableExport}s as an XLSX workbook with Apache POI's streaming SXSSF (a bounded number of
 * rows in memory, the rest in a temporary file removed on close): one sheet per table, named from its title
 * (in the reader's language), the title (bold) and the filter lines at the top, a blank row, the headers
 * (bold, frozen, printed on every page), then the rows: numbers as numbers, dates as dates (the short date
 * of the reader's locale), text as text (never evaluated as a formula). No cell is merged.
 *
 * <p>The headers and rows form an Excel table ("Table1", "Table2"… one per sheet, with its header row and
 * filter buttons): the header row is marked as such in the file, so a screen reader announces each cell
 * with its column's header. Header texts are made unique (Excel requires it) by a number: "Total", "Total 2".
 */
public final class XlsxTableWriter {

    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_COLUMN_WIDTH = 60 * 256;

    private XlsxTableWriter() {
    }

    public static void write(List<TableExport> tables, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) BuiltinFormats.getBuiltinFormat("m/d/yy"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Set<String> sheetNames = new HashSet<>();
            int tableCount = 0;
            for (TableExport table : tables) {
                SXSSFSheet sheet = workbook.createSheet(sheetName(table.title(), sheetNames));
                int[] widths = new int[table.headers().size()];
                int r = 0;
                Cell title = sheet.createRow(r++).createCell(0);
                title.setCellValue(table.title());
                title.setCellStyle(bold);
                for (String line : table.filterLines()) {
                    sheet.createRow(r++).createCell(0).setCellValue(line);
                }
                r++;
                int headerRow = r;
                Row header = sheet.createRow(r++);
                List<String> headers = uniqueHeaders(table.headers());
                for (int c = 0; c < headers.size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(headers.get(c));
                    cell.setCellStyle(bold);
                    widths[c] = headers.get(c).length() + 1;  // bold
                }
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        set(row, c, values.get(c), date, dateTime);
                        if (c < widths.length) {
                            widths[c] = Math.max(widths[c], shownLength(values.get(c)));
                        }
                    }
                }
                if (!table.headers().isEmpty()) {
                    sheet.createFreezePane(0, headerRow + 1);
                    sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
                    // an Excel table needs a data row: an empty one when there is no row
                    int lastRow = Math.max(headerRow + 1, r - 1);
                    markAsTable(workbook.getXSSFWorkbook().getSheet(sheet.getSheetName()), ++tableCount,
                            new AreaReference(new CellReference(headerRow, 0),
                                    new CellReference(lastRow, headers.size() - 1), SpreadsheetVersion.EXCEL2007),
                            headers);
                    for (int c = 0; c < widths.length; c++) {
                        sheet.setColumnWidth(c, Math.min((widths[c] + 2) * 256, MAX_COLUMN_WIDTH));
                    }
                }
            }
            workbook.write(out);
        }
    }

    /**
     * Declares the header row and the rows under it as an Excel table with its header row and filter
     * buttons. SXSSF keeps the rows out of the {@link XSSFSheet}, so the column names are set here
     * (they must equal the header cells).
     */
    private static void markAsTable(XSSFSheet sheet, int number, AreaReference area, List<String> headers) {
        XSSFTable table = sheet.createTable(area);
        table.setName("Table" + number);
        table.setDisplayName("Table" + number);
        CTTable ct = table.getCTTable();
        ct.setHeaderRowCount(1);
        ct.setTotalsRowShown(false);
        ct.addNewAutoFilter().setRef(area.formatAsString());
        CTTableColumns columns = ct.getTableColumns();
        for (int c = 0; c < headers.size(); c++) {
            CTTableColumn column = columns.getTableColumnArray(c);
            column.setId(c + 1);
            column.setName(headers.get(c));
        }
        CTTableStyleInfo style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName("TableStyleLight1");
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
    }

    /** The headers on one line, blank ones named "Column 3" and repeated ones numbered ("Total", "Total 2"). */
    static List<String> uniqueHeaders(List<String> headers) {
        List<String> unique = new ArrayList<>(headers.size());
        Set<String> taken = new HashSet<>();
        for (int c = 0; c < headers.size(); c++) {
            // a line break in a column name does not survive the table's XML: a space instead
            String base = headers.get(c) == null || headers.get(c).isBlank() ? "Column " + (c + 1)
                    : headers.get(c).strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                name = base + " " + n;
            }
            unique.add(name);
        }
        return unique;
    }

    /**
     * About how many characters a value shows, for its column's width: counted while the rows are
     * written (POI's auto-size measures every cell with the font instead, which took 30 s of a
     * 100,000-row export).
     */
    private static int shownLength(Object value) {
        return switch (value) {
            case null -> 0;
            case String s -> s.indexOf('\n') < 0 ? s.length() : s.lines().mapToInt(String::length).max().orElse(0);
            case BigDecimal b -> b.toPlainString().length() + 2;
            case LocalDate d -> 10;
            case LocalDateTime t -> 16;
            default -> String.valueOf(value).length();
        };
    }

    private static void set(Row row, int column, Object value, CellStyle date, CellStyle dateTime) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        switch (value) {
            case String s -> cell.setCellValue(s);
            case BigDecimal b -> cell.setCellValue(b.doubleValue());
            case Number n -> cell.setCellValue(n.doubleValue());
            case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            }
            case LocalDateTime t -> {
                cell.setCellValue(t);
                cell.setCellStyle(dateTime);
            }
            case Boolean b -> cell.setCellValue(b);
            default -> throw new IllegalArgumentException("unsupported cell " + value.getClass());
        }
    }

    /** A valid sheet name (at most 31 characters, no [ ] : * ? / \), unique in the workbook. */
    static String sheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title == null || title.isBlank() ? "Export" : title, '-');
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
