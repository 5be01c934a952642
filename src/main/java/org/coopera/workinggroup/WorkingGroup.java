package org.coopera.workinggroup;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.coopera.base.AbstractEntity;
import org.coopera.base.Labelled;
import org.hibernate.envers.Audited;

/** A bilateral working group run with a partner jurisdiction (the GTQM with Mexico). */
@Entity
@Table(name = "working_group")
@Audited
class WorkingGroup extends AbstractEntity implements Labelled {

    @Column(nullable = false, unique = true, length = 20)
    private String acronym;

    @Column(name = "name_fr", nullable = false, length = 255)
    private String nameFr;

    @Column(name = "name_en", nullable = false, length = 255)
    private String nameEn;

    /** The partner jurisdiction (reference feature), by id. */
    @Column(name = "jurisdiction_id", nullable = false)
    private long jurisdictionId;

    @Column(name = "founded_on")
    private LocalDate foundedOn;

    @Column(columnDefinition = "TEXT")
    private String mandate;

    @Column(length = 255)
    private String cadence;

    @Column(nullable = false)
    private boolean active = true;

    /** User names of the programme officers who edit this group's projects. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "working_group_officer", joinColumns = @JoinColumn(name = "working_group_id"))
    @Column(name = "username", nullable = false, length = 60)
    private Set<String> officers = new HashSet<>();

    protected WorkingGroup() {
    }

    WorkingGroup(String acronym, String nameFr, String nameEn, long jurisdictionId) {
        this.acronym = acronym;
        this.nameFr = nameFr;
        this.nameEn = nameEn;
        this.jurisdictionId = jurisdictionId;
    }

    @Override
    public String label() {
        return acronym;
    }

    void update(WorkingGroupDraft draft) {
        this.acronym = draft.acronym().trim().toUpperCase();
        this.nameFr = draft.nameFr().trim();
        this.nameEn = draft.nameEn().trim();
        this.jurisdictionId = draft.jurisdictionId();
        this.foundedOn = draft.foundedOn();
        this.mandate = draft.mandate();
        this.cadence = draft.cadence();
        this.active = draft.active();
    }

    Set<String> getOfficers() {
        return Set.copyOf(officers);
    }

    void setOfficers(Set<String> usernames) {
        officers.clear();
        officers.addAll(usernames);
    }

    String getAcronym() {
        return acronym;
    }
}
