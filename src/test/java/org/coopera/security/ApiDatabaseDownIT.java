package org.coopera.security;

import static org.coopera.TestSecurity.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.coopera.IntegrationTest;
import org.coopera.base.api.ApiTestSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The database is gone: an API call with a bearer token or Basic credentials gets 503 with Retry-After, as
 * the controllers answer, not an error page (the cluster test saw 302 and 500: the token is looked up in the
 * security filters, before any controller). Own JVM: it stops the database.
 */
@IntegrationTest
@Tag(IntegrationTest.OWN_JVM)
@TestPropertySource(properties = {
        "coopera.embedded-db.database=coopera_api_db_down",
        "spring.datasource.hikari.connection-timeout=2000",
        "spring.datasource.hikari.validation-timeout=1000"})
class ApiDatabaseDownIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcClient jdbc;

    @Test
    void tokenAndBasicCallsGetServiceUnavailableWithRetryAfter() throws Exception {
        MockMvc mvc = ApiTestSupport.mvc(context);
        String token = as("gestionnaire", "MANAGER",
                () -> tokens.create("Panne", null, true, "coopera-demo")).token();
        mvc.perform(get("/api/v1/sectors").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        jdbc.sql("SHUTDOWN").update();  // the server stops: every connection and every new one fails

        mvc.perform(get("/api/v1/sectors").header("Authorization", "Bearer " + token))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.status").value(503));
        mvc.perform(get("/api/v1/sectors").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic("gestionnaire", "coopera-demo")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"));
    }
}
