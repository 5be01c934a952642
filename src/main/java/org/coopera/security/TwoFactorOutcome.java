package org.coopera.security;

/** The answer to a code typed at sign-in. */
public enum TwoFactorOutcome {
    ACCEPTED,
    /** Wrong, already used or out of its time window. */
    WRONG,
    /** Too many wrong codes in a row: no code is checked for a while. */
    BLOCKED
}
