package org.coopera.security;

import org.coopera.base.LogSafe;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;

/**
 * What follows a password check: failures feed the {@link LoginThrottle} and the audit trail,
 * successes clear the name's counter; a sign-in on the screens is recorded and its session
 * remembers the user's security stamp ({@link SessionStampFilter}). A user name that does not exist
 * is never written anywhere: it may be a password typed into the wrong field.
 */
@Component
class SignInEvents {

    private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

    private final LoginThrottle throttle;
    private final SecurityAuditService audit;
    private final UserAccountRepository users;

    SignInEvents(LoginThrottle throttle, SecurityAuditService audit, UserAccountRepository users) {
        this.throttle = throttle;
        this.audit = audit;
        this.users = users;
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt)) {
            return;
        }
        if (event.getException() instanceof LoginThrottledException) {
            // refused while waiting: neither counted nor recorded (the wait's start is)
            return;
        }
        String typed = attempt.getName();
        String known = typed == null || typed.isBlank() ? null
                : users.findByUsername(typed.strip()).map(UserAccount::getUsername).orElse(null);
        String address = LoginThrottleGuard.address(attempt);
        String reason = event instanceof AuthenticationFailureBadCredentialsEvent ? "bad credentials"
                : event.getException().getClass().getSimpleName();
        audit.record(SecurityEventType.SIGN_IN_FAILED, known, reason + (known == null ? " (unknown user name)" : ""));
        // a name that matches no account may be a password typed in the wrong field: never logged as typed
        log.warn("Failed login for user name {} from {}: {}", known == null
                ? "unknown (" + LogSafe.fingerprint(String.valueOf(typed)) + ")" : "'" + LogSafe.of(known) + "'",
                LogSafe.of(address), reason);
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            throttle.recordFailure(typed, address).ifPresent(until -> throttled(known, until));
        }
    }

    private void throttled(String known, Instant until) {
        audit.record(SecurityEventType.SIGN_IN_THROTTLED, known, "next attempt taken from " + until);
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        throttle.recordSuccess(event.getAuthentication().getName());
    }

    @EventListener
    public void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.record(SecurityEventType.SIGN_IN, username, null);
        SessionStampFilter.rememberCurrentStamp(users, username);
    }

    /**
     * A screen refused to a signed-in user (published by the error view), or a page of the screens'
     * chain refused to a signed-in user. The API records its own refusals; an anonymous visitor sent
     * to the login page is no refusal worth a line.
     */
    @EventListener
    public void onDenied(AuthorizationDeniedEvent<?> event) {
        var authentication = event.getAuthentication().get();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
            return;
        }
        String detail;
        if (event.getSource() instanceof String screen) {
            detail = screen;
        } else if (event.getSource() instanceof jakarta.servlet.http.HttpServletRequest request
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            detail = "UI 403 " + request.getMethod() + " " + request.getRequestURI();
        } else {
            return;
        }
        audit.record(SecurityEventType.ACCESS_DENIED, authentication.getName(), detail);
    }
}
