package org.coopera.base.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.tika.Tika;

/**
 * Tells a file's media type from its bytes. Apache Tika reads the magic numbers (a program renamed
 * "report.pdf" is not a PDF); for the Office formats, which are ZIP files, the ZIP must also hold the
 * part that makes it a Word document or a workbook, so a ZIP renamed ".docx" is refused too.
 * Public for the spreadsheet import, which accepts workbooks and text files outside {@link FileKind}.
 */
public final class FileTypes {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String GIF = "image/gif";
    static final String WEBP = "image/webp";
    static final String UNKNOWN = "application/octet-stream";

    private static final Tika TIKA = new Tika();

    private FileTypes() {
    }

    /** The media type the content proves; {@link #UNKNOWN} when it proves none we know. */
    public static String detect(byte[] content, String fileName) {
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

    /**
     * Reads the ZIP's central directory (Commons Compress, in memory): a stream reader would stop at
     * entries written with a data descriptor, as streaming writers (POI's SXSSF) write them.
     */
    private static boolean zipHas(byte[] content, String part) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            return zip.getEntry("[Content_Types].xml") != null && zip.getEntry(part) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
