package org.coopera.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The password rules (after NIST SP 800-63B): length counts, composition rules do not; a
 * password may not contain the user name nor be one of the obvious ones, nor one of the 30,000
 * most common leaked passwords (zxcvbn's list, MIT: {@code security/common-passwords.txt}).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> OBVIOUS = Set.of("motdepasse", "password", "coopera", "123456789012",
            "azertyuiop", "qwertyuiop", "changeme");

    /** The 30,000 most common passwords, lower case (resource beside its licence). */
    private static final Set<String> COMMON = loadCommonPasswords();

    /** Whether the password is on the list of common (breached) passwords, in any case. */
    public static boolean isCommon(String password) {
        return password != null && COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> loadCommonPasswords() {
        try (var in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the class path");
            }
            var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty())
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

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
        if (OBVIOUS.stream().anyMatch(lower::startsWith) || lower.chars().distinct().count() < 4
                || COMMON.contains(lower)) {
            return Optional.of("password.too-common");
        }
        return Optional.empty();
    }
}
