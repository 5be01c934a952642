package org.coopera.policy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.coopera.base.AbstractEntity;
import org.coopera.base.Labelled;
import org.hibernate.envers.Audited;

/** A measure of an action plan, serving one objective of the plan's policy. */
@Entity
@Table(name = "measure")
@Audited
class Measure extends AbstractEntity implements Labelled {

    @Column(name = "action_plan_id", nullable = false)
    private long actionPlanId;

    @Column(name = "objective_id", nullable = false)
    private long objectiveId;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(name = "title_fr", nullable = false, length = 500)
    private String titleFr;

    @Column(name = "title_en", nullable = false, length = 500)
    private String titleEn;

    /** The lead organisation (reference feature), by id. */
    @Column(name = "lead_organisation_id")
    private Long leadOrganisationId;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "measure_partner", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<Long> partnerIds = new HashSet<>();

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(name = "expected_result", columnDefinition = "TEXT")
    private String expectedResult;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeasureStatus status;

    @Column(nullable = false)
    private boolean illustrative;

    protected Measure() {
    }

    Measure(long actionPlanId) {
        this.actionPlanId = actionPlanId;
    }

    void update(MeasureDraft draft) {
        this.objectiveId = draft.objectiveId();
        this.code = draft.code().trim();
        this.titleFr = draft.titleFr().trim();
        this.titleEn = draft.titleEn().trim();
        this.leadOrganisationId = draft.leadOrganisationId();
        this.partnerIds.clear();
        if (draft.partnerOrganisationIds() != null) {
            this.partnerIds.addAll(draft.partnerOrganisationIds());
        }
        this.description = draft.description();
        this.expectedResult = draft.expectedResult();
        this.status = draft.status();
    }

    long getActionPlanId() {
        return actionPlanId;
    }

    @Override
    public String label() {
        return code;
    }
}
