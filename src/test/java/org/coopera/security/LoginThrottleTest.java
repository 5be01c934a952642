package org.coopera.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Growing waits, per name and per address, capped, forgotten, and no user name kept in clear. */
class LoginThrottleTest {

    private static final LoginThrottleProperties PROPERTIES = new LoginThrottleProperties(3, 10,
            Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15), Duration.ofHours(1), 100);

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(PROPERTIES, clock);

    @Test
    void afterTheFreeAttemptsEachFailureDoublesTheWaitUpToTheCap() {
        for (int i = 1; i <= 3; i++) {
            assertThat(throttle.recordFailure("Odile", "10.0.0.1")).as("free attempt %d", i).isEmpty();
            assertThat(throttle.blockedUntil("odile", "10.0.0.2")).isEmpty();
        }
        long[] expected = {1, 2, 4, 8, 16, 32, 60, 60};
        for (long seconds : expected) {
            Instant until = throttle.recordFailure("odile", "10.0.0." + seconds).orElseThrow();
            assertThat(Duration.between(clock.instant(), until)).isEqualTo(Duration.ofSeconds(seconds));
            // the name waits, from any address and in any case
            assertThat(throttle.blockedUntil("ODILE ", "192.168.1.1")).contains(until);
            clock.advance(Duration.ofSeconds(seconds));
            assertThat(throttle.blockedUntil("odile", "192.168.1.1")).isEmpty();
        }
        // another name from the same addresses is not kept out
        assertThat(throttle.blockedUntil("theo", "10.0.0.1")).isEmpty();
    }

    @Test
    void sprayingManyNamesFromOneAddressMakesTheAddressWait() {
        for (int i = 1; i <= 10; i++) {
            throttle.recordFailure("nom" + i, "10.9.9.9");
        }
        assertThat(throttle.blockedUntil("nom11", "10.9.9.9")).isEmpty();
        Instant until = throttle.recordFailure("nom11", "10.9.9.9").orElseThrow();
        assertThat(throttle.blockedUntil("quelqu-un", "10.9.9.9")).contains(until);
        assertThat(throttle.blockedUntil("quelqu-un", "10.1.1.1")).isEmpty();
    }

    @Test
    void successAnAdministratorOrTimeClearTheName() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("agent", "10.0.0.1");
        }
        assertThat(throttle.blockedUntil("agent")).isPresent();
        throttle.forget("agent");
        assertThat(throttle.blockedUntil("agent")).isEmpty();

        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("agent", "10.0.0.1");
        }
        throttle.recordSuccess("agent");
        assertThat(throttle.recordFailure("agent", "10.0.0.1")).as("counting starts again").isEmpty();

        for (int i = 0; i < 2; i++) {
            throttle.recordFailure("agent", "10.0.0.1");
        }
        clock.advance(Duration.ofHours(2));
        assertThat(throttle.recordFailure("agent", "10.0.0.1")).as("forgotten after an hour").isEmpty();
    }

    @Test
    void memoryHoldsNoUserNameAndStaysBounded() throws Exception {
        for (int i = 0; i < 1000; i++) {
            throttle.recordFailure("Mot-de-passe-tape-ici-" + i, "10.0." + (i / 250) + "." + (i % 250));
        }
        Map<?, ?> byName = map("byName");
        assertThat(byName.size()).isLessThanOrEqualTo(PROPERTIES.maxTracked());
        assertThat(map("byAddress").size()).isLessThanOrEqualTo(PROPERTIES.maxTracked());
        assertThat(byName.keySet()).allSatisfy(key -> assertThat(key.toString()).doesNotContainIgnoringCase("mot-de-passe")
                .matches("[0-9a-f]{64}"));
    }

    private Map<?, ?> map(String name) throws ReflectiveOperationException {
        Field field = LoginThrottle.class.getDeclaredField(name);
        field.setAccessible(true);
        return (Map<?, ?>) field.get(throttle);
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-12-05T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
