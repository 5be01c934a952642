package org.coopera.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Growing waits after failed sign-ins, per user name and per client address, in memory (one
 * application instance; a restart forgets them). A user name is kept only as a keyed hash (HMAC
 * with a key drawn at start-up), so the memory holds no typed name, not even a password typed into
 * the user-name field. The answer to a throttled attempt is the same whether the name exists or not:
 * the name is never looked up before this check.
 */
@Component
public class LoginThrottle {

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final ThreadLocal<Mac> mac;
    private final Map<String, Counter> byName = new ConcurrentHashMap<>();
    private final Map<String, Counter> byAddress = new ConcurrentHashMap<>();

    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac created = Mac.getInstance("HmacSHA256");
                created.init(new SecretKeySpec(key, "HmacSHA256"));
                return created;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
            }
        });
    }

    /** Failures so far and the instant before which no attempt is taken. */
    private record Counter(int failures, Instant lastFailure, Instant blockedUntil) {
    }

    /** When the next attempt with this name from this address is taken; empty: now. */
    public Optional<Instant> blockedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(until(byName, nameKey(username), now), until(byAddress, addressKey(address), now));
        return Optional.ofNullable(until);
    }

    /** When the next attempt with this name (from anywhere) is taken; empty: now. */
    public Optional<Instant> blockedUntil(String username) {
        return Optional.ofNullable(until(byName, nameKey(username), clock.instant()));
    }

    /**
     * Counts a failure; returns the instant until which the name or the address is now blocked when
     * this failure starts a wait, so that the caller records it once, not at every refused attempt.
     */
    public Optional<Instant> recordFailure(String username, String address) {
        Instant now = clock.instant();
        Instant byNameUntil = fail(byName, nameKey(username), now, properties.freeAttemptsPerName(),
                properties.maxDelayPerName());
        Instant byAddressUntil = address == null ? null : fail(byAddress, addressKey(address), now,
                properties.freeAttemptsPerAddress(), properties.maxDelayPerAddress());
        return Optional.ofNullable(later(byNameUntil, byAddressUntil));
    }

    /** A successful sign-in clears the name's counter (the address's counter only fades with time). */
    public void recordSuccess(String username) {
        byName.remove(nameKey(username));
    }

    /** An administrator lifts the waits on a user name. */
    public void forget(String username) {
        byName.remove(nameKey(username));
    }

    private Instant fail(Map<String, Counter> counters, String key, Instant now, int free, Duration max) {
        if (!counters.containsKey(key) && counters.size() >= properties.maxTracked()) {
            evict(counters, now);
        }
        Counter counter = counters.compute(key, (k, old) -> {
            int failures = old == null || old.lastFailure().plus(properties.forgetAfter()).isBefore(now)
                    ? 1 : old.failures() + 1;
            Instant blocked = failures <= free ? null : now.plus(delay(failures - free, max));
            return new Counter(failures, now, blocked);
        });
        return counter.blockedUntil();
    }

    /** initialDelay, 2 x, 4 x ... capped. */
    private Duration delay(int beyondFree, Duration max) {
        int doublings = Math.min(beyondFree - 1, 40);
        Duration delay = properties.initialDelay().multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 || delay.isNegative() ? max : delay;
    }

    private Instant until(Map<String, Counter> counters, String key, Instant now) {
        Counter counter = key == null ? null : counters.get(key);
        return counter == null || counter.blockedUntil() == null || !counter.blockedUntil().isAfter(now)
                ? null : counter.blockedUntil();
    }

    /** Full: first the forgotten counters go, then (an attack on memory) the oldest half. */
    private void evict(Map<String, Counter> counters, Instant now) {
        counters.values().removeIf(c -> c.lastFailure().plus(properties.forgetAfter()).isBefore(now));
        if (counters.size() >= properties.maxTracked()) {
            counters.entrySet().stream().sorted(Comparator.comparing(e -> e.getValue().lastFailure()))
                    .limit(counters.size() / 2).map(Map.Entry::getKey).toList().forEach(counters::remove);
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private String nameKey(String username) {
        return hmac("n:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)));
    }

    private String addressKey(String address) {
        return address == null ? null : hmac("a:" + address);
    }

    private String hmac(String value) {
        return HexFormat.of().formatHex(mac.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }
}
