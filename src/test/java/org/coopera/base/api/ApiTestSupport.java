package org.coopera.base.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MockMvc through the real security filter chains, and small helpers for the API tests. */
public final class ApiTestSupport {

    public static final String DEMO_PASSWORD = "coopera-demo";
    /** The demo users over HTTP Basic: administrator, manager, officer (GTQM only) and reader. */
    public static final RequestPostProcessor ADMIN = httpBasic("admin", DEMO_PASSWORD);
    public static final RequestPostProcessor MANAGER = httpBasic("gestionnaire", DEMO_PASSWORD);
    public static final RequestPostProcessor OFFICER = httpBasic("agent", DEMO_PASSWORD);
    public static final RequestPostProcessor READER = httpBasic("lecteur", DEMO_PASSWORD);

    private ApiTestSupport() {
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
