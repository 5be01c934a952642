package org.coopera.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lockout after repeated failed logins ({@code coopera.security.lockout.*}).
 *
 * @param maxAttempts failed attempts in a row that lock the account
 * @param duration    how long it stays locked
 */
@ConfigurationProperties("coopera.security.lockout")
public record LockoutProperties(int maxAttempts, Duration duration) {

    public LockoutProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("coopera.security.lockout.max-attempts must be at least 1");
        }
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("coopera.security.lockout.duration must be positive");
        }
    }
}
