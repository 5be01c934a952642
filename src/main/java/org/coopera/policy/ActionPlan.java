package org.coopera.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.coopera.base.AbstractEntity;
import org.coopera.base.Labelled;
import org.hibernate.envers.Audited;

/** An action plan of a policy over a period of years (Plan d'action 2006-2009). */
@Entity
@Table(name = "action_plan")
@Audited
class ActionPlan extends AbstractEntity implements Labelled {

    @Column(name = "policy_id", nullable = false)
    private long policyId;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "end_year", nullable = false)
    private int endYear;

    @Column(name = "title_fr", nullable = false, length = 500)
    private String titleFr;

    @Column(name = "title_en", nullable = false, length = 500)
    private String titleEn;

    /** How many measures and initiatives the plan announces, whether recorded here or not. */
    @Column(name = "planned_measures")
    private Integer plannedMeasures;

    protected ActionPlan() {
    }

    ActionPlan(long policyId, int startYear, int endYear, String titleFr, String titleEn, Integer plannedMeasures) {
        this.plannedMeasures = plannedMeasures;
        this.policyId = policyId;
        this.startYear = startYear;
        this.endYear = endYear;
        this.titleFr = titleFr;
        this.titleEn = titleEn;
    }

    long getPolicyId() {
        return policyId;
    }

    int getStartYear() {
        return startYear;
    }

    int getEndYear() {
        return endYear;
    }

    /** Whether the reporting year starting in {@code startYear} (2007 for 2007-2008) lies inside the plan's period. */
    boolean covers(int reportingStartYear) {
        return reportingStartYear >= startYear && reportingStartYear + 1 <= endYear;
    }

    @Override
    public String label() {
        return startYear + "-" + endYear;
    }
}
