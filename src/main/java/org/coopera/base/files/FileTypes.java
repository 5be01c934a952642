package org.coopera.base.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * Tells a file's media type from its bytes. Apache Tika reads the magic numbers (a program renamed
 * "report.pdf" is not a PDF); for the Office formats, which are ZIP files, the ZIP must also hold the
 * part that makes it a Word document or a workbook, so a ZIP renamed ".docx" is refused too.
 */
final class FileTypes {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String GIF = "image/gif";
    static final String WEBP = "image/webp";
    static final String UNKNOWN = "application/octet-stream";

    private static final Tika TIKA = new Tika();
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private FileTypes() {
    }

    /** The media type the content proves; {@link #UNKNOWN} when it proves none we know. */
    static String detect(byte[] content, String fileName) {
        String detected;
        try {
            // the name only refines what the bytes say (a ZIP named .docx), it never overrides them
            detected = TIKA.detect(new ByteArrayInputStream(content), fileName);
        } catch (IOException e) {
            return UNKNOWN;
        }
        if (DOCX.equals(detected)) {
            return zipHas(content, "word/document.xml") ? DOCX : UNKNOWN;
        }
        if (XLSX.equals(detected)) {
            return zipHas(content, "xl/workbook.xml") ? XLSX : UNKNOWN;
        }
        return detected;
    }

    private static boolean zipHas(byte[] content, String part) {
        Set<String> names = new HashSet<>();
        try (InputStream in = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipInputStream zip = (ZipInputStream) in;
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null && names.size() < MAX_ZIP_ENTRIES) {
                names.add(entry.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return names.contains("[Content_Types].xml") && names.contains(part);
    }
}
