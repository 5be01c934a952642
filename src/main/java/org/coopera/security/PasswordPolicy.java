package org.coopera.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The password rules (after NIST SP 800-63B): length counts, composition rules do not; a
 * password may not contain the user name nor be one of the obvious ones.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> OBVIOUS = Set.of("motdepasse", "password", "coopera", "123456789012",
            "azertyuiop", "qwertyuiop", "changeme");

    /** The message key of the first rule broken, or empty when the password is acceptable. */
    public Optional<String> check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.contains-username");
        }
        if (OBVIOUS.stream().anyMatch(lower::startsWith) || lower.chars().distinct().count() < 4) {
            return Optional.of("password.too-common");
        }
        return Optional.empty();
    }
}
