package org.coopera.security;

import org.coopera.base.LogSafe;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed logins and locks the account after too many in a row. */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserAccountRepository users;
    private final LockoutProperties lockout;
    private final Clock clock;

    LoginAttempts(UserAccountRepository users, LockoutProperties lockout, Clock clock) {
        this.users = users;
        this.lockout = lockout;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        int updated = users.recordFailure(username, lockout.maxAttempts(), clock.instant().plus(lockout.duration()));
        // a name that matches no account may be a password typed in the wrong field: never logged as typed
        log.warn("Failed login for user name {}", updated == 0 ? "unknown (" + LogSafe.fingerprint(username) + ")"
                : "'" + LogSafe.of(username) + "'");
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSuccess(event.getAuthentication().getName());
    }
}
