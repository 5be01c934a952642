package org.coopera.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.TestSecurity.as;
import static org.coopera.base.api.ApiTestSupport.read;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.coopera.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The OpenAPI description names every write of the API with its summary (the writes are tested in each feature's *WritesIT). */
@IntegrationTest
class ApiWritesIT extends ApiWritesTestBase {

    @Test
    void theOpenApiDescriptionListsTheWritesWithTheirSummaries() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk()).andReturn();
        String[][] operations = {{"/api/v1/working-groups", "post"}, {"/api/v1/working-groups/{id}", "put"},
                {"/api/v1/working-groups/{id}/meetings", "post"}, {"/api/v1/meetings/{id}", "put"},
                {"/api/v1/programs", "post"}, {"/api/v1/programs/{id}", "put"}, {"/api/v1/programs/{id}/baseline", "post"},
                {"/api/v1/action-plans/{id}/measures", "post"}, {"/api/v1/measures/{id}", "put"},
                {"/api/v1/bulletins", "post"}, {"/api/v1/bulletins/{id}", "put"},
                {"/api/v1/projects/{id}/status-updates/{updateId}/return", "post"},
                {"/api/v1/sectors", "post"}, {"/api/v1/sectors/{id}", "put"},
                {"/api/v1/meetings/{id}/minutes", "post"}, {"/api/v1/meetings/{id}/minutes", "delete"},
                {"/api/v1/working-groups/{id}/co-chairs", "post"}, {"/api/v1/co-chairs/{id}", "put"},
                {"/api/v1/co-chairs/{id}", "delete"}, {"/api/v1/jurisdictions", "post"},
                {"/api/v1/jurisdictions/{id}", "put"}, {"/api/v1/people", "post"}, {"/api/v1/people/{id}", "put"},
                {"/api/v1/bulletins/{id}/photo", "post"}, {"/api/v1/bulletins/{id}/photo", "delete"},
                {"/api/v1/bulletins/{id}/documents", "post"}};
        for (String[] operation : operations) {
            String summary = read(result, "$.paths['" + operation[0] + "']." + operation[1] + ".summary");
            assertThat(summary).as(operation[1] + " " + operation[0]).isNotBlank();
        }
    }

}
