package org.coopera.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.coopera.base.AbstractEntity;
import org.coopera.base.Labelled;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A sector of cooperation: an axis (no parent) or a sub-sector of an axis. */
@Entity
@Table(name = "sector")
@Audited
class Sector extends AbstractEntity implements Labelled {

    // seeded axes have no audit rows: history shows the axis as it is now
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Sector parent;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "name_fr", nullable = false, length = 150)
    private String nameFr;

    @Column(name = "name_en", nullable = false, length = 150)
    private String nameEn;

    @Column(name = "dac_code", length = 5)
    private String dacCode;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean retired;

    protected Sector() {
    }

    Sector(Sector parent, String code, String nameFr, String nameEn, String dacCode, int sortOrder) {
        this.parent = parent;
        this.code = code;
        this.nameFr = nameFr;
        this.nameEn = nameEn;
        this.dacCode = dacCode;
        this.sortOrder = sortOrder;
    }

    @Override
    public String label() {
        return code + " " + nameFr;
    }

    Sector getParent() {
        return parent;
    }

    String getCode() {
        return code;
    }

    void rename(String nameFr, String nameEn, String dacCode) {
        this.nameFr = nameFr;
        this.nameEn = nameEn;
        this.dacCode = dacCode;
    }

    void setRetired(boolean retired) {
        this.retired = retired;
    }

    SectorRef toRef() {
        return new SectorRef(getId(), getVersion(), code, parent == null ? null : parent.getId(),
                parent == null ? null : parent.getCode(), nameFr, nameEn, dacCode, sortOrder, retired);
    }
}
