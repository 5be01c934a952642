package org.coopera.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.coopera.base.AbstractEntity;
import org.coopera.base.BusinessException;
import org.coopera.base.Labelled;
import org.hibernate.envers.Audited;

/**
 * The yearly progress report of an action plan (bilan de l'an II, 2007-2008). Drafted, reviewed,
 * published; a published version is frozen, later changes go into a new version.
 */
@Entity
@Table(name = "progress_report")
@Audited
class ProgressReport extends AbstractEntity implements Labelled {

    @Column(name = "action_plan_id", nullable = false)
    private long actionPlanId;

    @Column(name = "reporting_start_year", nullable = false)
    private int reportingStartYear;

    @Column(name = "report_version", nullable = false)
    private int reportVersion;

    @Column(name = "title_fr", nullable = false, length = 500)
    private String titleFr;

    @Column(name = "title_en", nullable = false, length = 500)
    private String titleEn;

    /** What the report says about the year as a whole. */
    @Column(columnDefinition = "TEXT")
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    /** The report's document (base file storage), by id. */
    @Column(name = "document_file_id")
    private Long documentFileId;

    protected ProgressReport() {
    }

    ProgressReport(long actionPlanId, int reportingStartYear, int reportVersion, String titleFr, String titleEn) {
        this.actionPlanId = actionPlanId;
        this.reportingStartYear = reportingStartYear;
        this.reportVersion = reportVersion;
        this.titleFr = titleFr;
        this.titleEn = titleEn;
        this.status = ReportStatus.DRAFT;
    }

    /** Refuses any change to a published report (its readers rely on it): make a new version instead. */
    void checkEditable() {
        if (status == ReportStatus.PUBLISHED) {
            throw new BusinessException("policy.report.frozen", reportVersion);
        }
    }

    void retitle(String titleFr, String titleEn, String summary) {
        checkEditable();
        this.titleFr = titleFr;
        this.titleEn = titleEn;
        this.summary = summary;
    }

    void attach(Long fileId) {
        checkEditable();
        this.documentFileId = fileId;
    }

    void submit() {
        if (status != ReportStatus.DRAFT) {
            throw new BusinessException("policy.report.not-draft");
        }
        status = ReportStatus.IN_REVIEW;
    }

    void sendBack() {
        if (status != ReportStatus.IN_REVIEW) {
            throw new BusinessException("policy.report.not-in-review");
        }
        status = ReportStatus.DRAFT;
    }

    void publish(LocalDate on) {
        if (status != ReportStatus.IN_REVIEW) {
            throw new BusinessException("policy.report.not-in-review");
        }
        status = ReportStatus.PUBLISHED;
        publishedOn = on;
    }

    long getActionPlanId() {
        return actionPlanId;
    }

    int getReportingStartYear() {
        return reportingStartYear;
    }

    int getReportVersion() {
        return reportVersion;
    }

    String getTitleFr() {
        return titleFr;
    }

    String getTitleEn() {
        return titleEn;
    }

    ReportStatus getStatus() {
        return status;
    }

    String getSummary() {
        return summary;
    }

    Long getDocumentFileId() {
        return documentFileId;
    }

    @Override
    public String label() {
        return reportingStartYear + "-" + (reportingStartYear + 1) + " v" + reportVersion;
    }
}
