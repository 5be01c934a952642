package org.coopera.exchange;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.coopera.base.files.FileTypes;

/**
 * Reads the first sheet of an XLSX workbook (as a stream, row by row, never the whole workbook in
 * memory) or a CSV file, and stops with a clear refusal at the first sign that the file cannot be
 * imported: not a workbook or a text file by its content, damaged, in an encoding other than UTF-8
 * or UTF-16 with a byte-order mark, or holding more data rows than allowed (checked while reading:
 * a 100,000-row file is refused after {@code maxRows + 1} rows).
 */
final class SheetReader {

    static final String XLSX = "XLSX";
    static final String CSV = "CSV";

    private static final int MAX_COLUMNS = 100;
    private static final int MAX_CELL = 32_767;

    /**
     * Zip-bomb guards, POI's own (they hold for every workbook POI opens in this server): an entry
     * that inflates more than 100 times its compressed size, or past {@value #MAX_ENTRY_SIZE} bytes,
     * stops the reading at once. A sheet of 20,000 rows (the most an import accepts) of ordinary
     * projects is about 10 MB of sheet XML and 6 MB of shared strings, well within it.
     */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_SIZE = 32L * 1024 * 1024;
    static final long MAX_TEXT_SIZE = 64L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
    }

    private SheetReader() {
    }

    /**
     * @param progress told the number of data rows read so far, every 500 rows
     */
    static ImportSheet read(String fileName, byte[] content, int maxRows, IntConsumer progress) {
        if (content == null || content.length == 0) {
            throw new ImportRefusedException("exchange.import.file.empty");
        }
        String type = FileTypes.detect(content, fileName == null ? "" : fileName);
        if (FileTypes.XLSX.equals(type)) {
            return readXlsx(content, maxRows, progress);
        }
        if (hasUtf16Bom(content) || type.startsWith("text/")) {
            return readCsv(content, maxRows, progress);
        }
        if ("application/vnd.ms-excel".equals(type) || "application/x-tika-msoffice".equals(type)) {
            throw new ImportRefusedException("exchange.import.file.xls");
        }
        if (looksLikeUtf16WithoutBom(content)) {
            throw new ImportRefusedException("exchange.import.encoding.utf16-no-bom");
        }
        throw new ImportRefusedException("exchange.import.file.type", type);
    }

    // ---- XLSX -----------------------------------------------------------------------------------

    private static ImportSheet readXlsx(byte[] content, int maxRows, IntConsumer progress) {
        try (Workbook workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(8192)
                .setReadComments(false).setReadHyperlinks(false).open(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportRefusedException("exchange.import.file.no-header");
            }
            List<String> header = null;
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<SheetCell> cells = new ArrayList<>();
                for (Cell cell : row) {
                    int column = cell.getColumnIndex();
                    if (column >= MAX_COLUMNS) {
                        if (cellOf(cell).blank()) {
                            continue;
                        }
                        throw new ImportRefusedException("exchange.import.file.too-many-columns", MAX_COLUMNS);
                    }
                    while (cells.size() < column) {
                        cells.add(SheetCell.BLANK);
                    }
                    cells.add(cellOf(cell));
                }
                var sheetRow = new SheetRow(row.getRowNum() + 1, cells);
                if (sheetRow.blank()) {
                    continue;
                }
                if (header == null) {
                    header = cells.stream().map(SheetCell::text).toList();
                    continue;
                }
                add(rows, sheetRow, maxRows, progress);
            }
            if (header == null) {
                throw new ImportRefusedException("exchange.import.file.no-header");
            }
            return new ImportSheet(XLSX, null, header, rows);
        } catch (ImportRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new ImportRefusedException("exchange.import.file.bomb", MAX_ENTRY_SIZE / (1024 * 1024));
            }
            // damaged ZIP or XML, an encrypted workbook...
            throw new ImportRefusedException("exchange.import.file.corrupt");
        }
    }

    /** Whether POI's zip-bomb guard stopped the reading (its exception may come wrapped, or suppressed). */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isZipBomb(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static SheetCell cellOf(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            return new SheetCell(cell.getCellFormula(), true);
        }
        String text = switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case STRING -> cell.getStringCellValue();
            default -> "";
        };
        return new SheetCell(clean(text), false);
    }

    // ---- CSV ------------------------------------------------------------------------------------

    private static ImportSheet readCsv(byte[] content, int maxRows, IntConsumer progress) {
        Decoded decoded = decode(content);
        char delimiter = delimiter(decoded.text());
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(false).get();
        List<String> header = null;
        List<SheetRow> rows = new ArrayList<>();
        try (Reader reader = new StringReader(decoded.text()); CSVParser parser = CSVParser.parse(reader, format)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                if (record.size() > MAX_COLUMNS) {
                    throw new ImportRefusedException("exchange.import.file.too-many-columns", MAX_COLUMNS);
                }
                List<SheetCell> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    String text = clean(value);
                    // a cell that a spreadsheet program would run as a formula
                    cells.add(new SheetCell(text, text.startsWith("=")));
                }
                var row = new SheetRow(number, cells);
                if (row.blank()) {
                    continue;
                }
                if (header == null) {
                    header = cells.stream().map(SheetCell::text).toList();
                    continue;
                }
                add(rows, row, maxRows, progress);
            }
        } catch (ImportRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // an unclosed quote, a character after a closing quote...
            throw new ImportRefusedException("exchange.import.csv.malformed");
        }
        if (header == null) {
            throw new ImportRefusedException("exchange.import.file.no-header");
        }
        return new ImportSheet(CSV, decoded.encoding(), header, rows);
    }

    private record Decoded(String text, String encoding) {
    }

    /**
     * UTF-8 (with or without byte-order mark) and UTF-16 with a byte-order mark are read; anything
     * else is refused, naming the line of the first byte that is not UTF-8 (usually a file saved
     * as "CSV" in Windows-1252 by a spreadsheet program), rather than guessed.
     */
    private static Decoded decode(byte[] content) {
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return strict(content, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return strict(content, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        if (looksLikeUtf16WithoutBom(content)) {
            throw new ImportRefusedException("exchange.import.encoding.utf16-no-bom");
        }
        boolean bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        try {
            String text = decoder.decode(in).toString();
            if (text.indexOf('\0') >= 0) {
                throw new ImportRefusedException("exchange.import.file.type", "application/octet-stream");
            }
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException e) {
            throw new ImportRefusedException("exchange.import.encoding.not-utf8", lineOf(content, firstInvalid(content, start)));
        }
    }

    private static Decoded strict(byte[] content, int start, java.nio.charset.Charset charset, String name) {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
            return new Decoded(text, name);
        } catch (CharacterCodingException e) {
            throw new ImportRefusedException("exchange.import.encoding.bad-utf16", name);
        }
    }

    private static boolean hasUtf16Bom(byte[] c) {
        return c.length >= 2 && (((c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xFE)
                || ((c[0] & 0xFF) == 0xFE && (c[1] & 0xFF) == 0xFF));
    }

    /** Many zero bytes at every other position: UTF-16 text without its byte-order mark. */
    private static boolean looksLikeUtf16WithoutBom(byte[] c) {
        int sample = Math.min(c.length, 4096);
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i++) {
            if (c[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int half = sample / 2;
        return half > 0 && (evenZeros > half * 0.6 || oddZeros > half * 0.6);
    }

    private static int firstInvalid(byte[] content, int start) {
        int i = start;
        while (i < content.length) {
            int b = content[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
                    : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > content.length) {
                return i;
            }
            for (int k = 1; k < length; k++) {
                if ((content[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += length;
        }
        return content.length - 1;
    }

    private static int lineOf(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The separator of the header line: semicolon (French spreadsheet programs), comma or tab. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(ch -> ch == ';').count();
        long commas = first.chars().filter(ch -> ch == ',').count();
        long tabs = first.chars().filter(ch -> ch == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    // ---- both -----------------------------------------------------------------------------------

    private static void add(List<SheetRow> rows, SheetRow row, int maxRows, IntConsumer progress) {
        if (rows.size() >= maxRows) {
            throw new ImportRefusedException("exchange.import.file.too-many-rows", maxRows);
        }
        rows.add(row);
        if (rows.size() % 500 == 0) {
            progress.accept(rows.size());
        }
    }

    private static String clean(String value) {
        if (value == null) {
            return "";
        }
        String text = value.replaceAll("^[\\s\u00A0\u202F]+|[\\s\u00A0\u202F]+$", "");
        if (text.length() > MAX_CELL) {
            throw new ImportRefusedException("exchange.import.file.cell-too-long", MAX_CELL);
        }
        return text;
    }
}
