package org.coopera.security;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session as soon as its user is disabled, loses a role or gets a new password:
 * those changes bump the user's security stamp, the session keeps the stamp it signed in under, and
 * every request of the session compares the two (one read by the unique user name, no cache). A
 * session that no longer matches is invalidated and sent to the login page: a page load by an HTTP
 * redirect, a Vaadin round trip by the redirect command its client engine understands.
 */
final class SessionStampFilter extends OncePerRequestFilter {

    /** Session attribute: the security stamp the session signed in under. */
    static final String ATTRIBUTE = SessionStampFilter.class.getName() + ".stamp";

    private static final Logger log = LoggerFactory.getLogger(SessionStampFilter.class);

    private final UserAccountRepository users;
    private final SecurityAuditService audit;

    SessionStampFilter(UserAccountRepository users, SecurityAuditService audit) {
        this.users = users;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session == null || authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        String username = authentication.getName();
        Optional<Long> current = users.findActiveSecurityStamp(username);
        Object remembered = session.getAttribute(ATTRIBUTE);
        if (current.isPresent() && remembered == null) {
            // signed in some other way than the sign-in events cover: from now on
            session.setAttribute(ATTRIBUTE, current.get());
        } else if (current.isEmpty() || !Objects.equals(current.get(), remembered)) {
            log.info("Session of '{}' ended: the account was disabled or changed", username);
            audit.record(SecurityEventType.SESSION_ENDED, username,
                    current.isEmpty() ? "account disabled" : "roles or password changed");
            session.invalidate();
            SecurityContextHolder.clearContext();
            toLoginPage(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void toLoginPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getContextPath() + "/login";
        String query = request.getQueryString();
        if (query != null && query.contains("v-r=")) {
            // a Vaadin round trip: a caption-less critical notification makes the client go to the URL
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            // (Vaadin 25's client reads plain JSON: no "for(;;);[...]" wrapper)
            response.getWriter().write(VaadinService.createCriticalNotificationJSON(null, null, null, login));
        } else {
            response.sendRedirect(login);
        }
    }

    /**
     * The signed-in session being served remembers the user's current stamp: after sign-in, and after
     * the user changed his or her own password (so that this session stays while the others end).
     */
    static void rememberCurrentStamp(UserAccountRepository users, String username) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            users.findActiveSecurityStamp(username)
                    .ifPresent(stamp -> attributes.setAttribute(ATTRIBUTE, stamp, RequestAttributes.SCOPE_SESSION));
        }
    }
}
