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

/** A person who co-chairs, signs or leads: name, title and organisation. */
@Entity
@Table(name = "person")
@Audited
class Person extends AbstractEntity implements Labelled {

    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    @Column(length = 255)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    protected Person() {
    }

    Person(String fullName, String title, Organisation organisation) {
        this.fullName = fullName;
        this.title = title;
        this.organisation = organisation;
    }

    @Override
    public String label() {
        return fullName;
    }

    void update(String fullName, String title, Organisation organisation) {
        this.fullName = fullName;
        this.title = title;
        this.organisation = organisation;
    }

    PersonRef toRef() {
        return new PersonRef(getId(), getVersion(), fullName, title,
                organisation == null ? null : organisation.getId(),
                organisation == null ? null : organisation.label());
    }
}
