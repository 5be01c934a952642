package org.coopera.bulletin;

import java.time.LocalDate;
import java.util.List;
import org.coopera.base.files.StoredFileRef;

/** A bulletin as its page shows it; bodyHtml is the sanitised rendering of the Markdown body. */
public record BulletinRecord(long id, long version, LocalDate date, String title, String body, String bodyHtml,
                             String language, BulletinStatus status, StoredFileRef photo, String photoCaption,
                             String photoCredit, List<BulletinLink> links, List<BulletinDocument> documents,
                             List<SubjectSummary> subjects) {

    /** An attached document and its label. */
    public record BulletinDocument(StoredFileRef file, String label) {
    }
}
