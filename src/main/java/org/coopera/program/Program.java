package org.coopera.program;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.coopera.base.AbstractEntity;
import org.coopera.base.Labelled;
import org.hibernate.envers.Audited;

/**
 * A biennial programme of a working group (2013-2015), adopted at a meeting. The projects adopted
 * with it are its baseline, against which the current list is compared.
 */
@Entity
@Table(name = "program")
@Audited
class Program extends AbstractEntity implements Labelled {

    /** The working group (workinggroup feature), by id. */
    @Column(name = "working_group_id", nullable = false)
    private long workingGroupId;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "end_year", nullable = false)
    private int endYear;

    /** The meeting that adopted it (workinggroup feature), by id. */
    @Column(name = "adopted_at_meeting_id")
    private Long adoptedAtMeetingId;

    @Column(columnDefinition = "TEXT")
    private String priorities;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgramStatus status;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "program_theme", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "theme", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Theme> themes = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "program_baseline", joinColumns = @JoinColumn(name = "program_id"),
            inverseJoinColumns = @JoinColumn(name = "project_id"))
    private Set<Project> baseline = new HashSet<>();

    protected Program() {
    }

    Program(long workingGroupId, int startYear, int endYear) {
        this.workingGroupId = workingGroupId;
        this.startYear = startYear;
        this.endYear = endYear;
        this.status = ProgramStatus.DRAFT;
    }

    @Override
    public String label() {
        return startYear + "-" + endYear;
    }

    void update(ProgramDraft draft) {
        this.startYear = draft.startYear();
        this.endYear = draft.endYear();
        this.adoptedAtMeetingId = draft.adoptedAtMeetingId();
        this.priorities = draft.priorities();
        this.status = draft.status();
        this.themes.clear();
        if (draft.themes() != null) {
            this.themes.addAll(draft.themes());
        }
    }

    /** Freezes the current projects as the adopted list. */
    void adoptBaseline(Set<Project> projects) {
        baseline.clear();
        baseline.addAll(projects);
    }

    long getWorkingGroupId() {
        return workingGroupId;
    }

    int getStartYear() {
        return startYear;
    }

    int getEndYear() {
        return endYear;
    }

    Set<Theme> getThemes() {
        return themes.isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(themes);
    }
}
