package org.coopera.security;

/**
 * The signed-in user's two-factor sign-in as the settings page shows it.
 *
 * @param available          the server has an encryption key for the secrets, so the user may turn it on
 * @param enabled            the user signs in with a code from an authenticator app
 * @param required           the user may not turn it off (administrators, when so configured)
 * @param recoveryCodesLeft  unused recovery codes
 */
public record TwoFactorStatus(boolean available, boolean enabled, boolean required, int recoveryCodesLeft) {
}
