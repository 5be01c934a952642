package org.coopera.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The formats a {@link TableExport} is written to, with their media type and file name. */
public enum ExportFormat {

    /** UTF-8 with a byte order mark (so Excel reads accents), separator by locale, see {@link CsvTableWriter}. */
    CSV("csv", "text/csv;charset=UTF-8"),
    /** Office Open XML workbook, one sheet per table, see {@link XlsxTableWriter}. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final Pattern UNSAFE_IN_NAME = Pattern.compile("[^\\p{L}\\p{N}._-]+");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Writes the tables (XLSX: one sheet each; CSV: one after another, a blank line between). */
    public void write(List<TableExport> tables, Locale locale, OutputStream out) {
        try {
            switch (this) {
                case CSV -> CsvTableWriter.write(tables, locale, out);
                case XLSX -> XlsxTableWriter.write(tables, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(TableExport table, Locale locale, OutputStream out) {
        write(List.of(table), locale, out);
    }

    public byte[] toBytes(List<TableExport> tables, Locale locale) {
        var out = new java.io.ByteArrayOutputStream();
        write(tables, locale, out);
        return out.toByteArray();
    }

    /**
     * A file name from a base name and the date, e.g. {@code tableau-de-bord-par-secteur-2026-11-24.xlsx}: spaces
     * and characters that are unsafe in a file name become hyphens, letters with accents stay.
     */
    public String fileName(String baseName, LocalDate date) {
        String safe = UNSAFE_IN_NAME.matcher(baseName.strip().toLowerCase(Locale.ROOT)).replaceAll("-")
                .replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (safe.isEmpty()) {
            safe = "export";
        }
        return safe + "-" + date + "." + extension;
    }
}
