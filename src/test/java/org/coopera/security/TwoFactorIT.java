package org.coopera.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopera.TestSecurity.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import org.coopera.IntegrationTest;
import org.coopera.base.BusinessException;
import org.coopera.base.api.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Two-factor sign-in through the real filter chains and database: enrolment, a session held on the
 * two-factor page until the code is given, codes refused when reused, recovery codes used once,
 * wrong codes blocked, HTTP Basic refused, administrators' reset, the secret stored encrypted.
 */
@IntegrationTest
class TwoFactorIT {

    private static final String PASSWORD = "Teotihuacan-Puebla-2014";

    @Autowired
    WebApplicationContext context;
    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    UserAdministrationService administration;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccountRepository users;
    @Autowired
    TotpSecretCipher cipher;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Clock clock;
    @Autowired
    SecurityAuditService audit;

    /** A new user with two-factor sign-in on: its secret, and its recovery codes. */
    record Enrolled(UserSummary user, byte[] secret, List<String> recoveryCodes) {
    }

    Enrolled enrolledUser(Role role) {
        String username = "deux" + System.nanoTime() % 1_000_000;
        UserSummary user = as("admin", "ADMIN", () -> administration.create(new NewUser(username, "Deux Étapes", null,
                EnumSet.of(role), PASSWORD)));
        TotpEnrolment enrolment = as(username, role.name(), () -> twoFactor.startEnrolment());
        assertThat(enrolment.uri()).startsWith("otpauth://totp/Coopera%3A" + username + "?secret=" + enrolment.secret())
                .contains("issuer=Coopera");
        assertThat(enrolment.qrCodeSvg()).startsWith("<svg").contains("<path");
        byte[] secret = Base32.decode(enrolment.secret());
        // a wrong first code turns nothing on
        assertThatThrownBy(() -> as(username, role.name(), () -> twoFactor.enable(enrolment.secret(), wrong(secret))))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("two-factor.code.wrong"));
        assertThat(as(username, role.name(), () -> twoFactor.status()).enabled()).isFalse();
        List<String> codes = as(username, role.name(), () -> twoFactor.enable(enrolment.secret(),
                TotpCodes.code(secret, clock.instant())));
        return new Enrolled(user, secret, codes);
    }

    @Test
    void aPasswordAloneLeadsOnlyToTheTwoFactorPageUntilTheCodeIsGiven() throws Exception {
        Enrolled enrolled = enrolledUser(Role.READER);
        String username = enrolled.user().username();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        var login = mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
        for (String page : List.of("/", "/projects", "/admin/users", "/api-tokens")) {
            var response = mvc.perform(get(page).session(session)).andReturn().getResponse();
            assertThat(response.getRedirectedUrl()).as(page).isEqualTo("/login/two-factor");
        }
        assertThat(mvc.perform(get("/login/two-factor").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isNull();

        // the code from the app (next step: the one of this step went to the enrolment)
        String code = TotpCodes.code(enrolled.secret(), clock.instant().plusSeconds(30));
        assertThat(as(username, "READER", () -> twoFactor.verify(code))).isEqualTo(TwoFactorOutcome.ACCEPTED);
        TwoFactorSignIn.completed(session::setAttribute, username);
        assertThat(mvc.perform(get("/projects").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isNull();
        // the same code again: refused, even within its time window
        assertThat(as(username, "READER", () -> twoFactor.verify(code))).isEqualTo(TwoFactorOutcome.WRONG);
    }

    @Test
    void usersWithoutTwoFactorSignInAreNotHeldBack() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var login = mvc.perform(formLogin("/login").user("lecteur").password("coopera-demo")).andReturn();
        var response = mvc.perform(get("/projects").session((MockHttpSession) login.getRequest().getSession()))
                .andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isNull();
    }

    @Test
    void aRecoveryCodeWorksOnceAndTheSecretIsStoredEncrypted() {
        Enrolled enrolled = enrolledUser(Role.OFFICER);
        String username = enrolled.user().username();
        assertThat(enrolled.recoveryCodes()).hasSize(TwoFactorService.RECOVERY_CODES).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));

        String recovery = enrolled.recoveryCodes().get(3);
        assertThat(as(username, "OFFICER", () -> twoFactor.verify(recovery.toUpperCase().replace("-", " "))))
                .isEqualTo(TwoFactorOutcome.ACCEPTED);
        assertThat(as(username, "OFFICER", () -> twoFactor.verify(recovery))).isEqualTo(TwoFactorOutcome.WRONG);
        assertThat(as(username, "OFFICER", () -> twoFactor.status()).recoveryCodesLeft())
                .isEqualTo(TwoFactorService.RECOVERY_CODES - 1);

        String stored = jdbc.sql("select totp_secret from user_account where id = :id")
                .param("id", enrolled.user().id()).query(String.class).single();
        assertThat(stored).doesNotContain(Base32.encode(enrolled.secret()));
        assertThat(cipher.decrypt(stored, enrolled.user().id())).isEqualTo(enrolled.secret());
        assertThat(jdbc.sql("select code_hash from user_recovery_code where user_id = :id")
                .param("id", enrolled.user().id()).query(String.class).list())
                .hasSize(TwoFactorService.RECOVERY_CODES)
                .noneMatch(hash -> enrolled.recoveryCodes().stream().anyMatch(c -> hash.contains(c.replace("-", ""))));
    }

    @Test
    void fiveWrongCodesInARowBlockEvenTheRightOne() {
        Enrolled enrolled = enrolledUser(Role.READER);
        String username = enrolled.user().username();
        String wrong = wrong(enrolled.secret());
        for (int attempt = 0; attempt < TwoFactorService.MAX_FAILURES; attempt++) {
            assertThat(as(username, "READER", () -> twoFactor.verify(wrong))).isEqualTo(TwoFactorOutcome.WRONG);
        }
        String right = TotpCodes.code(enrolled.secret(), clock.instant().plusSeconds(30));
        assertThat(as(username, "READER", () -> twoFactor.verify(right))).isEqualTo(TwoFactorOutcome.BLOCKED);
        assertThatThrownBy(() -> as(username, "READER", () -> twoFactor.regenerateRecoveryCodes(right)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("two-factor.blocked"));
    }

    @Test
    void httpBasicIsRefusedToUsersWithTwoFactorSignIn() throws Exception {
        Enrolled enrolled = enrolledUser(Role.READER);
        MockMvc mvc = ApiTestSupport.mvc(context);
        mvc.perform(get("/api/v1/sectors").header("Authorization", basic(enrolled.user().username(), PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("api.basic.two-factor"));
        mvc.perform(get("/api/v1/sectors").header("Authorization", basic("lecteur", "coopera-demo")))
                .andExpect(status().isOk());
    }

    @Test
    void turningOffNeedsACurrentCodeAndAnAdministratorResetsAnotherUsers() {
        Enrolled enrolled = enrolledUser(Role.MANAGER);
        String username = enrolled.user().username();
        assertThatThrownBy(() -> as(username, "MANAGER", () -> {
            twoFactor.disable(wrong(enrolled.secret()));
            return null;
        })).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("two-factor.code.wrong"));
        assertThat(as(username, "MANAGER", () -> twoFactor.status()).enabled()).isTrue();

        List<String> fresh = as(username, "MANAGER", () -> twoFactor.regenerateRecoveryCodes(enrolled.recoveryCodes().get(0)));
        assertThat(fresh).hasSize(TwoFactorService.RECOVERY_CODES).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
        assertThat(as(username, "MANAGER", () -> twoFactor.verify(enrolled.recoveryCodes().get(1))))
                .as("the old codes stopped working").isEqualTo(TwoFactorOutcome.WRONG);

        assertThatThrownBy(() -> as("agent", "OFFICER", () -> {
            twoFactor.reset(enrolled.user().id());
            return null;
        })).isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
        as("admin", "ADMIN", () -> {
            twoFactor.reset(enrolled.user().id());
            return null;
        });
        assertThat(jdbc.sql("select actor from security_event where type = 'TWO_FACTOR_RESET' and username = :u")
                .param("u", username).query(String.class).list())
                .as("the administrator's reset is in the security log").containsExactly("admin");
        assertThat(jdbc.sql("select count(*) from security_event where type = 'TWO_FACTOR_ENABLED' and username = :u")
                .param("u", username).query(Long.class).single()).as("the enrolment is in the security log").isOne();
        assertThat(as(username, "MANAGER", () -> twoFactor.status())).satisfies(s -> {
            assertThat(s.enabled()).isFalse();
            assertThat(s.recoveryCodesLeft()).isZero();
        });
        assertThat(twoFactor.requirementAfterPassword(username)).isEqualTo(TwoFactorRequirement.NONE);
    }

    @Test
    void administratorsMustEnrolAndMayNotTurnItOffWhenRequired() {
        var required = new TwoFactorService(users, jdbc, cipher, new TotpProperties(true, "unused", "Coopera"),
                passwordEncoder, clock, audit);
        assertThat(required.requirementAfterPassword("admin")).isEqualTo(TwoFactorRequirement.ENROL);
        assertThat(required.requirementAfterPassword("lecteur")).isEqualTo(TwoFactorRequirement.NONE);
        assertThat(required.passwordAloneRefused("admin")).isTrue();
        assertThat(twoFactor.requirementAfterPassword("admin")).as("test profile: not required").isEqualTo(TwoFactorRequirement.NONE);

        Enrolled enrolled = enrolledUser(Role.ADMIN);
        String code = TotpCodes.code(enrolled.secret(), clock.instant().plusSeconds(30));
        assertThatThrownBy(() -> as(enrolled.user().username(), "ADMIN", () -> {
            required.disable(code);
            return null;
        })).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("two-factor.required"));
        assertThat(required.requirementAfterPassword(enrolled.user().username())).isEqualTo(TwoFactorRequirement.VERIFY);
    }

    /** A six-digit code that is none of the three the server would accept now. */
    private String wrong(byte[] secret) {
        Instant now = clock.instant();
        List<String> accepted = List.of(TotpCodes.code(secret, now.minusSeconds(30)), TotpCodes.code(secret, now),
                TotpCodes.code(secret, now.plusSeconds(30)), TotpCodes.code(secret, now.plusSeconds(60)));
        for (int candidate = 0; ; candidate++) {
            String code = "%06d".formatted(candidate);
            if (!accepted.contains(code)) {
                return code;
            }
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }
}
