package org.coopera.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The breached-password list: shipped with its licence, at least 10,000 passwords, all refused. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void theListHoldsAtLeastTheTenThousandMostCommonPasswordsBesideItsLicence() throws Exception {
        try (var in = getClass().getResourceAsStream("/security/common-passwords.txt")) {
            long count = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank()).count();
            assertThat(count).isGreaterThanOrEqualTo(10_000);
        }
        try (var in = getClass().getResourceAsStream("/security/common-passwords.LICENSE.txt")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("MIT")
                    .contains("Permission is hereby granted, free of charge");
        }
        assertThat(PasswordPolicy.isCommon("123456")).isTrue();
        assertThat(PasswordPolicy.isCommon("Tulipe-Orange-Fenetre-42")).isFalse();
    }

    @Test
    void commonPasswordsLongEnoughForTheOtherRulesAreRefusedInAnyCase() {
        for (String common : new String[] {"1qaz2wsx3edc", "Q1W2E3R4T5Y6", "leavemealone", "sonyericsson"}) {
            assertThat(policy.check("odile", common)).as(common).contains("password.too-common");
        }
        assertThat(policy.check("odile", "Cerf-Volant-Rouge-Marée-17")).isEmpty();
    }
}
