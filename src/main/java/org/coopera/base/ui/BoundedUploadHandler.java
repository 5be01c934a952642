package org.coopera.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.coopera.base.LogSafe;
import org.coopera.base.files.BoundedRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upload handler of every Upload in Coopera: the size limit is enforced while the bytes arrive
 * (whatever the browser claims or the client-side limit says). A file announced as larger is refused
 * before a byte is read; otherwise reading stops at the first byte past the limit
 * ({@link BoundedRead}), the file is rejected in the upload list with the localised message
 * {@code files.too-large}, the screen is told, and nothing is kept. A file within the limit goes to
 * the receiver whole.
 */
public final class BoundedUploadHandler implements UploadHandler {

    private static final Logger log = LoggerFactory.getLogger(BoundedUploadHandler.class);

    /** Receives a file within the limit (on the upload's request thread: use {@code event.getUI().access}). */
    @FunctionalInterface
    public interface Receiver extends Serializable {
        void received(UploadEvent event, String fileName, byte[] content) throws IOException;
    }

    private final long maxSize;
    private final Receiver receiver;
    private final SerializableConsumer<String> refused;

    /**
     * @param refused shown the refusal (in the UI's access, so it may change components)
     */
    public BoundedUploadHandler(long maxSize, Receiver receiver, SerializableConsumer<String> refused) {
        this.maxSize = maxSize;
        this.receiver = Objects.requireNonNull(receiver);
        this.refused = Objects.requireNonNull(refused);
    }

    public long maxSize() {
        return maxSize;
    }

    /** Sets this handler on the upload and keeps it there, where server-side tests find it ({@link #of}). */
    public BoundedUploadHandler on(Upload upload) {
        upload.setUploadHandler(this);
        ComponentUtil.setData(upload, BoundedUploadHandler.class, this);
        return this;
    }

    /** The handler set on an upload with {@link #on}. */
    public static Optional<BoundedUploadHandler> of(Upload upload) {
        return Optional.ofNullable(ComponentUtil.getData(upload, BoundedUploadHandler.class));
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = Objects.requireNonNullElse(event.getFileName(), "");
        byte[] content = null;
        if (event.getFileSize() <= maxSize) {
            try (InputStream in = event.getInputStream()) {
                content = BoundedRead.readAtMost(in, maxSize);
            }
        }
        if (content == null) {
            log.info("Upload of \"{}\" refused: over the limit of {} bytes", LogSafe.of(name), maxSize);
            UI ui = event.getUI();
            String message = ui.getTranslation("files.too-large", name, megabytes(maxSize));
            event.reject(message);
            ui.access(() -> refused.accept(message));
            return;
        }
        receiver.received(event, name, content);
    }

    /** The limit in whole megabytes as the messages state it (at least 1). */
    public static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }

    // the multipart variant of an upload request is bounded by the container too
    @Override
    public long getFileSizeMax() {
        return maxSize;
    }

    @Override
    public long getRequestSizeMax() {
        return maxSize + 64 * 1024;
    }
}
