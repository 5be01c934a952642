package org.coopera.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every view runs under the strict Content-Security-Policy (docs/decisions/0011): one browser
 * session opens the login page, signs in as the administrator (who may open every view) and loads
 * each {@code @Route} of the application, found by scanning the classes so that a new view cannot be
 * forgotten, and the API's documentation page; Chromium reports no CSP violation on any of them.
 */
class ContentSecurityPolicyE2EIT extends E2ETestBase {

    /** A demo record for each route parameter; a new route with a parameter must be added here. */
    private static final Map<String, String> PARAMETERS = Map.of(
            "working-groups/:id", "select min(id) from working_group",
            "programs/:id", "select min(id) from program",
            "projects/:id", "select min(id) from project",
            "policy/measures/:id", "select min(id) from measure",
            "policy/reports/:id", "select min(id) from progress_report",
            "bulletins/:id", "select min(id) from bulletin");

    /** Chromium's own report ("Refused to … because it violates the following Content Security Policy directive"). */
    private static final Pattern VIOLATION = Pattern.compile("(?i)content security policy|securitypolicyviolation");

    @Autowired
    JdbcClient jdbc;

    private List<String> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var routes = new TreeSet<String>();
        scanner.findCandidateComponents("org.coopera").forEach(bean -> {
            try {
                routes.add(Class.forName(bean.getBeanClassName()).getAnnotation(Route.class).value());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        routes.remove("login");
        return routes.stream().map(route -> {
            if (!route.contains(":")) {
                return route;
            }
            String query = PARAMETERS.get(route);
            assertThat(query).as("a demo record for the parameter of route " + route).isNotNull();
            long id = jdbc.sql(query).query(Long.class).single();
            return route.replaceAll(":[A-Za-z]+", String.valueOf(id));
        }).toList();
    }

    @Test
    void everyViewLoadsWithNoContentSecurityPolicyViolation() {
        List<String> routes = routes();
        assertThat(routes).hasSizeGreaterThan(15).contains("", "admin/users", "policy");
        List<String> violations = new ArrayList<>();
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'securitypolicyviolation: ' + e.violatedDirective + ' blocked ' + e.blockedURI))");
        page.onConsoleMessage(message -> {
            if (VIOLATION.matcher(message.text()).find()) {
                violations.add(page.url() + " — " + message.text());
            }
        });

        try {
            Response login = page.navigate(url("login"));
            assertThat(login.headerValue("content-security-policy")).contains("default-src 'self'",
                    "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'", "base-uri");
            waitForVaadin(page);
            login(page, "admin", DEMO_PASSWORD);
            for (String route : routes) {
                open(page, route);
                assertThat(page.locator("vaadin-app-layout main")).isVisible();
                assertThat(accessDeniedHeading(page)).hasCount(0);
            }
            // the API's documentation page (Swagger UI) runs under the same policy
            page.navigate(url("api/docs"));
            // its operations are listed once the description (fetched from this origin) is rendered
            page.waitForFunction("() => document.querySelectorAll('.swagger-ui .opblock-tag').length > 0");
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("failed at " + page.url() + "; CSP violations: " + violations, e);
        }
        assertThat(violations).as("CSP violations on " + routes).isEmpty();
    }
}
