package org.coopera.bulletin;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coopera.base.AbstractEntity;
import org.coopera.base.Labelled;
import org.hibernate.envers.Audited;

/** A news bulletin (« Nos actions ») and what it reports on. */
@Entity
@Table(name = "bulletin")
@Audited
class Bulletin extends AbstractEntity implements Labelled {

    @Column(name = "bulletin_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(nullable = false, length = 2)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private BulletinStatus status;

    @Column(name = "photo_file_id")
    private Long photoFileId;

    @Column(name = "photo_caption", length = 1000)
    private String photoCaption;

    @Column(name = "photo_credit", length = 255)
    private String photoCredit;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "bulletin_link", joinColumns = @JoinColumn(name = "bulletin_id"))
    @OrderColumn(name = "position")
    private List<LinkValue> links = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "bulletin_document", joinColumns = @JoinColumn(name = "bulletin_id"))
    @OrderColumn(name = "position")
    private List<DocumentValue> documents = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "bulletin_subject", joinColumns = @JoinColumn(name = "bulletin_id"))
    private Set<SubjectValue> subjects = new HashSet<>();

    protected Bulletin() {
    }

    Bulletin(BulletinDraft draft) {
        update(draft);
    }

    @Override
    public String label() {
        return date + " " + title;
    }

    final void update(BulletinDraft draft) {
        this.date = draft.date();
        this.title = draft.title().strip();
        this.body = draft.body() == null ? "" : draft.body().strip();
        this.language = draft.language();
        this.status = draft.status();
        this.photoCaption = blankToNull(draft.photoCaption());
        this.photoCredit = blankToNull(draft.photoCredit());
        this.links.clear();
        for (BulletinLink link : draft.links()) {
            this.links.add(new LinkValue(link.label().strip(), link.url().strip()));
        }
    }

    void setDocuments(List<DocumentValue> documents) {
        this.documents.clear();
        this.documents.addAll(documents);
    }

    void setSubjects(Set<SubjectValue> subjects) {
        this.subjects.clear();
        this.subjects.addAll(subjects);
    }

    List<DocumentValue> getDocuments() {
        return documents;
    }

    Long getPhotoFileId() {
        return photoFileId;
    }

    void setPhotoFileId(Long photoFileId) {
        this.photoFileId = photoFileId;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
