package org.coopera.base.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MockMvc through the real security filter chains, and small helpers for the API tests. */
public final class ApiTestSupport {

    public static final String DEMO_PASSWORD = "coopera-demo";
    /** The demo users over HTTP Basic: administrator, manager, officer (GTQM only) and reader. */
    public static final RequestPostProcessor ADMIN = basic("admin", DEMO_PASSWORD);
    public static final RequestPostProcessor MANAGER = basic("gestionnaire", DEMO_PASSWORD);
    public static final RequestPostProcessor OFFICER = basic("agent", DEMO_PASSWORD);
    public static final RequestPostProcessor READER = basic("lecteur", DEMO_PASSWORD);
    /** The header a write authenticated by HTTP Basic must carry (a cross-site form cannot send it). */
    public static final String WRITE_HEADER = "X-Requested-With";

    private ApiTestSupport() {
    }

    /**
     * HTTP Basic as an API client sends it: with {@link #WRITE_HEADER} on writes (POST, PUT, PATCH,
     * DELETE), none on reads (so that reads still get the Basic challenge of a non-browser client).
     */
    public static RequestPostProcessor basic(String user, String password) {
        RequestPostProcessor credentials = httpBasic(user, password);
        return request -> {
            MockHttpServletRequest processed = credentials.postProcessRequest(request);
            if (!Set.of("GET", "HEAD", "OPTIONS").contains(processed.getMethod())) {
                processed.addHeader(WRITE_HEADER, "XMLHttpRequest");
            }
            return processed;
        };
    }

    public static MockMvc mvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    public static String body(MvcResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    public static <T> T read(MvcResult result, String path) {
        return JsonPath.read(body(result), path);
    }
}
