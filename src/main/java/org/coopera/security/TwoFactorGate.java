package org.coopera.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a session signed in with a password, but not yet with its second factor, on the two-factor
 * pages: every other page load is redirected there. Vaadin's own requests (UIDL, heartbeat, static
 * files) pass, and the navigation inside the application is held back by
 * {@code TwoFactorNavigationGuard}. Sign-ins through an identity provider (OpenID Connect) are the
 * provider's business and pass.
 */
class TwoFactorGate extends OncePerRequestFilter {

    private static final List<String> OPEN_PREFIXES = List.of("/login", "/logout", "/VAADIN/", "/HEARTBEAT",
            "/styles/", "/icons/", "/images/", "/favicon", "/sw.js", "/manifest", "/offline", "/actuator/health");

    private final TwoFactorService twoFactor;

    TwoFactorGate(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication instanceof UsernamePasswordAuthenticationToken
                && authentication.isAuthenticated() && !open(request)) {
            String username = authentication.getName();
            TwoFactorRequirement requirement = TwoFactorSignIn.requirement(session::getAttribute,
                    session::setAttribute, username, () -> twoFactor.requirementAfterPassword(username));
            if (requirement != TwoFactorRequirement.NONE) {
                response.sendRedirect(request.getContextPath() + "/" + TwoFactorSignIn.route(requirement));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean open(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (OPEN_PREFIXES.stream().anyMatch(path::startsWith)) {
            return true;
        }
        // Vaadin's own requests (from the query string: a body is not read here): the navigation guard decides
        String query = request.getQueryString();
        return query != null && (query.startsWith("v-r=") || query.contains("&v-r="));
    }
}
