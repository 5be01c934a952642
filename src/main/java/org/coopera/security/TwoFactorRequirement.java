package org.coopera.security;

/** What a user signed in with a password still has to do before using Coopera. */
public enum TwoFactorRequirement {
    /** Nothing: no second factor, or it was given in this session. */
    NONE,
    /** Type a code from the authenticator app (or a recovery code). */
    VERIFY,
    /** Set up the authenticator app first: required for administrators. */
    ENROL
}
