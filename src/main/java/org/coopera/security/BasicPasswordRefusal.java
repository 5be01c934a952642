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
 * 401 with a message that points to API tokens. Nor does a user whose password an administrator reset,
 * until the user has chosen a new one on the screens. Runs after HTTP Basic has checked the password.
 */
class BasicPasswordRefusal extends OncePerRequestFilter {

    private final TwoFactorService twoFactor;
    private final ApiProblems problems;
    private final PasswordChangeService passwordChange;

    BasicPasswordRefusal(TwoFactorService twoFactor, ApiProblems problems, PasswordChangeService passwordChange) {
        this.passwordChange = passwordChange;
        this.twoFactor = twoFactor;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6) && authentication != null
                && authentication.isAuthenticated()) {
            String refusal = twoFactor.passwordAloneRefused(authentication.getName()) ? "api.basic.two-factor"
                    : passwordChange.changeRequired() ? "api.basic.password-change-required" : null;
            if (refusal != null) {
                SecurityContextHolder.clearContext();
                problems.write(request, response, HttpStatus.UNAUTHORIZED, refusal);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
