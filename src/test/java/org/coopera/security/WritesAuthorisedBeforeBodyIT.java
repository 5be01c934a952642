package org.coopera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.base.api.ApiTestSupport.READER;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.coopera.IntegrationTest;
import org.coopera.base.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write endpoint of the API, as Spring MVC maps them (so that a new one cannot be forgotten):
 * a reader's write with a body that is not even readable (wrong type, broken JSON) is a 403 from the
 * security chain, never a 400, 415 or 422 that would show the body was read first.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WritesAuthorisedBeforeBodyIT {

    private static final Set<RequestMethod> WRITES =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    @Autowired
    WebApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** "POST /api/v1/working-groups/{id}/meetings", one per method and pattern, sorted. */
    List<String> writeEndpoints() {
        var endpoints = new TreeSet<String>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods().stream().filter(WRITES::contains)
                        .forEach(method -> endpoints.add(method + " " + pattern))));
        return List.copyOf(endpoints);
    }

    @Test
    void theEnumerationFindsTheKnownWrites() {
        assertThat(writeEndpoints()).hasSizeGreaterThan(25).contains("POST /api/v1/imports/projects",
                "PUT /api/v1/measures/{id}", "DELETE /api/v1/co-chairs/{id}",
                "POST /api/v1/projects/{id}/status-updates/{updateId}/approval");
    }

    @ParameterizedTest
    @MethodSource("writeEndpoints")
    void aReadersWriteWithAnUnreadableBodyIsA403(String endpoint) throws Exception {
        String[] parts = endpoint.split(" ");
        String path = parts[1].replaceAll("\\{[^}]+}", "1");
        MockMvc mvc = ApiTestSupport.mvc(context);
        for (var body : Stream.of(new Object[] {MediaType.TEXT_PLAIN, "{"},
                new Object[] {MediaType.APPLICATION_JSON, "{\"unknown\": "}).toList()) {
            mvc.perform(request(HttpMethod.valueOf(parts[0]), path).with(READER).header("If-Match", "\"0\"")
                            .contentType((MediaType) body[0]).content((String) body[1]))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("api.forbidden"));
        }
    }
}
