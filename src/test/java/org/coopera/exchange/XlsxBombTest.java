package org.coopera.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Zip bombs disguised as workbooks: a small XLSX whose sheet (or shared strings) inflates to a
 * gigabyte or more is refused with its own message, and reading it costs the server little heap.
 * The bombs are built at run time (nothing big is committed).
 */
class XlsxBombTest {

    private static final long MB = 1024 * 1024;

    @Test
    void aSheetThatInflatesToGigabytesIsRefusedWithoutFillingTheHeap() throws IOException {
        byte[] bomb = bomb("xl/worksheets/sheet1.xml", 1024 * MB);
        assertThat((long) bomb.length).as("a small file").isLessThan(2 * MB);

        assertRefusedWithLittleHeap(bomb);
    }

    @Test
    void sharedStringsThatInflateToGigabytesAreRefusedToo() throws IOException {
        byte[] bomb = bomb("xl/sharedStrings.xml", 256 * MB);

        assertRefusedWithLittleHeap(bomb);
    }

    @Test
    void aSheetOfModerateRatioButHundredsOfMegabytesIsRefusedAtTheEntrySizeCap() throws IOException {
        // a ratio of about 1:20, under the inflate-ratio guard: only the entry size cap stops it
        byte[] bomb = bomb("xl/worksheets/sheet1.xml", 2 * SheetReader.MAX_ENTRY_SIZE, 0.02);
        assertThat((long) bomb.length).isLessThan(SheetReader.MAX_ENTRY_SIZE / 4);

        assertRefusedWithLittleHeap(bomb);
    }

    private static void assertRefusedWithLittleHeap(byte[] bomb) {
        long started = System.nanoTime();
        long before = usedHeapAfterGc();
        resetPeaks();
        assertThatThrownBy(() -> SheetReader.read("projets.xlsx", bomb, 1000, n -> { }))
                .isInstanceOf(ImportRefusedException.class)
                .extracting(e -> ((ImportRefusedException) e).messageKey()).isEqualTo("exchange.import.file.bomb");
        long peak = peakHeap();
        long after = usedHeapAfterGc();
        System.out.printf("zip bomb of %d KB refused in %d ms: heap before %d MB, peak %d MB, after %d MB%n",
                bomb.length / 1024, (System.nanoTime() - started) / 1_000_000, before / MB, peak / MB, after / MB);
        assertThat(after - before).as("heap kept").isLessThan(256 * MB);
        assertThat(peak - before).as("heap growth while reading (peaks of every pool added)").isLessThan(256 * MB);
    }

    /** A real workbook (header and one row) whose {@code entry} is replaced by {@code size} bytes of XML. */
    static byte[] bomb(String entry, long size) throws IOException {
        return bomb(entry, size, 0);
    }

    /** @param noise share of the filler that is incompressible-ish, to lower the ratio */
    static byte[] bomb(String entry, long size, double noise) throws IOException {
        byte[] workbook;
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Projets");
            sheet.createRow(0).createCell(0).setCellValue("Code");
            sheet.createRow(1).createCell(0).setCellValue("P-1");
            wb.write(out);
            workbook = out.toByteArray();
        }
        var result = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(workbook)); var zip = new ZipOutputStream(result)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);  // as small as level 9 on such data, and faster
            boolean replaced = false;
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    filler(entry, size, noise, zip);
                    replaced = true;
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            if (!replaced) {
                zip.putNextEntry(new ZipEntry(entry));
                filler(entry, size, noise, zip);
                zip.closeEntry();
            }
        }
        return result.toByteArray();
    }

    private static void filler(String entry, long size, double noise, OutputStream out) throws IOException {
        boolean sheet = entry.contains("worksheets");
        String head = sheet
                ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                : "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>";
        String tail = sheet ? "</t></is></c></row></sheetData></worksheet>" : "</t></si></sst>";
        out.write(head.getBytes(StandardCharsets.UTF_8));
        // one chunk written again and again: deflate's 32 KB window cannot see the repetition
        byte[] chunk = new byte[1024 * 1024];
        Arrays.fill(chunk, (byte) 'A');
        var random = new java.util.Random(42);
        for (int i = 0; noise > 0 && i < chunk.length; i++) {
            if (random.nextDouble() < noise) {
                chunk[i] = (byte) ('A' + random.nextInt(26));
            }
        }
        for (long written = 0; written < size; written += chunk.length) {
            out.write(chunk);
        }
        out.write(tail.getBytes(StandardCharsets.UTF_8));
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
