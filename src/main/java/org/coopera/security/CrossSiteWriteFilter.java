package org.coopera.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.coopera.base.api.ApiProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No write through the API from another site's page. A browser sends the HTTP Basic credentials it
 * has cached (and cookies) with a form that another site posts to the API; such a form cannot add a
 * header of its own, and a script of another site cannot either without a CORS preflight, which the
 * API refuses. So a write (POST, PUT, PATCH, DELETE) that does not carry a bearer token needs
 * {@value #HEADER}, with any value; without it, a 403 (problem details) before the body is read.
 * A bearer token is never sent by a browser on its own, so writes with one need nothing more.
 * Runs after the authorisation filter: a request without credentials still gets its 401.
 */
final class CrossSiteWriteFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Requested-With";
    static final String PROBLEM = "api.write.header-missing";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ApiProblems problems;

    CrossSiteWriteFilter(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (WRITES.contains(request.getMethod()) && !bearer(request) && blank(request.getHeader(HEADER))) {
            problems.write(request, response, HttpStatus.FORBIDDEN, PROBLEM);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean bearer(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
