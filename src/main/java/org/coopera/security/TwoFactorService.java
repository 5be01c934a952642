package org.coopera.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.coopera.base.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with an authenticator app (TOTP, RFC 6238) and single-use recovery codes.
 * Each user turns it on and off for himself or herself (with a current code); administrators must
 * use it when {@code coopera.security.totp.required-for-administrators} is on, and may reset another
 * user's. A code is accepted once: a code of a time step already used is refused, and after
 * {@value #MAX_FAILURES} wrong codes in a row no code is checked for {@link #BLOCK}. The secret is
 * kept encrypted ({@link TotpSecretCipher}), the recovery codes as password hashes.
 */
@Service
public class TwoFactorService {

    /** Recovery codes given at a time. */
    public static final int RECOVERY_CODES = 10;
    static final int MAX_FAILURES = 5;
    static final Duration BLOCK = Duration.ofMinutes(15);
    /** How long no code is checked after too many wrong ones, in minutes. */
    public static final long BLOCK_MINUTES = 15;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final Logger log = LoggerFactory.getLogger(TwoFactorService.class);

    private final SecureRandom random = new SecureRandom();
    private final UserAccountRepository users;
    private final JdbcClient jdbc;
    private final TotpSecretCipher cipher;
    private final TotpProperties properties;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecurityAuditService audit;

    TwoFactorService(UserAccountRepository users, JdbcClient jdbc, TotpSecretCipher cipher, TotpProperties properties,
                     PasswordEncoder passwordEncoder, Clock clock, SecurityAuditService audit) {
        this.audit = audit;
        this.users = users;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.properties = properties;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The signed-in user's two-factor sign-in. */
    @PermitAll
    @Transactional(readOnly = true)
    public TwoFactorStatus status() {
        UserAccount user = currentUser();
        return new TwoFactorStatus(cipher.available(), secretOf(user.getId()) != null, required(user),
                jdbc.sql("select count(*) from user_recovery_code where user_id = :id and used_at is null")
                        .param("id", user.getId()).query(Integer.class).single());
    }

    /** A new secret for the signed-in user, not kept until {@link #enable} receives its first code. */
    @PermitAll
    @Transactional(readOnly = true)
    public TotpEnrolment startEnrolment() {
        UserAccount user = currentUser();
        if (!cipher.available()) {
            throw new BusinessException("two-factor.unavailable");
        }
        if (secretOf(user.getId()) != null) {
            throw new BusinessException("two-factor.already-enabled");
        }
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        String base32 = Base32.encode(secret);
        String issuer = properties.issuer();
        String label = URLEncoder.encode(issuer + ":" + user.getUsername(), StandardCharsets.UTF_8).replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer="
                + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20")
                + "&algorithm=SHA1&digits=" + TotpCodes.DIGITS + "&period=" + TotpCodes.STEP.getSeconds();
        return new TotpEnrolment(base32, uri, QrCodes.svg(uri, issuer + " — " + user.getUsername()));
    }

    /**
     * Turns on two-factor sign-in for the signed-in user once the app shows the right code.
     *
     * @return the recovery codes, shown once
     */
    @PermitAll
    @Transactional
    public List<String> enable(String secret, String code) {
        UserAccount user = currentUser();
        if (!cipher.available()) {
            throw new BusinessException("two-factor.unavailable");
        }
        if (secretOf(user.getId()) != null) {
            throw new BusinessException("two-factor.already-enabled");
        }
        byte[] bytes;
        try {
            bytes = Base32.decode(secret == null ? "" : secret);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("two-factor.code.wrong");
        }
        if (bytes.length < 10) {
            throw new BusinessException("two-factor.code.wrong");
        }
        OptionalLong step = TotpCodes.matchingStep(bytes, normalise(code), clock.instant());
        if (step.isEmpty()) {
            throw new BusinessException("two-factor.code.wrong");
        }
        jdbc.sql("""
                        update user_account set totp_secret = :secret, totp_enabled_at = :now, totp_last_step = :step,
                          totp_failures = 0, totp_last_failure_at = null
                        where id = :id""")
                .param("secret", cipher.encrypt(bytes, user.getId())).param("now", now())
                .param("step", step.getAsLong()).param("id", user.getId()).update();
        log.info("Two-factor sign-in turned on by user '{}'", user.getUsername());
        audit.record(SecurityEventType.TWO_FACTOR_ENABLED, user.getUsername(), null);
        return newRecoveryCodes(user.getId());
    }

    /** Turns off the signed-in user's two-factor sign-in, given a current code (or a recovery code). */
    @PermitAll
    @Transactional(noRollbackFor = BusinessException.class)
    public void disable(String code) {
        UserAccount user = currentUser();
        if (required(user)) {
            throw new BusinessException("two-factor.required");
        }
        requireCode(user, code);
        clear(user.getId());
        log.info("Two-factor sign-in turned off by user '{}'", user.getUsername());
        audit.record(SecurityEventType.TWO_FACTOR_DISABLED, user.getUsername(), null);
    }

    /** New recovery codes for the signed-in user, given a current code; the old ones stop working. */
    @PermitAll
    @Transactional(noRollbackFor = BusinessException.class)
    public List<String> regenerateRecoveryCodes(String code) {
        UserAccount user = currentUser();
        requireCode(user, code);
        return newRecoveryCodes(user.getId());
    }

    /** Checks the code the signed-in user types after the password: from the app, or a recovery code. */
    @PermitAll
    @Transactional
    public TwoFactorOutcome verify(String code) {
        UserAccount user = currentUser();
        if (secretOf(user.getId()) == null) {
            return TwoFactorOutcome.WRONG;
        }
        return check(user, code);
    }

    /** What the signed-in user still has to do after the password. */
    @PermitAll
    @Transactional(readOnly = true)
    public TwoFactorRequirement requirementAfterPassword() {
        return CurrentUserService.currentUsername().map(this::requirementAfterPassword).orElse(TwoFactorRequirement.NONE);
    }

    /** What a user who gave the right password still has to do. */
    TwoFactorRequirement requirementAfterPassword(String username) {
        UserAccount user = users.findByUsername(username).orElse(null);
        if (user == null) {
            return TwoFactorRequirement.NONE;
        }
        if (secretOf(user.getId()) != null) {
            return TwoFactorRequirement.VERIFY;
        }
        return required(user) ? TwoFactorRequirement.ENROL : TwoFactorRequirement.NONE;
    }

    /** Whether a password alone may not sign this user in to the API (HTTP Basic): API tokens instead. */
    @Transactional(readOnly = true)
    boolean passwordAloneRefused(String username) {
        return requirementAfterPassword(username) != TwoFactorRequirement.NONE;
    }

    /** An administrator turns off another user's two-factor sign-in (lost phone and recovery codes). */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void reset(long userId) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new BusinessException("user.not-found"));
        clear(user.getId());
        String administrator = CurrentUserService.currentUsername().orElse("?");
        log.warn("Two-factor sign-in of user '{}' reset by administrator '{}'", user.getUsername(), administrator);
        audit.recordBy(SecurityEventType.TWO_FACTOR_RESET, user.getUsername(), administrator, null);
    }

    private void requireCode(UserAccount user, String code) {
        if (secretOf(user.getId()) == null) {
            throw new BusinessException("two-factor.not-enabled");
        }
        switch (check(user, code)) {
            case ACCEPTED -> { }
            case BLOCKED -> throw new BusinessException("two-factor.blocked", BLOCK_MINUTES);
            case WRONG -> throw new BusinessException("two-factor.code.wrong");
        }
    }

    private TwoFactorOutcome check(UserAccount user, String code) {
        TotpRow row = jdbc.sql("""
                        select totp_secret, totp_failures, totp_last_failure_at from user_account
                        where id = :id for update""")
                .param("id", user.getId())
                .query((rs, i) -> new TotpRow(rs.getString("totp_secret"), rs.getInt("totp_failures"),
                        rs.getObject("totp_last_failure_at", LocalDateTime.class)))
                .single();
        LocalDateTime now = now();
        LocalDateTime windowStart = now.minus(BLOCK);
        boolean recentFailures = row.lastFailureAt() != null && row.lastFailureAt().isAfter(windowStart);
        if (recentFailures && row.failures() >= MAX_FAILURES) {
            return TwoFactorOutcome.BLOCKED;
        }
        String typed = normalise(code);
        boolean accepted = typed.matches("\\d{" + TotpCodes.DIGITS + "}")
                ? acceptTotp(user.getId(), cipher.decrypt(row.secret(), user.getId()), typed)
                : acceptRecoveryCode(user.getId(), typed);
        if (accepted) {
            jdbc.sql("update user_account set totp_failures = 0, totp_last_failure_at = null where id = :id")
                    .param("id", user.getId()).update();
            return TwoFactorOutcome.ACCEPTED;
        }
        jdbc.sql("""
                        update user_account set totp_failures = case when totp_last_failure_at is null
                            or totp_last_failure_at <= :windowStart then 1 else totp_failures + 1 end,
                          totp_last_failure_at = :now
                        where id = :id""")
                .param("windowStart", windowStart).param("now", now).param("id", user.getId()).update();
        log.warn("Wrong two-factor code for user '{}'", user.getUsername());
        return TwoFactorOutcome.WRONG;
    }

    /** A code of a step after the last one used, so that a code seen over a shoulder cannot be used again. */
    private boolean acceptTotp(long userId, byte[] secret, String code) {
        OptionalLong step = TotpCodes.matchingStep(secret, code, clock.instant());
        return step.isPresent() && jdbc.sql("""
                        update user_account set totp_last_step = :step
                        where id = :id and (totp_last_step is null or totp_last_step < :step)""")
                .param("step", step.getAsLong()).param("id", userId).update() == 1;
    }

    private boolean acceptRecoveryCode(long userId, String code) {
        if (code.length() != 10) {
            return false;
        }
        record Stored(long id, String hash) {
        }
        for (Stored stored : jdbc.sql("select id, code_hash from user_recovery_code where user_id = :id and used_at is null")
                .param("id", userId).query((rs, i) -> new Stored(rs.getLong("id"), rs.getString("code_hash"))).list()) {
            if (passwordEncoder.matches(code, stored.hash())) {
                return jdbc.sql("update user_recovery_code set used_at = :now where id = :id and used_at is null")
                        .param("now", now()).param("id", stored.id()).update() == 1;
            }
        }
        return false;
    }

    private List<String> newRecoveryCodes(long userId) {
        jdbc.sql("delete from user_recovery_code where user_id = :id").param("id", userId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            var code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
            }
            jdbc.sql("insert into user_recovery_code (user_id, code_hash, created_at) values (:user, :hash, :now)")
                    .param("user", userId).param("hash", passwordEncoder.encode(code.toString())).param("now", now())
                    .update();
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return codes;
    }

    private void clear(long userId) {
        jdbc.sql("""
                        update user_account set totp_secret = null, totp_enabled_at = null, totp_last_step = null,
                          totp_failures = 0, totp_last_failure_at = null
                        where id = :id""").param("id", userId).update();
        jdbc.sql("delete from user_recovery_code where user_id = :id").param("id", userId).update();
    }

    private String secretOf(long userId) {
        return jdbc.sql("select totp_secret from user_account where id = :id").param("id", userId)
                .query(String.class).optional().orElse(null);
    }

    private boolean required(UserAccount user) {
        return properties.requiredForAdministrators() && user.getRoles().contains(Role.ADMIN) && !user.isExternal();
    }

    private static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private UserAccount currentUser() {
        return CurrentUserService.currentUsername().flatMap(users::findByUsername)
                .orElseThrow(() -> new AuthorizationDeniedException("Not signed in"));
    }

    private record TotpRow(String secret, int failures, LocalDateTime lastFailureAt) {
    }
}
