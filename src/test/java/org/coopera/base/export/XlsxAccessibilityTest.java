package org.coopera.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The XLSX exports read back for accessibility (issue 22): the header row marked as such (an Excel table
 * with its header row over the headers and rows, printed on every page), sheets named in the reader's
 * language, no merged cell.
 */
class XlsxAccessibilityTest {

    private static XSSFWorkbook read(List<TableExport> tables) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(ExportFormat.XLSX.toBytes(tables, Locale.FRENCH)));
    }

    @Test
    void theHeadersAndRowsFormAnExcelTableWithItsHeaderRow() throws IOException {
        try (XSSFWorkbook workbook = read(List.of(TableExportTest.TABLE))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getTables()).singleElement().satisfies(table -> {
                // title, two filter lines, a blank row, then the header row (row 5, index 4) and 7 rows
                assertThat(table.getHeaderRowCount()).isEqualTo(1);
                assertThat(table.getStartCellReference().getRow()).isEqualTo(4);
                assertThat(table.getStartCellReference().getCol()).isEqualTo((short) 0);
                assertThat(table.getEndCellReference().getRow()).isEqualTo(11);
                assertThat(table.getEndCellReference().getCol()).isEqualTo((short) 5);
                assertThat(table.getName()).isEqualTo("Table1");
                assertThat(table.getColumns()).extracting(XSSFTableColumn::getName).containsExactly("Secteur",
                        "Projets", "Budget", "Début", "Mise à jour", "Actif");
                assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo("A5:F12");
                // the column names are the header cells' texts (Excel repairs the file otherwise)
                for (int c = 0; c < 6; c++) {
                    assertThat(sheet.getRow(4).getCell(c).getStringCellValue())
                            .isEqualTo(table.getColumns().get(c).getName());
                }
            });
            // the header row printed at the top of every page, frozen on screen; no sheet filter besides the table's
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("5:5"));
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isFalse();
            assertThat(sheet.getNumMergedRegions()).isZero();
        }
    }

    @Test
    void sheetsAreNamedInTheReadersLanguageEachWithItsOwnTable() throws IOException {
        var french = new TableExport("Projets par secteur", List.of(), List.of("Secteur", "Projets"),
                List.of(TableExport.row("Culture", 7)));
        var english = new TableExport("Projects by sector", List.of(), List.of("Sector", "Projects"),
                List.of(TableExport.row("Culture", 7)));
        try (XSSFWorkbook workbook = read(List.of(french, english))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Projets par secteur");
            assertThat(workbook.getSheetName(1)).isEqualTo("Projects by sector");
            assertThat(workbook.getSheetAt(0).getTables()).extracting(XSSFTable::getName).containsExactly("Table1");
            assertThat(workbook.getSheetAt(1).getTables()).extracting(XSSFTable::getName).containsExactly("Table2");
            assertThat(workbook.getSheetAt(1).getTables().getFirst().getColumns())
                    .extracting(XSSFTableColumn::getName).containsExactly("Sector", "Projects");
        }
    }

    @Test
    void repeatedBlankOrMultiLineHeadersBecomeUniqueOneLineColumnNames() throws IOException {
        var table = new TableExport("Totaux", List.of(), List.of("Total", "total", " ", "Total", "Mise à\njour"),
                List.of(TableExport.row(1, 2, 3, 4, 5)));
        try (XSSFWorkbook workbook = read(List.of(table))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getTables().getFirst().getColumns()).extracting(XSSFTableColumn::getName)
                    .containsExactly("Total", "total 2", "Column 3", "Total 3", "Mise à jour");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("total 2");
        }
    }

    @Test
    void aTableWithoutRowsStillHasAValidTableWithOneEmptyRow() throws IOException {
        var empty = new TableExport("Aucun projet", List.of(), List.of("Code", "Titre"), List.of());
        try (XSSFWorkbook workbook = read(List.of(empty))) {
            XSSFTable table = workbook.getSheetAt(0).getTables().getFirst();
            assertThat(table.getArea().formatAsString()).isEqualTo("A3:B4");
            assertThat(table.getHeaderRowCount()).isEqualTo(1);
        }
    }
}
