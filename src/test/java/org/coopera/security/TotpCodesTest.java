package org.coopera.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One-time codes against the test vectors of RFC 6238 (appendix B, HMAC-SHA1) and base32 against RFC 4648. */
class TotpCodesTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void codesAreThoseOfRfc6238(long seconds, String expected) {
        Instant at = Instant.ofEpochSecond(seconds);
        assertThat(TotpCodes.code(RFC_SECRET, at, 8)).isEqualTo(expected);
        // six digits, as the authenticator apps show them: the last six of the same number
        assertThat(TotpCodes.code(RFC_SECRET, at)).isEqualTo(expected.substring(2));
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndNoFurther() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = TotpCodes.step(now);
        assertThat(TotpCodes.matchingStep(RFC_SECRET, "050471", now)).hasValue(step);
        assertThat(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.code(RFC_SECRET, now.minusSeconds(30)), now))
                .hasValue(step - 1);
        assertThat(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.code(RFC_SECRET, now.plusSeconds(30)), now))
                .hasValue(step + 1);
        assertThat(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.code(RFC_SECRET, now.minusSeconds(90)), now)).isEmpty();
        assertThat(TotpCodes.matchingStep(RFC_SECRET, "12345", now)).isEmpty();
        assertThat(TotpCodes.matchingStep(RFC_SECRET, "abcdef", now)).isEmpty();
        assertThat(TotpCodes.matchingStep(RFC_SECRET, null, now)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void base32IsThatOfRfc4648WithoutPadding(String text, String encoded) {
        assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base32.decode(encoded.toLowerCase()), StandardCharsets.US_ASCII)).isEqualTo(text);
    }

    @Test
    void theSecretIsEncryptedWithAesGcmBoundToItsUser() {
        var cipher = new TotpSecretCipher(new TotpProperties(true, "dGVzdC1vbmx5LXRvdHAta2V5LTMyLWJ5dGVzLWxvbmc=",
                "Coopera"), true);
        String stored = cipher.encrypt(RFC_SECRET, 7);
        assertThat(stored).doesNotContain("12345678901234567890");
        assertThat(cipher.encrypt(RFC_SECRET, 7)).as("a fresh nonce every time").isNotEqualTo(stored);
        assertThat(cipher.decrypt(stored, 7)).isEqualTo(RFC_SECRET);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cipher.decrypt(stored, 8))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyCooperaDoesNotStartWhileAdministratorsMustUseIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TotpSecretCipher(new TotpProperties(true, "", "Coopera"), true)
                        .afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("COOPERA_TOTP_ENCRYPTION_KEY");
        var optional = new TotpSecretCipher(new TotpProperties(false, null, "Coopera"), true);
        optional.afterSingletonsInstantiated();
        assertThat(optional.available()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TotpSecretCipher(new TotpProperties(true, "c2hvcnQ=", "Coopera"), true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }
}
