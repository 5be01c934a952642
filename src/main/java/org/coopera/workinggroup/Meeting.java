package org.coopera.workinggroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.coopera.base.AbstractEntity;
import org.coopera.base.Labelled;
import org.hibernate.envers.Audited;

/** A numbered meeting of a working group: where, when, who chaired, minutes, workshops, decisions. */
@Entity
@Table(name = "meeting")
@Audited
class Meeting extends AbstractEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "working_group_id")
    private WorkingGroup workingGroup;

    @Column(nullable = false)
    private int number;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(length = 255)
    private String place;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "meeting_co_chair", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "co_chair_id"))
    private Set<CoChair> chairs = new HashSet<>();

    @Column(name = "minutes_signed_on")
    private LocalDate minutesSignedOn;

    /** The signed minutes (a stored file, base feature), by id. */
    @Column(name = "minutes_file_id")
    private Long minutesFileId;

    @Column(name = "workshops_held")
    private Integer workshopsHeld;

    @Column(name = "workshops_summary", columnDefinition = "TEXT")
    private String workshopsSummary;

    @Column(columnDefinition = "TEXT")
    private String decisions;

    @Column(columnDefinition = "TEXT")
    private String priorities;

    protected Meeting() {
    }

    Meeting(WorkingGroup workingGroup, int number, LocalDate date) {
        this.workingGroup = workingGroup;
        this.number = number;
        this.date = date;
    }

    @Override
    public String label() {
        return "#" + number + " " + date;
    }

    void update(MeetingDraft draft, Set<CoChair> chairs) {
        this.number = draft.number();
        this.date = draft.date();
        this.place = draft.place();
        this.minutesSignedOn = draft.minutesSignedOn();
        this.workshopsHeld = draft.workshopsHeld();
        this.workshopsSummary = draft.workshopsSummary();
        this.decisions = draft.decisions();
        this.priorities = draft.priorities();
        this.chairs.clear();
        this.chairs.addAll(chairs);
    }

    Long getMinutesFileId() {
        return minutesFileId;
    }

    void setMinutesFileId(Long minutesFileId) {
        this.minutesFileId = minutesFileId;
    }

    WorkingGroup getWorkingGroup() {
        return workingGroup;
    }

    int getNumber() {
        return number;
    }

    LocalDate getDate() {
        return date;
    }

    String getPlace() {
        return place;
    }

    Set<CoChair> getChairs() {
        return chairs;
    }

    LocalDate getMinutesSignedOn() {
        return minutesSignedOn;
    }

    Integer getWorkshopsHeld() {
        return workshopsHeld;
    }

    String getWorkshopsSummary() {
        return workshopsSummary;
    }

    String getDecisions() {
        return decisions;
    }

    String getPriorities() {
        return priorities;
    }
}
