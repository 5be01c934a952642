package org.coopera.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused because too many attempts failed lately, on this user name or from this
 * address. Thrown before the user name is looked up, so the same for existing and unknown names.
 */
public class LoginThrottledException extends LockedException {

    private final transient Instant retryAt;

    public LoginThrottledException(Instant retryAt) {
        super("Too many failed sign-ins: try again later");
        this.retryAt = retryAt;
    }

    /** When an attempt is taken again. */
    public Instant retryAt() {
        return retryAt;
    }
}
