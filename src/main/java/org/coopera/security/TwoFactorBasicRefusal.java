package org.coopera.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coopera.base.api.ApiProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user who signs in with two factors does not reach the API with the password alone (HTTP Basic):
 * 401 with a message that points to API tokens. Runs after HTTP Basic has checked the password.
 */
class TwoFactorBasicRefusal extends OncePerRequestFilter {

    private final TwoFactorService twoFactor;
    private final ApiProblems problems;

    TwoFactorBasicRefusal(TwoFactorService twoFactor, ApiProblems problems) {
        this.twoFactor = twoFactor;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6) && authentication != null
                && authentication.isAuthenticated() && twoFactor.passwordAloneRefused(authentication.getName())) {
            SecurityContextHolder.clearContext();
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.basic.two-factor");
            return;
        }
        chain.doFilter(request, response);
    }
}
