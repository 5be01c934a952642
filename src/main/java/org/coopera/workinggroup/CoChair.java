package org.coopera.workinggroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.coopera.base.AbstractEntity;
import org.coopera.base.Labelled;
import org.hibernate.envers.Audited;

/** A co-chair of a working group for one side, with title and organisation, over a period. */
@Entity
@Table(name = "co_chair")
@Audited
class CoChair extends AbstractEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "working_group_id")
    private WorkingGroup workingGroup;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CoChairSide side;

    /** The person (reference feature), by id. */
    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(length = 255)
    private String title;

    /** The organisation (reference feature) the title belongs to, by id. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "from_date")
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    protected CoChair() {
    }

    CoChair(WorkingGroup workingGroup, CoChairSide side, long personId, String title, Long organisationId,
            LocalDate fromDate, LocalDate toDate) {
        this.workingGroup = workingGroup;
        this.side = side;
        this.personId = personId;
        this.title = title;
        this.organisationId = organisationId;
        this.fromDate = fromDate;
        this.toDate = toDate;
    }

    void update(CoChairSide side, long personId, String title, Long organisationId, LocalDate fromDate,
                LocalDate toDate) {
        this.side = side;
        this.personId = personId;
        this.title = title;
        this.organisationId = organisationId;
        this.fromDate = fromDate;
        this.toDate = toDate;
    }

    @Override
    public String label() {
        return side + " #" + personId;
    }

    WorkingGroup getWorkingGroup() {
        return workingGroup;
    }

    CoChairSide getSide() {
        return side;
    }

    long getPersonId() {
        return personId;
    }

    String getTitle() {
        return title;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    LocalDate getFromDate() {
        return fromDate;
    }

    LocalDate getToDate() {
        return toDate;
    }
}
