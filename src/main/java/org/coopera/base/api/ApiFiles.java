package org.coopera.base.api;

import java.nio.charset.StandardCharsets;
import org.coopera.base.files.FileContent;
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

    /** The name the client gave the uploaded file, or {@code fallback}. */
    public static String nameOf(MultipartFile file, String fallback) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? fallback : name;
    }
}
