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

/** A partner government: a country, or a federated state always attached to its country. */
@Entity
@Table(name = "jurisdiction")
@Audited
class Jurisdiction extends AbstractEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Country country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JurisdictionKind kind;

    @Column(name = "subdivision_code", length = 6)
    private String subdivisionCode;

    @Column(name = "name_fr", nullable = false, length = 150)
    private String nameFr;

    @Column(name = "name_en", nullable = false, length = 150)
    private String nameEn;

    protected Jurisdiction() {
    }

    Jurisdiction(Country country, JurisdictionKind kind, String subdivisionCode, String nameFr, String nameEn) {
        this.country = country;
        this.kind = kind;
        this.subdivisionCode = subdivisionCode;
        this.nameFr = nameFr;
        this.nameEn = nameEn;
    }

    @Override
    public String label() {
        return nameFr;
    }

    void update(Country country, JurisdictionKind kind, String subdivisionCode, String nameFr, String nameEn) {
        this.country = country;
        this.kind = kind;
        this.subdivisionCode = subdivisionCode;
        this.nameFr = nameFr;
        this.nameEn = nameEn;
    }

    JurisdictionRef toRef() {
        CountryRef c = country.toRef();
        return new JurisdictionRef(getId(), getVersion(), kind, subdivisionCode, nameFr, nameEn, c.code(), c.nameFr(),
                c.nameEn());
    }
}
