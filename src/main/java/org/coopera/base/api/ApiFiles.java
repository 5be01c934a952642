package org.coopera.base.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.coopera.base.files.BoundedRead;
import org.coopera.base.files.FileContent;
import org.coopera.base.files.FileProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Files through the API: downloads as attachments, and the one file an upload must carry. */
public final class ApiFiles {

    private ApiFiles() {
    }

    /** A file to save: its type, its name (UTF-8, RFC 6266) and its length. */
    public static ResponseEntity<byte[]> attachment(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentLength(content.length).body(content);
    }

    /** A stored file (minutes, a photo, a document) as it was attached. */
    public static ResponseEntity<byte[]> download(FileContent file) {
        return attachment(file.bytes(), MediaType.parseMediaType(file.ref().mediaType()), file.ref().name());
    }

    /** The file of a multipart field, refused (400) when it is missing or empty. */
    public static MultipartFile required(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new ApiProblemException(HttpStatus.BAD_REQUEST, "api.file.required");
        }
        return file;
    }

    /**
     * The content of an uploaded file, read with {@link BoundedRead}: over the limit, reading stops at
     * the first byte past it and the request is refused with 413 (the servlet container's multipart
     * limit, set to the same figure, refuses it earlier while the body arrives; this holds whatever that
     * setting says).
     */
    public static byte[] content(MultipartFile file, FileProperties limits) throws IOException {
        long maxSize = limits.maxSize().toBytes();
        byte[] content = file.getSize() > maxSize ? null : read(file, maxSize);
        if (content == null) {
            throw new ApiProblemException(HttpStatus.CONTENT_TOO_LARGE, "api.upload.too-large",
                    limits.maxSize().toMegabytes());
        }
        return content;
    }

    private static byte[] read(MultipartFile file, long maxSize) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return BoundedRead.readAtMost(in, maxSize);
        }
    }

    /** The name the client gave the uploaded file, or {@code fallback}. */
    public static String nameOf(MultipartFile file, String fallback) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? fallback : name;
    }
}
