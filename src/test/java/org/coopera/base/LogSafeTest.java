package org.coopera.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** User input made fit for a log line. */
class LogSafeTest {

    @Test
    void lineBreaksAndOtherControlCharactersAreReplaced() {
        assertThat(LogSafe.of("admin\r\n2026-12-05 INFO forged line")).isEqualTo("admin__2026-12-05 INFO forged line");
        assertThat(LogSafe.of("a\tb\u001B[31mc\u0085d\u2028e\u202Ef")).isEqualTo("a_b_[31mc_d_e_f");
        assertThat(LogSafe.of("Réseau « été » 日本")).isEqualTo("Réseau « été » 日本");
        assertThat(LogSafe.of(null)).isEqualTo("null");
    }

    @Test
    void longInputIsCut() {
        assertThat(LogSafe.of("x".repeat(5000))).hasSize(201).endsWith("…");
    }

    @Test
    void aFingerprintIsStableButDoesNotShowTheValue() {
        String fingerprint = LogSafe.fingerprint("Hunter2-Secret!");
        assertThat(fingerprint).startsWith("#").hasSize(13).doesNotContain("Hunter2");
        assertThat(LogSafe.fingerprint("Hunter2-Secret!")).isEqualTo(fingerprint);
        assertThat(LogSafe.fingerprint("hunter2-secret!")).isNotEqualTo(fingerprint);
    }
}
