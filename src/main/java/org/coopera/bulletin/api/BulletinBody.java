package org.coopera.bulletin.api;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopera.bulletin.BulletinDraft;
import org.coopera.bulletin.BulletinDraft.DocumentDraft;
import org.coopera.bulletin.BulletinLink;
import org.coopera.bulletin.BulletinRecord;
import org.coopera.bulletin.BulletinStatus;
import org.coopera.bulletin.BulletinSubject;
import org.coopera.bulletin.SubjectSummary;

/**
 * The body of {@code POST}/{@code PUT /api/v1/bulletins}: the editor's fields in JSON. Files are not
 * sent here: the photo stays as it is, and {@code documents} lists the bulletin's already attached
 * documents to keep (by {@code fileId}, with their label); left out (null), they all stay as they are.
 * A null in a list ({@code "links": [null]}) is a 400 on that field (it was a 500, found by ApiBodiesFuzzIT).
 */
public record BulletinBody(LocalDate date, String title, String body, String language, BulletinStatus status,
                           String photoCaption, String photoCredit,
                           @JsonSetter(contentNulls = Nulls.FAIL) List<BulletinLink> links,
                           @JsonSetter(contentNulls = Nulls.FAIL) List<KeptDocument> documents,
                           @JsonSetter(contentNulls = Nulls.FAIL) Set<BulletinSubject> subjects) {

    /** An attached document to keep, and the label readers see. */
    public record KeptDocument(long fileId, String label) {
    }

    /** The draft for a new bulletin. */
    BulletinDraft draft() {
        return draft(documents == null ? List.of() : documents);
    }

    /** The draft for a change of {@code current}: its documents unless the body lists which to keep. */
    BulletinDraft draft(BulletinRecord current) {
        return draft(documents != null ? documents : current.documents().stream()
                .map(d -> new KeptDocument(d.file().id(), d.label())).toList());
    }

    /** {@code current} as it is, its documents kept, with {@code added} documents after them. */
    static BulletinDraft unchanged(BulletinRecord current, List<DocumentDraft> added) {
        List<DocumentDraft> documents = new ArrayList<>(current.documents().stream()
                .map(d -> DocumentDraft.kept(d.file().id(), d.label())).toList());
        documents.addAll(added);
        return new BulletinDraft(current.date(), current.title(), current.body(), current.language(), current.status(),
                current.photoCaption(), current.photoCredit(), current.links(), documents,
                current.subjects().stream().map(SubjectSummary::subject).collect(Collectors.toSet()));
    }

    private BulletinDraft draft(List<KeptDocument> kept) {
        return new BulletinDraft(date, title, body, language, status, photoCaption, photoCredit, links,
                kept.stream().map(d -> DocumentDraft.kept(d.fileId(), d.label())).toList(), subjects);
    }
}
