package org.coopera.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the project import's file reader (XLSX and CSV, {@link SheetReader}) and the reading of the
 * cell values it returns ({@link CellValues}): whatever the bytes, the file is either read, within the
 * limits, or refused with an {@link ImportRefusedException} (the refusal the import screen and the API
 * show); any other exception is a finding. Seeds: {@code SheetReaderFuzzTestInputs} (file bytes, then
 * one byte for the row limit and one for the file name). How it runs (a short run in {@code ./mvnw verify}, a million inputs with {@code -Pfuzz}):
 * see the pom.
 */
@Tag("fuzz-target")
public class SheetReaderFuzzTest {

    private static final String[] NAMES = {"projets.csv", "projets.xlsx", "projets.txt", "projets", "projets.xls"};

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "")
    void readsOrRefusesAnyFile(byte[] input) {
        check(input);
    }

    /** One input: the file's bytes, then a byte for the row limit (1 to 50) and one for the name (of a short list). */
    public static void check(byte[] input) {
        int length = Math.max(0, input.length - 2);
        String name = NAMES[input.length < 1 ? 0 : (input[input.length - 1] & 0xFF) % NAMES.length];
        int maxRows = 1 + (input.length < 2 ? 0 : (input[input.length - 2] & 0xFF) % 50);
        byte[] content = java.util.Arrays.copyOf(input, length);
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
