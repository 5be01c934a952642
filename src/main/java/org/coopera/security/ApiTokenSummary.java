package org.coopera.security;

import java.time.Instant;

/**
 * An API token as its owner and the administrators see it (never the token itself).
 *
 * @param hint the first characters of the token
 * @param readOnly the token reads only: every write through the API gets 403
 */
public record ApiTokenSummary(long id, String username, String name, String hint, Instant createdAt,
                              Instant lastUsedAt, Instant expiresAt, Instant revokedAt, String revokedBy,
                              boolean readOnly) {

    /** Usable now: neither revoked nor expired. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
