package org.coopera.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.coopera.base.AbstractEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A bearer token for the REST API. Only the SHA-256 hash of the token is kept: the token itself is
 * shown once, when it is created. A token acts with its user's current roles.
 */
@Entity
@Table(name = "api_token")
@Audited
class ApiToken extends AbstractEntity {

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(nullable = false, length = 100)
    private String name;

    @NotAudited
    @Column(name = "token_hash", nullable = false, length = 64, unique = true, columnDefinition = "CHAR(64)")
    private String tokenHash;

    /** The first characters of the token, so that its owner recognises it in a list. */
    @Column(name = "token_hint", nullable = false, length = 12)
    private String tokenHint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 60)
    private String revokedBy;

    /** GET only: every write through the API is refused (403). */
    @Column(name = "read_only", nullable = false)
    private boolean readOnly;

    protected ApiToken() {
    }

    ApiToken(Long userId, String name, String tokenHash, String tokenHint, Instant createdAt, Instant expiresAt,
             boolean readOnly) {
        this.userId = userId;
        this.readOnly = readOnly;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenHint = tokenHint;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long getUserId() {
        return userId;
    }

    String getName() {
        return name;
    }

    String getTokenHint() {
        return tokenHint;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    String getRevokedBy() {
        return revokedBy;
    }

    boolean isReadOnly() {
        return readOnly;
    }

    void revoke(Instant now, String by) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }
}
