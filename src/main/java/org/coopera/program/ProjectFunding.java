package org.coopera.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.coopera.base.AbstractEntity;
import org.coopera.base.Labelled;
import org.hibernate.envers.Audited;

/**
 * What one funder approved, committed and paid for a project in one fiscal year (1 April to 31 March,
 * named by the year it starts in). The project's budget is the sum of its approved amounts.
 */
@Entity
@Table(name = "project_funding")
@Audited
class ProjectFunding extends AbstractEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", updatable = false)
    private Project project;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    /** An organisation of the reference feature. */
    @Column(name = "funder_id", nullable = false)
    private long funderId;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal approved;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal committed;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal paid;

    protected ProjectFunding() {
    }

    ProjectFunding(Project project) {
        this.project = project;
    }

    @Override
    public String label() {
        return FundingLine.fiscalYearLabel(fiscalYear);
    }

    void update(FundingDraft draft) {
        this.fiscalYear = draft.fiscalYear();
        this.funderId = draft.funderId();
        this.approved = draft.approved();
        this.committed = FundingDraft.orZero(draft.committed());
        this.paid = FundingDraft.orZero(draft.paid());
    }

    Project getProject() {
        return project;
    }
}
