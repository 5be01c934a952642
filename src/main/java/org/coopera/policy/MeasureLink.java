package org.coopera.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.coopera.base.AbstractEntity;
import org.coopera.base.Labelled;
import org.hibernate.envers.Audited;

/** Work that carries out a measure: a programme, project or meeting by id, or an office abroad by name. */
@Entity
@Table(name = "measure_link")
@Audited
class MeasureLink extends AbstractEntity implements Labelled {

    @Column(name = "measure_id", nullable = false)
    private long measureId;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_type", nullable = false, length = 20)
    private LinkType type;

    @Column(name = "target_id")
    private Long targetId;

    @Column(name = "office_name", length = 255)
    private String officeName;

    @Column(name = "office_city", length = 150)
    private String officeCity;

    @Column(name = "office_country_code", length = 2, columnDefinition = "CHAR(2)")
    private String officeCountryCode;

    protected MeasureLink() {
    }

    MeasureLink(long measureId, LinkType type, Long targetId, String officeName, String officeCity,
                String officeCountryCode) {
        this.measureId = measureId;
        this.type = type;
        this.targetId = targetId;
        this.officeName = officeName;
        this.officeCity = officeCity;
        this.officeCountryCode = officeCountryCode;
    }

    long getMeasureId() {
        return measureId;
    }

    @Override
    public String label() {
        return type == LinkType.OFFICE ? officeName : type + " #" + targetId;
    }
}
