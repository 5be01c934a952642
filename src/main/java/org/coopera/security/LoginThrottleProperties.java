package org.coopera.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Throttling of failed sign-ins ({@code coopera.security.login-throttle.*}), per user name and per
 * client address, on the sign-in page and over the API's HTTP Basic alike. After the free attempts,
 * each further failure doubles the wait before the next attempt, from {@code initialDelay} up to the
 * cap; a counter is forgotten after {@code forgetAfter} without failure.
 *
 * @param freeAttemptsPerName    failures on one user name (existing or not) that cost no wait; the next one starts the first wait
 * @param freeAttemptsPerAddress failures from one client address (any user names) that cost no wait
 * @param initialDelay           the first wait
 * @param maxDelayPerName        the longest wait on one user name: short, so that nobody can keep another user out for long
 * @param maxDelayPerAddress     the longest wait on one address: long, so that spraying from one address is slow
 * @param forgetAfter            a counter without failure for this long starts again at zero
 * @param maxTracked             the most user names and addresses kept in memory (each map), a bound on memory
 */
@ConfigurationProperties("coopera.security.login-throttle")
public record LoginThrottleProperties(int freeAttemptsPerName, int freeAttemptsPerAddress, Duration initialDelay,
                                      Duration maxDelayPerName, Duration maxDelayPerAddress, Duration forgetAfter,
                                      int maxTracked) {

    public LoginThrottleProperties {
        if (freeAttemptsPerName < 1 || freeAttemptsPerAddress < 1) {
            throw new IllegalArgumentException("coopera.security.login-throttle.free-attempts-per-* must be at least 1");
        }
        for (Duration duration : new Duration[] {initialDelay, maxDelayPerName, maxDelayPerAddress, forgetAfter}) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("coopera.security.login-throttle durations must be positive");
            }
        }
        if (maxTracked < 100) {
            throw new IllegalArgumentException("coopera.security.login-throttle.max-tracked must be at least 100");
        }
    }
}
