package org.coopera.program.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.coopera.program.ProjectDetail;
import org.coopera.program.ProjectDraft;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.coopera.reference.OrganisationRef;
import org.coopera.reference.QuebecRegion;
import org.coopera.reference.SectorRef;

/** The editable state of the project editor (the Binder writes into it). */
class ProjectForm {

    private String code = "";
    private String titleFr = "";
    private String titleEn = "";
    private SectorRef sector;
    private OrganisationRef leadQuebec;
    private OrganisationRef leadPartner;
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal budget;
    private ProjectStatus status = ProjectStatus.PIPELINE;
    private ProjectHealth health = ProjectHealth.ON_TRACK;
    private Set<Theme> themes = EnumSet.noneOf(Theme.class);
    private String description = "";
    private Set<QuebecRegion> regions = new LinkedHashSet<>();

    static ProjectForm of(ProjectDetail detail, SectorRef sector, OrganisationRef leadQuebec,
                          OrganisationRef leadPartner, List<QuebecRegion> allRegions) {
        var form = new ProjectForm();
        var row = detail.row();
        form.code = row.code();
        form.titleFr = row.titleFr();
        form.titleEn = row.titleEn();
        form.sector = sector;
        form.leadQuebec = leadQuebec;
        form.leadPartner = leadPartner;
        form.startDate = row.startDate();
        form.endDate = row.endDate();
        form.budget = row.budget();
        form.status = row.status();
        form.health = row.health();
        form.themes = detail.themes().isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(detail.themes());
        form.description = detail.description() == null ? "" : detail.description();
        form.regions = allRegions.stream().filter(r -> detail.regionCodes().contains(r.code()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return form;
    }

    /** The draft for the service; partners and the continued project are kept as stored (not edited here). */
    ProjectDraft toDraft(ProjectDetail stored) {
        return new ProjectDraft(code, titleFr, titleEn, sector == null ? null : sector.id(),
                leadQuebec == null ? null : leadQuebec.id(), leadPartner == null ? null : leadPartner.id(),
                stored.partnerIds(), startDate, endDate, budget, status, health, Set.copyOf(themes),
                description == null || description.isBlank() ? null : description, stored.carriedOverFromId(),
                regions.stream().map(QuebecRegion::code).collect(Collectors.toSet()));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public SectorRef getSector() {
        return sector;
    }

    public void setSector(SectorRef sector) {
        this.sector = sector;
    }

    public OrganisationRef getLeadQuebec() {
        return leadQuebec;
    }

    public void setLeadQuebec(OrganisationRef leadQuebec) {
        this.leadQuebec = leadQuebec;
    }

    public OrganisationRef getLeadPartner() {
        return leadPartner;
    }

    public void setLeadPartner(OrganisationRef leadPartner) {
        this.leadPartner = leadPartner;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public ProjectHealth getHealth() {
        return health;
    }

    public void setHealth(ProjectHealth health) {
        this.health = health;
    }

    public Set<Theme> getThemes() {
        return themes;
    }

    public void setThemes(Set<Theme> themes) {
        this.themes = themes;
    }

    public Set<QuebecRegion> getRegions() {
        return regions;
    }

    public void setRegions(Set<QuebecRegion> regions) {
        this.regions = regions == null ? new LinkedHashSet<>() : new LinkedHashSet<>(regions);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
