package org.coopera.base.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTest {

    static final TableExport TABLE = new TableExport("Projets par secteur",
            List.of("Période\u00a0: 2013-2015", "Groupe de travail\u00a0: Éducation"),
            List.of("Secteur", "Projets", "Budget", "Début", "Mise à jour", "Actif"),
            List.of(
                    TableExport.row("Éducation", 5L, new BigDecimal("12500.50"), LocalDate.of(2013, 1, 15),
                            LocalDateTime.of(2014, 3, 2, 9, 30), true),
                    TableExport.row("=HYPERLINK(\"http://x\")", -3, 0.25, null, null, false),
                    TableExport.row("+33 1 23", 0, null, null, null, null),
                    TableExport.row("@SUM(A1)", 1, null, null, null, null),
                    TableExport.row("\tcaché", 1, null, null, null, null),
                    TableExport.row("-2+3", 1, null, null, null, null),
                    TableExport.row("a;b,\"c\"\nd", 1, null, null, null, null)));

    @Test
    void csvStartsWithAByteOrderMarkAndReadsBackInFrench() throws IOException {
        byte[] bytes = ExportFormat.CSV.toBytes(List.of(TABLE), Locale.FRENCH);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = parse(bytes, ';');

        assertThat(records.get(0).get(0)).isEqualTo("Projets par secteur");
        assertThat(records.get(1).get(0)).isEqualTo("Période\u00a0: 2013-2015");
        assertThat(records.get(2).get(0)).isEqualTo("Groupe de travail\u00a0: Éducation");
        assertThat(records.get(3).get(0)).isEmpty();
        assertThat(records.get(4).toList()).containsExactly("Secteur", "Projets", "Budget", "Début", "Mise à jour",
                "Actif");
        assertThat(records.get(5).toList()).containsExactly("Éducation", "5", "12500,50", "2013-01-15",
                "2014-03-02 09:30", "true");
        assertThat(records.get(6).toList()).containsExactly("'=HYPERLINK(\"http://x\")", "-3", "0,25", "", "", "false");
        assertThat(records.get(11).get(0)).isEqualTo("a;b,\"c\"\nd");
        assertThat(records).hasSize(12);
    }

    @Test
    void csvNeutralisesEveryTextThatASpreadsheetWouldEvaluate() throws IOException {
        List<CSVRecord> records = parse(ExportFormat.CSV.toBytes(List.of(TABLE), Locale.FRENCH), ';');
        assertThat(records.subList(6, 11)).extracting(r -> r.get(0))
                .containsExactly("'=HYPERLINK(\"http://x\")", "'+33 1 23", "'@SUM(A1)", "'\tcaché", "'-2+3");
        // numbers are typed: a negative number stays a number
        assertThat(records.get(6).get(1)).isEqualTo("-3");
        assertThat(CsvTableWriter.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(CsvTableWriter.neutralise("Culture")).isEqualTo("Culture");
        assertThat(CsvTableWriter.neutralise("")).isEmpty();
    }

    @Test
    void csvInEnglishUsesCommaAndPoint() throws IOException {
        List<CSVRecord> records = parse(ExportFormat.CSV.toBytes(List.of(TABLE), Locale.ENGLISH), ',');
        assertThat(records.get(5).toList()).containsExactly("Éducation", "5", "12500.50", "2013-01-15",
                "2014-03-02 09:30", "true");
        assertThat(records.get(6).get(2)).isEqualTo("0.25");
    }

    @Test
    void csvWritesSeveralTablesOneAfterAnother() throws IOException {
        var second = new TableExport("Chiffres clés", List.of(), List.of("Chiffre", "Valeur"),
                List.of(TableExport.row("Projets", 24)));
        List<CSVRecord> records = parse(ExportFormat.CSV.toBytes(List.of(TABLE, second), Locale.FRENCH), ';');
        assertThat(records.get(12).get(0)).isEmpty();
        assertThat(records.get(13).get(0)).isEqualTo("Chiffres clés");
        assertThat(records.get(16).toList()).containsExactly("Projets", "24");
    }

    @Test
    void xlsxKeepsTypesBoldHeadersAndFiltersOnTop() throws IOException {
        byte[] bytes = ExportFormat.XLSX.toBytes(List.of(TABLE), Locale.FRENCH);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Projets par secteur");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Projets par secteur");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Période\u00a0: 2013-2015");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Groupe de travail\u00a0: Éducation");
            assertThat(sheet.getRow(3)).isNull();

            Row header = sheet.getRow(4);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Projets");
            assertThat(workbook.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();

            Row first = sheet.getRow(5);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Éducation");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(5.0);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(12500.5);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
            assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2013, 1, 15));
            assertThat(DateUtil.isCellDateFormatted(first.getCell(4))).isTrue();
            assertThat(first.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2014, 3, 2, 9, 30));
            assertThat(first.getCell(5).getBooleanCellValue()).isTrue();

            Row injected = sheet.getRow(6);
            assertThat(injected.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(injected.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(injected.getCell(1).getNumericCellValue()).isEqualTo(-3.0);
            assertThat(injected.getCell(3)).isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(11);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
            // each column as wide as its longest value or header (+2 characters), in 1/256 of a character
            assertThat(sheet.getColumnWidth(0)).isEqualTo(("=HYPERLINK(\"http://x\")".length() + 2) * 256);
            assertThat(sheet.getColumnWidth(3)).isEqualTo((10 + 2) * 256);  // a date shows 10 characters
            assertThat(sheet.getColumnWidth(4)).isEqualTo((16 + 2) * 256);  // a date and time, 16
            assertThat(sheet.getColumnWidth(1)).isEqualTo(("Projets".length() + 1 + 2) * 256);  // the bold header
        }
    }

    @Test
    void xlsxCapsAVeryLongColumn() throws IOException {
        var table = new TableExport("Long", List.of(), List.of("Texte"), List.of(TableExport.row("x".repeat(500))));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(ExportFormat.XLSX.toBytes(List.of(table),
                Locale.FRENCH)))) {
            assertThat(workbook.getSheetAt(0).getColumnWidth(0)).isEqualTo(60 * 256);
        }
    }

    @Test
    void xlsxGivesEachTableItsOwnValidUniqueSheet() throws IOException {
        var odd = new TableExport("Santé / groupe [2013]: *", List.of(), List.of("A"), List.of());
        var same = new TableExport("Santé / groupe [2013]: *", List.of(), List.of("A"), List.of());
        byte[] bytes = ExportFormat.XLSX.toBytes(List.of(odd, same), Locale.FRENCH);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).doesNotContain("/", "[", "]", ":", "*");
            assertThat(workbook.getSheetName(1)).isNotEqualToIgnoringCase(workbook.getSheetName(0));
            assertThat(workbook.getSheetAt(1).getRow(2).getCell(0).getStringCellValue()).isEqualTo("A");
        }
    }

    @Test
    void fileNamesCarryTheDateAndNoUnsafeCharacters() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        assertThat(ExportFormat.XLSX.fileName("Tableau de bord : secteurs", day))
                .isEqualTo("tableau-de-bord-secteurs-2026-11-24.xlsx");
        assertThat(ExportFormat.CSV.fileName("../Santé/par groupe", day)).isEqualTo("santé-par-groupe-2026-11-24.csv");
        assertThat(ExportFormat.CSV.fileName("  ", day)).isEqualTo("export-2026-11-24.csv");
    }

    @Test
    void rowsMustMatchTheHeadersAndHoldSupportedTypes() {
        assertThatThrownBy(() -> new TableExport("t", List.of(), List.of("a", "b"), List.of(TableExport.row("x"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TableExport("t", List.of(), List.of("a"), List.of(TableExport.row(new Object()))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<CSVRecord> parse(byte[] bytes, char delimiter) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (var parser = CSVFormat.EXCEL.builder().setDelimiter(delimiter).get()
                .parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }
}
