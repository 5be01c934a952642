package org.coopera.program;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.coopera.base.AbstractEntity;
import org.coopera.base.Labelled;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** What an officer reports on a project at a date: status, health, progress and narrative. */
@Entity
@Table(name = "status_update")
@Audited
class StatusUpdate extends AbstractEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(name = "update_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectHealth health;

    @Column(name = "progress_percent", nullable = false)
    private int progressPercent;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String narrative;

    @Column(name = "next_steps", columnDefinition = "TEXT")
    private String nextSteps;

    @Column(name = "change_reason", columnDefinition = "TEXT")
    private String changeReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UpdateState state;

    @Column(nullable = false, length = 100, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    @Column(name = "review_reason", columnDefinition = "TEXT")
    private String reviewReason;

    /** Stored files (base/files) by id. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "status_update_attachment", joinColumns = @JoinColumn(name = "status_update_id"))
    @Column(name = "file_id", nullable = false)
    @NotAudited
    private Set<Long> fileIds = new LinkedHashSet<>();

    protected StatusUpdate() {
    }

    StatusUpdate(Project project, String author, LocalDateTime now) {
        this.project = project;
        this.author = author;
        this.createdAt = now;
        this.state = UpdateState.DRAFT;
    }

    @Override
    public String label() {
        return project.getCode() + " " + date;
    }

    void fill(StatusUpdateDraft draft) {
        this.date = draft.date();
        this.status = draft.status();
        this.health = draft.health();
        this.progressPercent = draft.progressPercent();
        this.narrative = draft.narrative().strip();
        this.nextSteps = blankToNull(draft.nextSteps());
        this.changeReason = blankToNull(draft.changeReason());
    }

    void submit(LocalDateTime now) {
        this.state = UpdateState.SUBMITTED;
        this.submittedAt = now;
        this.reviewedBy = null;
        this.reviewedAt = null;
    }

    void approve(String reviewer, LocalDateTime now) {
        this.state = UpdateState.APPROVED;
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
        this.reviewReason = null;
    }

    void returnToAuthor(String reviewer, LocalDateTime now, String reason) {
        this.state = UpdateState.RETURNED;
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
        this.reviewReason = reason.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Project getProject() {
        return project;
    }

    UpdateState getState() {
        return state;
    }

    String getAuthor() {
        return author;
    }

    LocalDate getDate() {
        return date;
    }

    ProjectStatus getStatus() {
        return status;
    }

    ProjectHealth getHealth() {
        return health;
    }

    Set<Long> getFileIds() {
        return fileIds;
    }
}
