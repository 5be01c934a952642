package org.coopera.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the project import's file reader (XLSX and CSV, {@link SheetReader}) and the reading of the
 * cell values it returns ({@link CellValues}): whatever the bytes, the file is either read, within the
 * limits, or refused with an {@link ImportRefusedException} (the refusal the import screen and the API
 * show); any other exception is a finding. Seeds: {@code SheetReaderFuzzTestInputs} (file bytes, then
 * one byte for the row limit and one for the file name, as {@link FuzzedDataProvider} reads them from
 * the end). How it runs (a short run in {@code ./mvnw verify}, a million inputs with {@code -Pfuzz}):
 * see the pom.
 */
class SheetReaderFuzzTest {

    private static final String[] NAMES = {"projets.csv", "projets.xlsx", "projets.txt", "projets", "projets.xls"};

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "")
    void readsOrRefusesAnyFile(FuzzedDataProvider data) {
        String name = data.pickValue(NAMES);
        int maxRows = data.consumeInt(1, 50);
        byte[] content = data.consumeRemainingAsBytes();
        ImportSheet sheet;
        try {
            sheet = SheetReader.read(name, content, maxRows, rows -> { });
        } catch (ImportRefusedException refused) {
            assertThat(refused.messageKey()).startsWith("exchange.import.");
            return;
        }
        assertThat(sheet.header()).isNotNull();
        assertThat(sheet.rows()).hasSizeLessThanOrEqualTo(maxRows);
        for (SheetRow row : sheet.rows()) {
            assertThat(row.cells()).hasSizeLessThanOrEqualTo(100);
            for (SheetCell cell : row.cells()) {
                String text = cell.text();
                assertThat(text.length()).isLessThanOrEqualTo(32_767);
                // what the analysis then asks of every cell
                CellValues.date(text);
                CellValues.amount(text);
                CellValues.normalise(text);
                CellValues.list(text, true);
                CellValues.list(text, false);
            }
        }
    }
}
