package org.coopera.base.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often a write transaction that lost a deadlock or a Galera certification (MariaDB error
 * 1213) is run again before the user sees a message: {@code coopera.database.write-retry.*}.
 *
 * @param maxRetries runs after the first one (0 turns retrying off)
 * @param delay      wait before the first retry, doubled at each further one
 * @param maxDelay   longest wait between two runs
 */
@ConfigurationProperties("coopera.database.write-retry")
public record WriteRetryProperties(Integer maxRetries, Duration delay, Duration maxDelay) {

    public WriteRetryProperties {
        maxRetries = maxRetries == null ? 3 : maxRetries;
        delay = delay == null ? Duration.ofMillis(50) : delay;
        maxDelay = maxDelay == null ? Duration.ofSeconds(1) : maxDelay;
        if (maxRetries < 0 || delay.isNegative() || maxDelay.compareTo(delay) < 0) {
            throw new IllegalArgumentException("coopera.database.write-retry: max-retries >= 0 and max-delay >= delay >= 0");
        }
    }
}
