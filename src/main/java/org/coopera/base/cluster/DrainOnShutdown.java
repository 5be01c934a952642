package org.coopera.base.cluster;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Graceful leave of a node (SIGTERM). Spring Boot first turns the readiness probe
 * ({@code /actuator/health/readiness}) to 503; this lifecycle, stopped before the web server,
 * then waits {@code coopera.shutdown.drain-delay} while the node still serves its users, so that
 * the load balancer's health check sees it leave and sends new visitors to another node. Meanwhile
 * a request that would open a new browser session gets 503 (the load balancer retries it on
 * another node); requests of existing sessions and API calls go on. After the delay Spring Boot's
 * graceful shutdown ({@code server.shutdown=graceful}) refuses new connections and lets the
 * requests in flight finish, up to {@code spring.lifecycle.timeout-per-shutdown-phase}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DrainOnShutdown extends OncePerRequestFilter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DrainOnShutdown.class);

    private final Duration drainDelay;
    private volatile boolean running;
    private volatile boolean draining;

    DrainOnShutdown(@Value("${coopera.shutdown.drain-delay:0s}") Duration drainDelay) {
        this.drainDelay = drainDelay;
    }

    public boolean draining() {
        return draining;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (draining && opensNewBrowserSession(request)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            response.setHeader(HttpHeaders.CONNECTION, "close");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "This node is shutting down");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean opensNewBrowserSession(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getSession(false) == null && !path.startsWith("/api/") && !path.startsWith("/actuator/");
    }

    @Override
    public void start() {
        running = true;
    }

    /** Runs before the web server's graceful shutdown (higher phase stops first). */
    @Override
    public void stop() {
        draining = true;
        running = false;
        if (drainDelay.isZero() || drainDelay.isNegative()) {
            return;
        }
        log.info("Shutting down: refusing new sessions for {} s while the load balancer drains this node",
                drainDelay.toSeconds());
        try {
            Thread.sleep(drainDelay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
