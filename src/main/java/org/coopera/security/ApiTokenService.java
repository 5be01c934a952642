package org.coopera.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coopera.base.BusinessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: a signed-in user creates named tokens for the REST API, sees and revokes his or her
 * own; administrators see and revoke everyone's. A token acts with its user's current roles and
 * stops working when it is revoked or expires, or when its user is disabled or locked. Only the
 * SHA-256 hash of a token is stored.
 */
@Service
public class ApiTokenService {

    /** Every token starts with this, so that it is recognisable (e.g. by secret scanners). */
    public static final String PREFIX = "cpa_";
    /** The longest name. */
    public static final int MAX_NAME = 100;
    /** The longest lifetime a user may give a token. */
    public static final int MAX_DAYS = 366;
    /** The authority of a request made with a read-only token: the API refuses its writes. */
    static final String READ_ONLY_AUTHORITY = "API_TOKEN_READ_ONLY";
    private static final int HINT_LENGTH = 10;
    /** A use is written at most once per this interval, so that reading through the API stays read-only. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityAuditService audit;
    private final PasswordEncoder passwordEncoder;

    ApiTokenService(ApiTokenRepository tokens, UserAccountRepository users, JdbcClient jdbc, Clock clock,
                    SecurityAuditService audit, PasswordEncoder passwordEncoder) {
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Creates a token for the signed-in user, who confirms it with his or her password (a session
     * left open is not enough to get a token that outlives it).
     *
     * @param expiresOn the last day the token works (UTC), null for no expiry; at most {@link #MAX_DAYS} ahead
     * @param readOnly  true: the token may only read (every write through the API gets 403)
     * @param password  the signed-in user's current password; a wrong one is refused and nothing is stored
     * @return the summary and the token itself, which is never available again
     */
    @PermitAll
    @Transactional
    public CreatedApiToken create(String name, LocalDate expiresOn, boolean readOnly, String password) {
        UserAccount user = currentUser();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessException("api-token.name.required");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new BusinessException("api-token.name.too-long", MAX_NAME);
        }
        Instant now = now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (expiresOn != null && (!expiresOn.isAfter(today.minusDays(1)) || expiresOn.isAfter(today.plusDays(MAX_DAYS)))) {
            throw new BusinessException("api-token.expiry.range", MAX_DAYS);
        }
        if (user.isExternal()) {
            // the password is the identity provider's, not Coopera's: nothing to confirm it against
            throw new BusinessException("api-token.password.external");
        }
        if (password == null || password.isEmpty()) {
            throw new BusinessException("api-token.password.required");
        }
        if (!passwordEncoder.matches(password, user.getPasswordHash())) {
            throw new BusinessException("api-token.password.wrong");
        }
        Instant expiresAt = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var saved = tokens.saveAndFlush(new ApiToken(user.getId(), trimmed, hash(token),
                token.substring(0, HINT_LENGTH), now, expiresAt, readOnly));
        audit.record(SecurityEventType.TOKEN_CREATED, user.getUsername(), "token " + saved.getId() + " " + trimmed
                + (readOnly ? " (read-only)" : " (read-write)"));
        return new CreatedApiToken(summary(saved, user.getUsername()), token);
    }

    /** The signed-in user's tokens, newest first (revoked and expired ones included). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> mine() {
        return CurrentUserService.currentUsername().flatMap(users::findByUsername)
                .map(user -> tokens.findByUserIdOrderByCreatedAtDesc(user.getId()).stream()
                        .map(t -> summary(t, user.getUsername())).toList())
                .orElse(List.of());
    }

    /** Every user's tokens, newest first, one page. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> all(Pageable pageable) {
        if (pageable.getPageSize() > 500) {
            throw new BusinessException("paging.invalid", 500);
        }
        List<ApiToken> page = tokens.findPage(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
        Map<Long, String> names = users.findAllById(page.stream().map(ApiToken::getUserId).distinct().toList())
                .stream().collect(Collectors.toMap(UserAccount::getId, UserAccount::getUsername, (a, b) -> a));
        return page.stream().map(t -> summary(t, names.getOrDefault(t.getUserId(), "?"))).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public long count() {
        return tokens.count();
    }

    /** Revokes a token: its owner may revoke it, and so may any administrator. Revoking twice changes nothing. */
    @PermitAll
    @Transactional
    public ApiTokenSummary revoke(long id) {
        UserAccount user = currentUser();
        ApiToken token = tokens.findById(id).orElseThrow(() -> new BusinessException("record.not-found"));
        if (!token.getUserId().equals(user.getId()) && !user.getRoles().contains(Role.ADMIN)) {
            throw new AuthorizationDeniedException("Not the owner of this token");
        }
        token.revoke(now(), user.getUsername());
        tokens.saveAndFlush(token);
        String owner = token.getUserId().equals(user.getId()) ? user.getUsername()
                : users.findById(token.getUserId()).map(UserAccount::getUsername).orElse("?");
        audit.recordBy(SecurityEventType.TOKEN_REVOKED, owner, user.getUsername(), "token " + id);
        return summary(token, owner);
    }

    /**
     * Revokes every token of a user that still works, when an administrator resets the user's password (the
     * account may be in other hands). Called inside the reset's transaction; returns how many were revoked.
     */
    int revokeAllOf(long userId, String administrator) {
        Instant at = now();
        int revoked = 0;
        for (ApiToken token : tokens.findByUserIdOrderByCreatedAtDesc(userId)) {
            if (token.getRevokedAt() == null) {
                token.revoke(at, administrator);
                tokens.save(token);
                revoked++;
            }
        }
        tokens.flush();
        return revoked;
    }

    /**
     * The authentication a token stands for: empty when the token is unknown, revoked or expired,
     * or its user disabled or locked. Used by the API's security filter only, on every request:
     * one read-only statement (token, user and roles), and a write of the last use at most once a
     * minute per token.
     */
    Optional<UsernamePasswordAuthenticationToken> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.ofInstant(now(), ZoneOffset.UTC);
        Optional<TokenUser> found = jdbc.sql("""
                        select t.id, t.last_used_at, t.read_only, u.username, group_concat(r.role) as roles
                        from api_token t
                        join user_account u on u.id = t.user_id
                        left join user_account_role r on r.user_id = u.id
                        where t.token_hash = :hash and t.revoked_at is null
                          and (t.expires_at is null or t.expires_at > :now)
                          and u.enabled
                        group by t.id, t.last_used_at, t.read_only, u.username""")
                .param("hash", hash(token)).param("now", now)
                .query((rs, row) -> new TokenUser(rs.getLong("id"), rs.getObject("last_used_at", LocalDateTime.class),
                        rs.getBoolean("read_only"), rs.getString("username"), rs.getString("roles")))
                .optional();
        found.filter(t -> t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minus(USE_RESOLUTION)))
                .ifPresent(t -> jdbc.sql("update api_token set last_used_at = :now where id = :id")
                        .param("now", now).param("id", t.id()).update());
        return found.map(t -> {
            var authorities = new java.util.ArrayList<SimpleGrantedAuthority>();
            if (t.roles() != null) {
                Arrays.stream(t.roles().split(",")).map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                        .forEach(authorities::add);
            }
            if (t.readOnly()) {
                authorities.add(new SimpleGrantedAuthority(READ_ONLY_AUTHORITY));
            }
            return UsernamePasswordAuthenticationToken.authenticated(t.username(), null, authorities);
        });
    }

    private record TokenUser(long id, LocalDateTime lastUsedAt, boolean readOnly, String username, String roles) {
    }

    /** Now, as precisely as the database keeps it (DATETIME(6)). */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private UserAccount currentUser() {
        return CurrentUserService.currentUsername().flatMap(users::findByUsername)
                .orElseThrow(() -> new AuthorizationDeniedException("Not signed in"));
    }

    private static ApiTokenSummary summary(ApiToken token, String username) {
        return new ApiTokenSummary(token.getId(), username, token.getName(), token.getTokenHint(),
                token.getCreatedAt(), token.getLastUsedAt(), token.getExpiresAt(), token.getRevokedAt(),
                token.getRevokedBy(), token.isReadOnly());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
