package org.coopera.base.files;

import java.util.Set;

/** What a feature accepts: the media types are those found in the content, not in the name. */
public enum FileKind {
    /** Attachments to updates, minutes, reports: PDF, Word, Excel and images. */
    DOCUMENT(Set.of(FileTypes.PDF, FileTypes.DOCX, FileTypes.XLSX,
            FileTypes.PNG, FileTypes.JPEG, FileTypes.GIF, FileTypes.WEBP)),
    /** Photos. */
    IMAGE(Set.of(FileTypes.PNG, FileTypes.JPEG, FileTypes.GIF, FileTypes.WEBP));

    private final Set<String> mediaTypes;

    FileKind(Set<String> mediaTypes) {
        this.mediaTypes = mediaTypes;
    }

    public Set<String> mediaTypes() {
        return mediaTypes;
    }

    public boolean accepts(String mediaType) {
        return mediaTypes.contains(mediaType);
    }
}
