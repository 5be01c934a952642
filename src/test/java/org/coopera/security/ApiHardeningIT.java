package org.coopera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.base.api.ApiTestSupport.DEMO_PASSWORD;
import static org.coopera.base.api.ApiTestSupport.MANAGER;
import static org.coopera.base.api.ApiTestSupport.READER;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.coopera.IntegrationTest;
import org.coopera.base.api.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The API's promises towards browsers and wrong requests, over real HTTP on the running server
 * (so that errors take the container's way to {@code /error}) and through MockMvc: a wrong
 * {@code Accept} is a 406, a reader's write is a 403 whatever its body, no Basic challenge for a
 * browser, no write authenticated by Basic alone without a header a cross-site form cannot send.
 */
@IntegrationTest
class ApiHardeningIT {

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        mvc = ApiTestSupport.mvc(context);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    // 1. a wrong Accept header

    @Test
    void aWrongAcceptHeaderIsA406NotA404() throws Exception {
        for (String accept : new String[] {"application/xml", "text/csv"}) {
            HttpResponse<String> response = send(at("/api/v1/projects").header("Accept", accept)
                    .header("Authorization", basic("lecteur")));
            assertThat(response.statusCode()).as(accept).isEqualTo(406);
            assertThat(response.body()).as(accept).isEmpty();
        }
        // an address that gives XML only, asked for JSON: problem details, since the client takes JSON
        HttpResponse<String> withProblems = send(at("/api/v1/programs/1/iati").header("Accept", "application/json")
                .header("Accept-Language", "en").header("Authorization", basic("lecteur")));
        assertThat(withProblems.statusCode()).isEqualTo(406);
        assertThat(withProblems.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(withProblems.body()).contains("\"status\":406");
        HttpResponse<String> csv = send(at("/api/v1/programs/1/iati").header("Accept", "text/csv")
                .header("Authorization", basic("lecteur")));
        assertThat(csv.statusCode()).isEqualTo(406);
        assertThat(csv.body()).isEmpty();
        // the right Accept still works, and an unknown address stays a 404
        assertThat(send(at("/api/v1/projects").header("Accept", "application/json")
                .header("Authorization", basic("lecteur"))).statusCode()).isEqualTo(200);
        assertThat(send(at("/api/v1/no-such-thing").header("Accept", "application/json")
                .header("Authorization", basic("lecteur"))).statusCode()).isEqualTo(404);
    }

    // 2. authorisation before body validation

    @Test
    void aReadersWriteIsForbiddenWhateverItsBody() throws Exception {
        mvc.perform(post("/api/v1/working-groups").with(READER).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status", is(403)));
        mvc.perform(post("/api/v1/working-groups").with(READER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": "))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sectors").with(READER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unknown\": 1}"))
                .andExpect(status().isForbidden());
        // a manager's invalid body is still a 400 with the fields
        mvc.perform(post("/api/v1/working-groups").with(MANAGER).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors").isArray());
    }

    // 3. no Basic challenge to a browser (it would open its dialog and keep the credentials)

    @Test
    void browsersGetNoBasicChallengeApiClientsDo() throws Exception {
        String[][] browsers = {
                {"Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"},
                {"X-Requested-With", "XMLHttpRequest"},
                {"Sec-Fetch-Mode", "navigate"}};
        for (String[] header : browsers) {
            HttpResponse<String> response = send(at("/api/v1/projects").header(header[0], header[1]));
            assertThat(response.statusCode()).as(header[0]).isEqualTo(401);
            assertThat(response.headers().allValues("WWW-Authenticate")).as(header[0])
                    .noneMatch(value -> value.startsWith("Basic"));
            // wrong credentials from a browser: no challenge either
            HttpResponse<String> wrong = send(at("/api/v1/projects").header(header[0], header[1])
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("lecteur:faux".getBytes())));
            assertThat(wrong.statusCode()).as(header[0]).isEqualTo(401);
            assertThat(wrong.headers().allValues("WWW-Authenticate")).as(header[0])
                    .noneMatch(value -> value.startsWith("Basic"));
        }
        for (String accept : new String[] {"application/json", "*/*"}) {
            HttpResponse<String> client = send(at("/api/v1/projects").header("Accept", accept));
            assertThat(client.statusCode()).isEqualTo(401);
            assertThat(client.headers().allValues("WWW-Authenticate")).as(accept)
                    .anyMatch(value -> value.startsWith("Basic realm=\"Coopera\""));
        }
    }
}
