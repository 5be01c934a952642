package org.coopera.workinggroup.ui;

import java.time.LocalDate;
import org.coopera.reference.JurisdictionRef;
import org.coopera.workinggroup.WorkingGroupDraft;
import org.coopera.workinggroup.WorkingGroupSummary;

/** The editable state of the working-group dialog (the Binder writes into it). */
class WorkingGroupForm {

    private String acronym = "";
    private String nameFr = "";
    private String nameEn = "";
    private JurisdictionRef jurisdiction;
    private LocalDate foundedOn;
    private String mandate = "";
    private String cadence = "";
    private boolean active = true;

    static WorkingGroupForm of(WorkingGroupSummary group, JurisdictionRef jurisdiction) {
        var form = new WorkingGroupForm();
        form.acronym = group.acronym();
        form.nameFr = group.nameFr();
        form.nameEn = group.nameEn();
        form.jurisdiction = jurisdiction;
        form.foundedOn = group.foundedOn();
        form.mandate = group.mandate() == null ? "" : group.mandate();
        form.cadence = group.cadence() == null ? "" : group.cadence();
        form.active = group.active();
        return form;
    }

    WorkingGroupDraft toDraft() {
        return new WorkingGroupDraft(acronym, nameFr, nameEn, jurisdiction == null ? null : jurisdiction.id(),
                foundedOn, blankToNull(mandate), blankToNull(cadence), active);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public JurisdictionRef getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(JurisdictionRef jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }

    public String getMandate() {
        return mandate;
    }

    public void setMandate(String mandate) {
        this.mandate = mandate;
    }

    public String getCadence() {
        return cadence;
    }

    public void setCadence(String cadence) {
        this.cadence = cadence;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
