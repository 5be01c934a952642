package org.coopera.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading import files: formats by content, encodings, formulas, size limits, damaged files. */
class SheetReaderTest {

    private static final String HEADER = "Code;Programmation;Titre (français)\r\n";

    private static ImportSheet read(String name, byte[] content) {
        return SheetReader.read(name, content, 100, n -> { });
    }

    private static String key(Throwable e) {
        return ((ImportRefusedException) e).messageKey();
    }

    @Test
    void utf8CsvWithOrWithoutByteOrderMarkAndEitherSeparator() {
        ImportSheet semicolons = read("p.csv", ("\uFEFF" + HEADER + "P-1;GTQM 2013-2015;Réseau « été »\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(semicolons.format()).isEqualTo("CSV");
        assertThat(semicolons.encoding()).isEqualTo("UTF-8");
        assertThat(semicolons.header()).containsExactly("Code", "Programmation", "Titre (français)");
        assertThat(semicolons.rows()).hasSize(1);
        assertThat(semicolons.rows().getFirst().number()).isEqualTo(2);
        assertThat(semicolons.rows().getFirst().cell(2).text()).isEqualTo("Réseau « été »");

        ImportSheet commas = read("p.csv", "Code,Program\n\"P-2\",\"GTQM, 2013\"\n".getBytes(StandardCharsets.UTF_8));
        assertThat(commas.rows().getFirst().cell(1).text()).isEqualTo("GTQM, 2013");
    }

    @Test
    void utf16WithByteOrderMarkIsReadAndSaysSo() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] text = (HEADER + "P-1;GTQM 2013-2015;Éducation\r\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] content = concat(bom, text);

        ImportSheet sheet = read("p.csv", content);

        assertThat(sheet.encoding()).isEqualTo("UTF-16LE");
        assertThat(sheet.rows().getFirst().cell(2).text()).isEqualTo("Éducation");
    }

    @Test
    void utf16WithoutByteOrderMarkIsRefused() {
        byte[] content = (HEADER + "P-1;GTQM 2013-2015;Éducation\r\n").getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> read("p.csv", content))
                .satisfies(e -> assertThat(key(e)).isEqualTo("exchange.import.encoding.utf16-no-bom"));
    }

    @Test
    void windows1252IsRefusedNamingTheLineAndTheLikelyEncoding() {
        byte[] content = ("Code;Programme;Title\r\nP-1;GTQM 2013-2015;Ok\r\nP-2;GTQM 2013-2015;Réseau\r\n")
                .getBytes(Charset.forName("windows-1252"));
        assertThatThrownBy(() -> read("p.csv", content))
                .satisfies(e -> {
                    assertThat(key(e)).isEqualTo("exchange.import.encoding.not-utf8");
                    assertThat(((ImportRefusedException) e).arguments()).containsExactly(3);
                });
    }

    @Test
    void csvCellsStartingWithEqualsAreFormulas() {
        ImportSheet sheet = read("p.csv", (HEADER + "=HYPERLINK(\"http://x\");GTQM 2013-2015;ok\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(sheet.rows().getFirst().cell(0).formula()).isTrue();
        assertThat(sheet.rows().getFirst().cell(2).formula()).isFalse();
    }

    @Test
    void malformedCsvIsRefused() {
        assertThatThrownBy(() -> read("p.csv", (HEADER + "P-1;\"GTQM 2013-2015;ok\r\n").getBytes(StandardCharsets.UTF_8)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("exchange.import.csv.malformed"));
    }

    @Test
    void tooManyRowsAreRefusedWhileReading() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 101; i++) {
            csv.append("P-").append(i).append(";GTQM 2013-2015;t\r\n");
        }
        assertThatThrownBy(() -> read("p.csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("exchange.import.file.too-many-rows"));
        // exactly at the limit is fine
        StringBuilder hundred = new StringBuilder(HEADER);
        for (int i = 0; i < 100; i++) {
            hundred.append("P-").append(i).append(";GTQM 2013-2015;t\r\n");
        }
        assertThat(read("p.csv", hundred.toString().getBytes(StandardCharsets.UTF_8)).rows()).hasSize(100);
    }

    @Test
    void aHundredThousandRowWorkbookIsRefusedAfterTheLimit() throws IOException {
        byte[] content;
        try (var workbook = new SXSSFWorkbook(100); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Projets");
            sheet.createRow(0).createCell(0).setCellValue("Code");
            for (int i = 1; i <= 100_000; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("P-" + i);
                row.createCell(1).setCellValue("GTQM 2013-2015");
            }
            workbook.write(out);
            content = out.toByteArray();
        }
        assertThatThrownBy(() -> SheetReader.read("big.xlsx", content, 20_000, n -> { }))
                .satisfies(e -> assertThat(key(e)).isEqualTo("exchange.import.file.too-many-rows"));
    }

    @Test
    void workbookCellsFormulasAndDates() throws IOException {
        byte[] content;
        try (Workbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Projets");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Code");
            header.createCell(1).setCellValue("Budget");
            header.createCell(2).setCellValue("Date de début");
            header.createCell(3).setCellValue("Titre");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("P-1");
            row.createCell(1).setCellFormula("1000*2");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var dateCell = row.createCell(2);
            dateCell.setCellValue(LocalDate.of(2013, 6, 19));
            dateCell.setCellStyle(date);
            row.createCell(4).setCellValue(250000.5);
            workbook.write(out);
            content = out.toByteArray();
        }

        ImportSheet sheet = read("p.xlsx", content);

        assertThat(sheet.format()).isEqualTo("XLSX");
        SheetRow row = sheet.rows().getFirst();
        assertThat(row.cell(0).text()).isEqualTo("P-1");
        assertThat(row.cell(1).formula()).isTrue();
        assertThat(row.cell(2).text()).isEqualTo("2013-06-19");
        assertThat(row.cell(3).blank()).isTrue();
        assertThat(row.cell(4).text()).isEqualTo("250000.5");
    }

    @Test
    void filesThatAreNeitherWorkbooksNorTextAreRefusedByContent() throws IOException {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> read("projects.csv", pdf))
                .satisfies(e -> assertThat(key(e)).isEqualTo("exchange.import.file.type"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> read("projects.xlsx", png))
                .satisfies(e -> assertThat(key(e)).isEqualTo("exchange.import.file.type"));
        assertThatThrownBy(() -> read("projects.csv", new byte[0]))
                .satisfies(e -> assertThat(key(e)).isEqualTo("exchange.import.file.empty"));

        byte[] xls;
        try (Workbook workbook = new HSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.createSheet("Projets").createRow(0).createCell(0).setCellValue("Code");
            workbook.write(out);
            xls = out.toByteArray();
        }
        assertThatThrownBy(() -> read("projects.xls", xls))
                .satisfies(e -> assertThat(key(e)).isEqualTo("exchange.import.file.xls"));
    }

    @Test
    void aDamagedWorkbookIsRefused() throws IOException {
        byte[] content;
        try (Workbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Projets");
            for (int i = 0; i < 200; i++) {
                sheet.createRow(i).createCell(0).setCellValue("Projet " + i);
            }
            workbook.write(out);
            content = out.toByteArray();
        }
        byte[] truncated = Arrays.copyOf(content, content.length * 2 / 3);
        assertThatThrownBy(() -> read("projects.xlsx", truncated))
                .satisfies(e -> assertThat(key(e)).isIn("exchange.import.file.corrupt", "exchange.import.file.type"));
        byte[] scrambled = content.clone();
        for (int i = content.length / 2; i < content.length / 2 + 400; i++) {
            scrambled[i] = (byte) (scrambled[i] ^ 0x5A);
        }
        assertThatThrownBy(() -> read("projects.xlsx", scrambled))
                .satisfies(e -> assertThat(key(e)).isIn("exchange.import.file.corrupt", "exchange.import.file.type"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
