package org.coopera.security;

/** A token just created: the only time the token itself is available. */
public record CreatedApiToken(ApiTokenSummary summary, String token) {

    @Override
    public String toString() {
        return "CreatedApiToken[" + summary + "]";
    }
}
