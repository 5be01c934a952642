package org.coopera.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Two-factor sign-in with one-time codes from an authenticator app ({@code coopera.security.totp.*}).
 *
 * @param requiredForAdministrators administrators must enrol at their next sign-in and may not turn it off
 * @param encryptionKey             base64 of a 128-, 192- or 256-bit AES key that encrypts the TOTP secrets
 *                                  in the database ({@code COOPERA_TOTP_ENCRYPTION_KEY})
 * @param issuer                    the name the authenticator app shows beside the account
 */
@ConfigurationProperties("coopera.security.totp")
public record TotpProperties(@DefaultValue("true") boolean requiredForAdministrators, String encryptionKey,
                             @DefaultValue("Coopera") String issuer) {
}
