package org.coopera.base.files;

import jakarta.annotation.security.PermitAll;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Optional;
import org.coopera.base.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps uploaded files in the database. Each feature checks who may attach or read a file of its
 * records before it calls this service; the service itself checks what the file is.
 */
@Service
public class StoredFileService {

    private static final int MAX_NAME_LENGTH = 255;

    private final JdbcClient jdbc;
    private final FileProperties properties;
    private final Clock clock;

    StoredFileService(JdbcClient jdbc, FileProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The largest file accepted, in bytes. */
    @PermitAll
    public long maxSize() {
        return properties.maxSize().toBytes();
    }

    /**
     * Checks and stores a file, inside the caller's transaction (so that a failed save of the record
     * that owns the file leaves no file behind).
     *
     * @throws BusinessException files.empty, files.too-large or files.type-refused
     */
    @PermitAll
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredFileRef store(String fileName, byte[] content, FileKind kind) {
        String name = cleanName(fileName);
        String mediaType = check(name, content, kind);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into stored_file (file_name, media_type, size_bytes, sha256, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(name, mediaType, content.length, sha256(content), LocalDateTime.now(clock), currentUser())
                .update(keys);
        long id = keys.getKey().longValue();
        jdbc.sql("insert into stored_file_content (file_id, content) values (?, ?)").params(id, content).update();
        return new StoredFileRef(id, name, mediaType, content.length);
    }

    /**
     * Checks a file as {@link #store} would, without storing it (for immediate feedback on upload).
     *
     * @return the media type its content proves
     * @throws BusinessException files.empty, files.too-large or files.type-refused.KIND
     */
    @PermitAll
    public String check(String fileName, byte[] content, FileKind kind) {
        String name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw new BusinessException("files.empty", name);
        }
        if (content.length > maxSize()) {
            throw new BusinessException("files.too-large", name, maxSize() / (1024 * 1024));
        }
        String mediaType = FileTypes.detect(content, name);
        if (!kind.accepts(mediaType)) {
            throw new BusinessException("files.type-refused." + kind.name(), name);
        }
        return mediaType;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<StoredFileRef> find(long id) {
        return jdbc.sql("select id, file_name, media_type, size_bytes from stored_file where id = ?")
                .param(id)
                .query((rs, row) -> new StoredFileRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .optional();
    }

    /** @throws BusinessException files.not-found */
    @PermitAll
    @Transactional(readOnly = true)
    public FileContent load(long id) {
        StoredFileRef ref = find(id).orElseThrow(() -> new BusinessException("files.not-found"));
        byte[] bytes = jdbc.sql("select content from stored_file_content where file_id = ?")
                .param(id).query((rs, row) -> rs.getBytes(1)).single();
        return new FileContent(ref, bytes);
    }

    @PermitAll
    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(long id) {
        jdbc.sql("delete from stored_file where id = ?").param(id).update();
    }

    /** Keeps the last path segment, without control characters, at most 255 characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > MAX_NAME_LENGTH ? name.substring(name.length() - MAX_NAME_LENGTH) : name;
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() ? authentication.getName() : "system";
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
