package org.coopera.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.coopera.base.AbstractEntity;
import org.coopera.base.Labelled;
import org.hibernate.envers.Audited;

/** A government policy (Politique internationale du Québec, made public in 2006). */
@Entity
@Table(name = "policy")
@Audited
class Policy extends AbstractEntity implements Labelled {

    @Column(nullable = false, length = 30)
    private String code;

    @Column(name = "title_fr", nullable = false, length = 500)
    private String titleFr;

    @Column(name = "title_en", nullable = false, length = 500)
    private String titleEn;

    @Column(name = "made_public_year")
    private Integer madePublicYear;

    protected Policy() {
    }

    Policy(String code, String titleFr, String titleEn, Integer madePublicYear) {
        this.code = code;
        this.titleFr = titleFr;
        this.titleEn = titleEn;
        this.madePublicYear = madePublicYear;
    }

    @Override
    public String label() {
        return code;
    }
}
