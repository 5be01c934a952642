package org.coopera.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.List;
import org.coopera.base.AbstractEntity;
import org.coopera.base.Labelled;
import org.hibernate.envers.Audited;

/** What a measure achieved in a reporting year, as one version of a progress report tells it. */
@Entity
@Table(name = "measure_progress")
@Audited
class MeasureProgress extends AbstractEntity implements Labelled {

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "measure_id", nullable = false)
    private long measureId;

    @Column(name = "reporting_start_year", nullable = false)
    private int reportingStartYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeasureStatus status;

    @Column(columnDefinition = "TEXT")
    private String narrative;

    /** http(s) addresses, one per line. */
    @Column(name = "evidence_links", columnDefinition = "TEXT")
    private String evidenceLinks;

    protected MeasureProgress() {
    }

    MeasureProgress(long reportId, long measureId, int reportingStartYear) {
        this.reportId = reportId;
        this.measureId = measureId;
        this.reportingStartYear = reportingStartYear;
    }

    void update(MeasureStatus status, String narrative, List<String> evidenceLinks) {
        this.status = status;
        this.narrative = narrative == null || narrative.isBlank() ? null : narrative.strip();
        this.evidenceLinks = evidenceLinks == null || evidenceLinks.isEmpty() ? null : String.join("\n", evidenceLinks);
    }

    /** A copy for a new version of the report. */
    MeasureProgress copyInto(long newReportId) {
        var copy = new MeasureProgress(newReportId, measureId, reportingStartYear);
        copy.status = status;
        copy.narrative = narrative;
        copy.evidenceLinks = evidenceLinks;
        return copy;
    }

    @Override
    public String label() {
        return reportingStartYear + "-" + (reportingStartYear + 1);
    }
}
