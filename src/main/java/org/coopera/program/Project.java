package org.coopera.program;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.coopera.base.AbstractEntity;
import org.coopera.base.BusinessException;
import org.coopera.base.Labelled;
import org.hibernate.envers.Audited;

/** A cooperation project of a biennial programme. */
@Entity
@Table(name = "project")
@Audited
class Project extends AbstractEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(name = "title_fr", nullable = false, length = 500)
    private String titleFr;

    @Column(name = "title_en", nullable = false, length = 500)
    private String titleEn;

    /** The sector (reference feature), by id. */
    @Column(name = "sector_id", nullable = false)
    private long sectorId;

    /** Lead organisations on each side (reference feature), by id. */
    @Column(name = "lead_org_quebec_id")
    private Long leadOrgQuebecId;

    @Column(name = "lead_org_partner_id")
    private Long leadOrgPartnerId;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "project_partner", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<Long> partnerIds = new HashSet<>();

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(precision = 15, scale = 2)
    private BigDecimal budget;

    /** The budget is the sum of the approved amounts of the project's funding lines, not typed. */
    @Column(name = "budget_from_funding", nullable = false)
    private boolean budgetFromFunding;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectHealth health;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "project_theme", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "theme", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Theme> themes = new HashSet<>();

    /** Official codes of the Québec administrative regions where the project takes place (reference feature). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "project_region", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "region_code", nullable = false, length = 2)
    private Set<String> regionCodes = new HashSet<>();

    @Column(columnDefinition = "TEXT")
    private String description;

    /** Demo data whose title the source does not give: marked so nobody takes it for a fact. */
    @Column(nullable = false)
    private boolean illustrative;

    /** Date of the latest approved status update, whose status and health the project now has. */
    @Column(name = "last_approved_update_date")
    private LocalDate lastApprovedUpdateDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "carried_over_from_id")
    private Project carriedOverFrom;

    protected Project() {
    }

    Project(Program program, String code) {
        this.program = program;
        this.code = code;
        this.status = ProjectStatus.PIPELINE;
        this.health = ProjectHealth.ON_TRACK;
    }

    @Override
    public String label() {
        return code;
    }

    /** After a change of the project's funding lines: their approved total is the budget while there are some. */
    void fundingChanged(boolean hasLines, BigDecimal approvedTotal) {
        this.budgetFromFunding = hasLines;
        if (hasLines) {
            this.budget = approvedTotal;
        }
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    void update(ProjectDraft draft, Project carriedOverFrom) {
        this.code = draft.code().trim();
        this.titleFr = draft.titleFr().trim();
        this.titleEn = draft.titleEn().trim();
        this.sectorId = draft.sectorId();
        this.leadOrgQuebecId = draft.leadOrgQuebecId();
        this.leadOrgPartnerId = draft.leadOrgPartnerId();
        // collections rewritten only when they differ: clearing one makes Hibernate delete and re-insert every row
        Set<Long> partners = draft.partnerIds() == null ? Set.of() : draft.partnerIds();
        if (!this.partnerIds.equals(partners)) {
            this.partnerIds.clear();
            this.partnerIds.addAll(partners);
        }
        this.startDate = draft.startDate();
        this.endDate = draft.endDate();
        if (budgetFromFunding && !sameAmount(draft.budget(), budget)) {
            throw new BusinessException("project.budget.from-funding");
        }
        this.budget = draft.budget();
        this.status = draft.status();
        this.health = draft.health();
        Set<Theme> newThemes = draft.themes() == null ? Set.of() : draft.themes();
        if (!this.themes.equals(newThemes)) {
            this.themes.clear();
            this.themes.addAll(newThemes);
        }
        if (!this.regionCodes.equals(draft.regionCodes())) {
            this.regionCodes.clear();
            this.regionCodes.addAll(draft.regionCodes());
        }
        this.description = draft.description();
        this.carriedOverFrom = carriedOverFrom;
    }

    /**
     * An update was approved: it sets the project's status and health unless a later approved
     * update already has.
     *
     * @return whether the update is now the latest approved one
     */
    boolean applyApproved(LocalDate date, ProjectStatus newStatus, ProjectHealth newHealth) {
        if (lastApprovedUpdateDate != null && date.isBefore(lastApprovedUpdateDate)) {
            return false;
        }
        this.lastApprovedUpdateDate = date;
        this.status = newStatus;
        this.health = newHealth;
        return true;
    }

    /** Once an update is approved, the status and health come from approved updates only. */
    boolean hasApprovedUpdate() {
        return lastApprovedUpdateDate != null;
    }

    ProjectStatus getStatus() {
        return status;
    }

    ProjectHealth getHealth() {
        return health;
    }

    Program getProgram() {
        return program;
    }

    String getCode() {
        return code;
    }

    Project getCarriedOverFrom() {
        return carriedOverFrom;
    }
}
