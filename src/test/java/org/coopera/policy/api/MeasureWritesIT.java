package org.coopera.policy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.TestSecurity.as;
import static org.coopera.base.api.ApiTestSupport.ADMIN;
import static org.coopera.base.api.ApiTestSupport.MANAGER;
import static org.coopera.base.api.ApiTestSupport.read;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.function.LongSupplier;
import org.coopera.IntegrationTest;
import org.coopera.policy.ActionPlanRecord;
import org.coopera.policy.ObjectiveRecord;
import org.coopera.policy.PolicyDrafts.ActionPlanDraft;
import org.coopera.policy.PolicyDrafts.ObjectiveDraft;
import org.coopera.policy.PolicyDrafts.PolicyDraft;
import org.coopera.policy.PolicyRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.coopera.base.api.ApiWritesTestBase;

/** The API's writes of an action plan's measures. */
@IntegrationTest
class MeasureWritesIT extends ApiWritesTestBase {

    // ---- measures --------------------------------------------------------------------------

    static String measure(long objective, String code, String titleEn) {
        return """
                {"objectiveId": %d, "code": "%s", "titleFr": "Mesure %s", "titleEn": "%s",
                 "leadOrganisationId": null, "partnerOrganisationIds": [], "description": "Décrite.",
                 "expectedResult": "Un résultat.", "status": "NOT_STARTED"}""".formatted(objective, code, code, titleEn);
    }

    @Test
    void measuresAreAddedToAPlanAndChangedWithIfMatch() throws Exception {
        record Plan(long plan, long objective) {
        }
        Plan own = as("admin", "ADMIN", () -> {
            PolicyRecord policy = policies.createPolicy(new PolicyDraft("API-" + suffix, "Politique API " + suffix,
                    "API policy " + suffix, 1901));
            ObjectiveRecord objective = policies.addObjective(policy.id(), new ObjectiveDraft(1, "Objectif", "Objective"));
            ActionPlanRecord plan = policies.createActionPlan(policy.id(), new ActionPlanDraft(2015, 2018, "Plan API",
                    "API plan", 3));
            return new Plan(plan.id(), objective.id());
        });
        long demoObjective = as("admin", "ADMIN", () -> policies.objectives(policies.policies().stream()
                .filter(p -> p.code().equals("PIQ-2006")).findFirst().orElseThrow().id())).getFirst().id();
        String body = measure(own.objective(), "M-1", "Measure one");
        String measures = "/api/v1/action-plans/" + own.plan() + "/measures";
        LongSupplier count = () -> as("admin", "ADMIN", () -> policies.countMeasures(own.plan()));
        refusedCreations(measures, body, count,
                new Bad(body.replace("\"objectiveId\": " + own.objective(), "\"objectiveId\": \"premier\""), 400,
                        "objectiveId"),
                new Bad(body.replace("\"partnerOrganisationIds\": []", "\"partnerOrganisationIds\": 4"), 400,
                        "partnerOrganisationIds"),
                new Bad(body.replace("\"code\": \"M-1\"", "\"code\": \" \""), 400, "code"),
                new Bad(body.replace("\"NOT_STARTED\"", "null"), 400, "status"),
                new Bad(body.replace("\"objectiveId\": " + own.objective(), "\"objectiveId\": " + demoObjective), 422,
                        "code:policy.measure.objective.other-policy"));
        mvc.perform(post("/api/v1/action-plans/" + UNKNOWN + "/measures").with(MANAGER)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());

        MvcResult created = mvc.perform(post(measures).with(MANAGER).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/measures/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.actionPlanId").value(own.plan()))
                .andExpect(jsonPath("$.code").value("M-1")).andReturn();
        int id = read(created, "$.id");
        String path = created.getResponse().getHeader("Location");
        mvc.perform(post(measures).with(MANAGER).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("policy.measure.code.taken"));

        String changed = measure(own.objective(), "M-1", "Measure one, under way").replace("NOT_STARTED", "IN_PROGRESS");
        mvc.perform(put(path).with(MANAGER).header("If-Match", etagOf(path)).contentType(MediaType.APPLICATION_JSON)
                        .content(changed))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        var stored = as("admin", "ADMIN", () -> policies.measure(id)).orElseThrow();
        assertThat(stored.titleEn()).isEqualTo("Measure one, under way");
        assertThat(stored.status()).hasToString("IN_PROGRESS");

        refusedChanges(path, "/api/v1/measures/" + UNKNOWN, "\"1\"", "\"0\"", changed,
                new Bad(changed.replace("\"IN_PROGRESS\"", "\"EN_COURS\""), 400, "status"),
                new Bad(changed.replace("\"Measure one, under way\"", "\"\""), 400, "titleEn"),
                new Bad(changed.replace("\"partnerOrganisationIds\": []", "\"partnerOrganisationIds\": [" + UNKNOWN + "]"),
                        404, "code:record.not-found"));
        assertThat(count.getAsLong()).isEqualTo(1);
    }

}
