package org.coopera.policy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coopera.base.BusinessException;
import org.coopera.base.HistoryEntry;
import org.coopera.base.HistoryService;
import org.coopera.policy.PolicyDrafts.ActionPlanDraft;
import org.coopera.policy.PolicyDrafts.LinkDraft;
import org.coopera.policy.PolicyDrafts.ObjectiveDraft;
import org.coopera.policy.PolicyDrafts.PolicyDraft;
import org.coopera.reference.CountryService;
import org.coopera.reference.PartnerService;
import org.coopera.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Policies, their objectives and action plans, the plans' measures and the work that carries
 * them out (programmes, projects, meetings, offices). Everyone signed in reads; managers and
 * administrators change.
 */
@Service
@Validated
public class PolicyService {

    private final PolicyRepository policies;
    private final ObjectiveRepository objectives;
    private final ActionPlanRepository plans;
    private final MeasureRepository measures;
    private final MeasureLinkRepository links;
    private final PolicyQueries queries;
    private final PartnerService partners;
    private final CountryService countries;
    private final HistoryService history;

    PolicyService(PolicyRepository policies, ObjectiveRepository objectives, ActionPlanRepository plans,
                  MeasureRepository measures, MeasureLinkRepository links, PolicyQueries queries,
                  PartnerService partners, CountryService countries,
                  HistoryService history) {
        this.policies = policies;
        this.objectives = objectives;
        this.plans = plans;
        this.measures = measures;
        this.links = links;
        this.queries = queries;
        this.partners = partners;
        this.countries = countries;
        this.history = history;
    }

    // ---- policies, objectives, plans ------------------------------------------------------

    /** Every policy (a handful), the most recently made public first, those without a year last. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    public List<PolicyRecord> policies() {
        return queries.policies();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    public Optional<PolicyRecord> policy(long id) {
        return queries.policy(id);
    }

    /** A policy's objectives by number. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    public List<ObjectiveRecord> objectives(long policyId) {
        return queries.objectives(policyId);
    }

    /** A policy's action plans, oldest period first. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    public List<ActionPlanRecord> actionPlans(long policyId) {
        return queries.actionPlans(policyId);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    public Optional<ActionPlanRecord> actionPlan(long id) {
        return queries.actionPlan(id);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public PolicyRecord createPolicy(@Valid PolicyDraft draft) {
        if (policies.existsByCode(draft.code().trim())) {
            throw new BusinessException("policy.code.taken", draft.code().trim());
        }
        long id = policies.saveAndFlush(new Policy(draft.code().trim(), draft.titleFr().trim(), draft.titleEn().trim(),
                draft.madePublicYear())).getId();
        return queries.policy(id).orElseThrow();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public ObjectiveRecord addObjective(long policyId, @Valid ObjectiveDraft draft) {
        policies.findById(policyId).orElseThrow(() -> new BusinessException("record.not-found"));
        if (queries.objectives(policyId).stream().anyMatch(o -> o.number() == draft.number())) {
            throw new BusinessException("policy.objective.number.taken", draft.number());
        }
        long id = objectives.saveAndFlush(new Objective(policyId, draft.number(), draft.titleFr().trim(),
                draft.titleEn().trim())).getId();
        return queries.objectives(policyId).stream().filter(o -> o.id() == id).findFirst().orElseThrow();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public ActionPlanRecord createActionPlan(long policyId, @Valid ActionPlanDraft draft) {
        policies.findById(policyId).orElseThrow(() -> new BusinessException("record.not-found"));
        if (draft.endYear() <= draft.startYear()) {
            throw new BusinessException("policy.plan.period.order");
        }
        if (queries.actionPlans(policyId).stream().anyMatch(p -> p.startYear() == draft.startYear())) {
            throw new BusinessException("policy.plan.period.taken", draft.startYear() + "-" + draft.endYear());
        }
        long id = plans.saveAndFlush(new ActionPlan(policyId, draft.startYear(), draft.endYear(),
                draft.titleFr().trim(), draft.titleEn().trim(), draft.plannedMeasures())).getId();
        return queries.actionPlan(id).orElseThrow();
    }

    /**
     * The policy tree of a plan: its policy's objectives with the plan's measures, and per objective
     * how many measures are done, under way, not started or not reported in the reporting year
     * starting in {@code reportingStartYear} (from the latest version of that year's report).
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    public List<ObjectiveProgress> tree(long actionPlanId, int reportingStartYear) {
        ActionPlanRecord plan = queries.actionPlan(actionPlanId)
                .orElseThrow(() -> new BusinessException("record.not-found"));
        // officers and readers: from the latest published version (drafts are their editors' only)
        return queries.tree(plan.id(), plan.policyId(), reportingStartYear, ReportEditors.signedIn());
    }

    // ---- measures -------------------------------------------------------------------------

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    public Optional<MeasureRecord> measure(long id) {
        return queries.measure(id);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    public long countMeasures(long actionPlanId) {
        return queries.countMeasures(actionPlanId);
    }

    /** Adds a measure to a plan; its objective must be one of the plan's policy. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public MeasureRecord createMeasure(long actionPlanId, @Valid MeasureDraft draft) {
        ActionPlan plan = plans.findById(actionPlanId).orElseThrow(() -> new BusinessException("record.not-found"));
        checkRules(plan, draft, null);
        var measure = new Measure(actionPlanId);
        measure.update(draft);
        return queries.measure(measures.saveAndFlush(measure).getId()).orElseThrow();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public MeasureRecord updateMeasure(long id, long expectedVersion, @Valid MeasureDraft draft) {
        Measure measure = measures.findById(id).orElseThrow(() -> new BusinessException("record.not-found"));
        if (measure.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Measure.class, id);
        }
        ActionPlan plan = plans.findById(measure.getActionPlanId()).orElseThrow();
        checkRules(plan, draft, id);
        measure.update(draft);
        measures.saveAndFlush(measure);
        return queries.measure(id).orElseThrow();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    @Transactional(readOnly = true)
    public List<HistoryEntry> measureHistory(long id) {
        return history.historyOf(Measure.class, id);
    }

    private void checkRules(ActionPlan plan, MeasureDraft draft, Long id) {
        Objective objective = objectives.findById(draft.objectiveId())
                .orElseThrow(() -> new BusinessException("record.not-found"));
        if (objective.getPolicyId() != plan.getPolicyId()) {
            throw new BusinessException("policy.measure.objective.other-policy");
        }
        String code = draft.code().trim();
        boolean taken = id == null ? measures.existsByActionPlanIdAndCode(plan.getId(), code)
                : measures.existsByActionPlanIdAndCodeAndIdNot(plan.getId(), code, id);
        if (taken) {
            throw new BusinessException("policy.measure.code.taken", code);
        }
        if (draft.leadOrganisationId() != null && partners.organisation(draft.leadOrganisationId()).isEmpty()) {
            throw new BusinessException("record.not-found");
        }
        if (draft.partnerOrganisationIds() != null) {
            for (Long partner : draft.partnerOrganisationIds()) {
                if (partner == null || partners.organisation(partner).isEmpty()) {
                    throw new BusinessException("record.not-found");
                }
            }
        }
    }

    // ---- links to the work that carries a measure out ------------------------------------

    /** What carries the measure out, each programme, project and meeting named. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    @Transactional(readOnly = true)
    public List<MeasureLinkRecord> links(long measureId, Locale locale) {
        return queries.linksWithLabels(measureId, locale != null && "en".equals(locale.getLanguage()));
    }

    /**
     * The measures carried out by a programme, project or meeting (by its id) — for "measures this
     * programme carries out" on the other features' pages. For offices, {@code targetId} is unused: use
     * {@link #links}.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    public List<MeasureLinkRecord> measuresLinkedTo(LinkType type, long targetId) {
        return queries.linkedTo(type, targetId);
    }

    /** The same for several targets at once (a working group's meetings), in one statement, by target id. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OFFICER, Roles.READER})
    public java.util.Map<Long, List<MeasureLinkRecord>> measuresLinkedTo(LinkType type, java.util.Collection<Long> targetIds) {
        return queries.linkedTo(type, targetIds);
    }

    /** Links a measure to a programme, project or meeting that exists, or to an office abroad (name, city, country). */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public MeasureLinkRecord addLink(long measureId, @Valid LinkDraft draft) {
        measures.findById(measureId).orElseThrow(() -> new BusinessException("record.not-found"));
        MeasureLink link;
        if (draft.type() == LinkType.OFFICE) {
            if (blank(draft.officeName()) || blank(draft.officeCity()) || blank(draft.officeCountryCode())) {
                throw new BusinessException("policy.link.office.incomplete");
            }
            String country = draft.officeCountryCode().trim().toUpperCase(Locale.ROOT);
            if (countries.byCode(country).isEmpty()) {
                throw new BusinessException("country.unknown", country);
            }
            link = new MeasureLink(measureId, LinkType.OFFICE, null, draft.officeName().trim(),
                    draft.officeCity().trim(), country);
        } else {
            if (draft.targetId() == null) {
                throw new BusinessException("policy.link.target.required");
            }
            if (!queries.targetExists(draft.type(), draft.targetId())) {
                throw new BusinessException("policy.link.target.unknown", draft.targetId());
            }
            boolean duplicate = queries.links(measureId).stream()
                    .anyMatch(l -> l.type() == draft.type() && draft.targetId().equals(l.targetId()));
            if (duplicate) {
                throw new BusinessException("policy.link.duplicate");
            }
            link = new MeasureLink(measureId, draft.type(), draft.targetId(), null, null, null);
        }
        long id = links.saveAndFlush(link).getId();
        return queries.links(measureId).stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Transactional
    public void removeLink(long linkId, long expectedVersion) {
        MeasureLink link = links.findById(linkId).orElseThrow(() -> new BusinessException("record.not-found"));
        if (link.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(MeasureLink.class, linkId);
        }
        links.delete(link);
        links.flush();
    }



    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
