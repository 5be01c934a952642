package org.coopera.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.coopera.base.AbstractEntity;
import org.coopera.base.Labelled;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A ministry, university, research centre, cultural institution, NGO, business or international body. */
@Entity
@Table(name = "organisation")
@Audited
class Organisation extends AbstractEntity implements Labelled {

    @Column(nullable = false, length = 255)
    private String name;

    @Column(length = 30)
    private String acronym;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Country country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationType type;

    protected Organisation() {
    }

    Organisation(String name, String acronym, Country country, OrganisationType type) {
        this.name = name;
        this.acronym = acronym;
        this.country = country;
        this.type = type;
    }

    void update(String name, String acronym, Country country, OrganisationType type) {
        this.name = name;
        this.acronym = acronym;
        this.country = country;
        this.type = type;
    }

    @Override
    public String label() {
        return acronym == null ? name : name + " (" + acronym + ")";
    }

    OrganisationRef toRef() {
        return new OrganisationRef(getId(), getVersion(), name, acronym, country.toRef().code(), type);
    }
}
