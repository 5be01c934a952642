package org.coopera.policy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.coopera.base.api.ApiProblemException;
import org.coopera.base.api.ApiVersions;
import org.coopera.policy.ActionPlanRecord;
import org.coopera.policy.MeasureDraft;
import org.coopera.policy.MeasureRecord;
import org.coopera.policy.ObjectiveProgress;
import org.coopera.policy.ObjectiveRecord;
import org.coopera.policy.PolicyRecord;
import org.coopera.policy.PolicyService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Policies, their objectives and action plans (read), and the plans' measures (read; create and
 * change: managers, administrators).
 */
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

    @PostMapping("/action-plans/{id}/measures")
    @Operation(summary = "Add a measure to an action plan (managers, administrators)",
            description = "objectiveId: an objective of the plan's policy; the code is unique in the plan")
    ResponseEntity<MeasureRecord> createMeasure(@PathVariable long id, @RequestBody MeasureDraft body) {
        policies.actionPlan(id).orElseThrow(ApiProblemException::notFound);
        MeasureRecord measure = policies.createMeasure(id, body);
        return ResponseEntity.created(URI.create("/api/v1/measures/" + measure.id()))
                .eTag(ApiVersions.etag(measure.version())).body(measure);
    }

    @PutMapping("/measures/{id}")
    @Operation(summary = "Change a measure (managers, administrators); If-Match: the ETag read with GET")
    ResponseEntity<MeasureRecord> updateMeasure(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody MeasureDraft body) {
        long version = ApiVersions.expectedVersion(ifMatch);
        policies.measure(id).orElseThrow(ApiProblemException::notFound);
        MeasureRecord measure = policies.updateMeasure(id, version, body);
        return ResponseEntity.ok().eTag(ApiVersions.etag(measure.version())).body(measure);
    }
}
