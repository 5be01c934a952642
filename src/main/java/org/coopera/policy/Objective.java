package org.coopera.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.coopera.base.AbstractEntity;
import org.coopera.base.Labelled;
import org.hibernate.envers.Audited;

/** A numbered objective of a policy. */
@Entity
@Table(name = "policy_objective")
@Audited
class Objective extends AbstractEntity implements Labelled {

    @Column(name = "policy_id", nullable = false)
    private long policyId;

    @Column(nullable = false)
    private int number;

    @Column(name = "title_fr", nullable = false, length = 500)
    private String titleFr;

    @Column(name = "title_en", nullable = false, length = 500)
    private String titleEn;

    protected Objective() {
    }

    Objective(long policyId, int number, String titleFr, String titleEn) {
        this.policyId = policyId;
        this.number = number;
        this.titleFr = titleFr;
        this.titleEn = titleEn;
    }

    long getPolicyId() {
        return policyId;
    }

    @Override
    public String label() {
        return String.valueOf(number);
    }
}
