package org.coopera.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class DrainOnShutdownTest {

    private final DrainOnShutdown drain = new DrainOnShutdown(Duration.ofMillis(300));

    @Test
    void aRunningNodeServesEveryone() throws Exception {
        drain.start();
        assertThat(status(request("/"))).isEqualTo(200);
    }

    @Test
    void aStoppingNodeWaitsTheDrainDelayAndThenRefusesOnlyNewBrowserSessions() throws Exception {
        drain.start();
        long start = System.nanoTime();
        drain.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(drain.isRunning()).isFalse();

        var newVisitor = new MockHttpServletResponse();
        drain.doFilter(request("/"), newVisitor, new MockFilterChain());
        assertThat(newVisitor.getStatus()).isEqualTo(503);
        assertThat(newVisitor.getHeader("Retry-After")).isEqualTo("1");

        var signedIn = request("/projects");
        signedIn.setSession(new MockHttpSession());
        assertThat(status(signedIn)).isEqualTo(200);
        assertThat(status(request("/api/v1/programs"))).isEqualTo(200);
        assertThat(status(request("/actuator/health/readiness"))).isEqualTo(200);
    }

    @Test
    void itStopsBeforeTheWebServer() {
        // Spring Boot's graceful web server shutdown runs in phase SmartLifecycle.DEFAULT_PHASE - 1024;
        // a higher phase stops earlier.
        assertThat(drain.getPhase()).isGreaterThan(Integer.MAX_VALUE - 1024);
    }

    private int status(MockHttpServletRequest request) throws Exception {
        var response = new MockHttpServletResponse();
        drain.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    private static MockHttpServletRequest request(String path) {
        var request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        return request;
    }
}
