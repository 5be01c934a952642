package org.coopera.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@link TableExport}s as CSV for spreadsheets: UTF-8 with a byte order mark (Excel otherwise reads
 * accents as Windows-1252), the title and filter lines first, a blank line, then headers and rows.
 *
 * <p>Where the locale writes decimals with a comma (French), the separator is a semicolon and decimals use
 * the comma, as Excel expects in that locale; otherwise a comma and a point. Dates are ISO (2026-11-24),
 * which spreadsheets read as dates in every locale.
 *
 * <p>Text cells that a spreadsheet would take for a formula (starting with {@code = + - @}, a tab or a
 * carriage return) get a leading apostrophe ("CSV injection"); numbers are typed and written as numbers.
 */
public final class CsvTableWriter {

    static final char BOM = '\uFEFF';
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CsvTableWriter() {
    }

    public static void write(List<TableExport> tables, Locale locale, OutputStream out) throws IOException {
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(decimal == ',' ? ';' : ',').get();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, format);
        boolean first = true;
        for (TableExport table : tables) {
            if (!first) {
                printer.println();
            }
            first = false;
            printer.printRecord(neutralise(table.title()));
            for (String line : table.filterLines()) {
                printer.printRecord(neutralise(line));
            }
            printer.println();
            printer.printRecord(table.headers().stream().map(CsvTableWriter::neutralise).toList());
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object cell : row) {
                    cells.add(text(cell, decimal));
                }
                printer.printRecord(cells);
            }
        }
        printer.flush();
    }

    static String text(Object cell, char decimal) {
        return switch (cell) {
            case null -> "";
            case String s -> neutralise(s);
            case BigDecimal b -> b.toPlainString().replace('.', decimal);
            case Double d -> plain(d, decimal);
            case Float f -> plain(f.doubleValue(), decimal);
            case Number n -> n.toString();
            case LocalDate d -> d.toString();
            case LocalDateTime t -> t.format(DATE_TIME);
            case Boolean b -> b.toString();
            default -> throw new IllegalArgumentException("unsupported cell " + cell.getClass());
        };
    }

    private static String plain(double value, char decimal) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', decimal);
    }

    /** Text a spreadsheet would evaluate as a formula gets a leading apostrophe, so it shows as typed. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
