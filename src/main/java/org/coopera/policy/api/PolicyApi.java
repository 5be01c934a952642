package org.coopera.policy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.coopera.base.api.ApiProblemException;
import org.coopera.base.api.ApiVersions;
import org.coopera.policy.ActionPlanRecord;
import org.coopera.policy.MeasureRecord;
import org.coopera.policy.ObjectiveProgress;
import org.coopera.policy.ObjectiveRecord;
import org.coopera.policy.PolicyRecord;
import org.coopera.policy.PolicyService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Policies, their objectives and action plans, and the plans' measures (read). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "policy")
class PolicyApi {

    private final PolicyService policies;

    PolicyApi(PolicyService policies) {
        this.policies = policies;
    }

    @GetMapping("/policies")
    List<PolicyRecord> policies() {
        return policies.policies();
    }

    @GetMapping("/policies/{id}/objectives")
    List<ObjectiveRecord> objectives(@PathVariable long id) {
        policies.policy(id).orElseThrow(ApiProblemException::notFound);
        return policies.objectives(id);
    }

    @GetMapping("/policies/{id}/action-plans")
    List<ActionPlanRecord> actionPlans(@PathVariable long id) {
        policies.policy(id).orElseThrow(ApiProblemException::notFound);
        return policies.actionPlans(id);
    }

    @GetMapping("/measures")
    @Operation(summary = "The measures of an action plan by objective, with their status in a reporting year",
            description = "year: the first year of the reporting year (2007 for 2007-2008); default the plan's first")
    List<ObjectiveProgress> measures(@RequestParam(required = false) Long actionPlan,
                                     @RequestParam(required = false) Integer year) {
        if (actionPlan == null) {
            throw new ApiProblemException(HttpStatus.BAD_REQUEST, "api.measures.action-plan");
        }
        ActionPlanRecord plan = policies.actionPlan(actionPlan).orElseThrow(ApiProblemException::notFound);
        return policies.tree(plan.id(), year == null ? plan.startYear() : year);
    }

    @GetMapping("/measures/{id}")
    ResponseEntity<MeasureRecord> measure(@PathVariable long id) {
        MeasureRecord measure = policies.measure(id).orElseThrow(ApiProblemException::notFound);
        return ResponseEntity.ok().eTag(ApiVersions.etag(measure.version())).body(measure);
    }
}
