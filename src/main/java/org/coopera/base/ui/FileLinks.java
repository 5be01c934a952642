package org.coopera.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.LongFunction;
import org.coopera.base.files.FileContent;
import org.coopera.base.files.StoredFileRef;

/** A download link for a stored file, with its size in the user's language. */
public final class FileLinks {

    private FileLinks() {
    }

    /**
     * @param loader loads the bytes through the owning feature's service, which checks that the
     *               user may read the record the file belongs to
     */
    public static Anchor download(StoredFileRef file, LongFunction<FileContent> loader) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            FileContent content = loader.apply(file.id());
            return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.ref().name(),
                    content.ref().mediaType(), content.bytes().length);
        });
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, file.name() + " (" + size(file.size()) + ")");
        link.addClassName("file-link");
        return link;
    }

    /** 2 Mo, 340 ko: the units of the bulletins ("Rapport d'étape 2007-2008 (2 Mo)"). */
    public static String size(long bytes) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        if (bytes >= 1024 * 1024) {
            return ui.getTranslation("files.size.mb", Math.round(bytes / (1024.0 * 1024.0)));
        }
        return ui.getTranslation("files.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
    }
}
