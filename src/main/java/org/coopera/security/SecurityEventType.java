package org.coopera.security;

/** The kinds of event in the security audit trail. */
public enum SecurityEventType {
    SIGN_IN,
    SIGN_IN_FAILED,
    /** Too many failed sign-ins: a wait starts on a user name or an address. */
    SIGN_IN_THROTTLED,
    /** A session ended because its user was disabled, lost a role or got a new password. */
    SESSION_ENDED,
    /** A screen or an API call refused (403), or an API call without valid credentials (401). */
    ACCESS_DENIED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    PASSWORD_CHANGE_FAILED,
    UNLOCKED,
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    INVALID_TOKEN,
    TWO_FACTOR_ENABLED,
    TWO_FACTOR_DISABLED,
    /** An administrator turned off a user's two-step sign-in (lost phone and recovery codes). */
    TWO_FACTOR_RESET
}
