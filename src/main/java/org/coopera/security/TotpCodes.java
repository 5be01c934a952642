package org.coopera.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 one-time codes as every authenticator app makes them by default: HMAC-SHA1, 6 digits,
 * 30-second steps. A code is accepted one step before or after the server's clock (clock drift).
 */
final class TotpCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;

    private TotpCodes() {
    }

    /** The code of the time step that holds {@code at}. */
    static String code(byte[] secret, Instant at) {
        return code(secret, at, DIGITS);
    }

    static String code(byte[] secret, Instant at, int digits) {
        try {
            return new TimeBasedOneTimePasswordGenerator(STEP, digits)
                    .generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("Unusable TOTP secret", e);
        }
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
    }

    /** The time step whose code this is (now, one step before or one after), empty when none matches. */
    static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            String expected = code(secret, Instant.ofEpochSecond(step * STEP.getSeconds()));
            if (java.security.MessageDigest.isEqual(expected.getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
