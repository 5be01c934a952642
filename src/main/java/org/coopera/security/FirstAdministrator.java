package org.coopera.security;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * On a database without any enabled administrator, creates the first one from
 * {@code coopera.bootstrap-admin.username} and {@code .password}. There is no default password.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final String username;
    private final String password;

    FirstAdministrator(UserAccountRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                       @Value("${coopera.bootstrap-admin.username:}") String username,
                       @Value("${coopera.bootstrap-admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.countEnabledAdministrators() > 0) {
            return;
        }
        if (!StringUtils.hasText(username) || !StringUtils.hasText(password)) {
            log.warn("Coopera has no administrator. Set COOPERA_BOOTSTRAP_ADMIN_USERNAME and "
                    + "COOPERA_BOOTSTRAP_ADMIN_PASSWORD and restart to create the first one.");
            return;
        }
        passwordPolicy.check(username, password).ifPresent(rule -> {
            throw new IllegalStateException("COOPERA_BOOTSTRAP_ADMIN_PASSWORD breaks the password policy ("
                    + rule + ": at least " + PasswordPolicy.MIN_LENGTH + " characters, not containing the user name)");
        });
        if (users.existsByUsername(username)) {
            throw new IllegalStateException("COOPERA_BOOTSTRAP_ADMIN_USERNAME '" + username
                    + "' exists but is not an enabled administrator; choose another name.");
        }
        users.save(new UserAccount(username, username, passwordEncoder.encode(password), EnumSet.of(Role.ADMIN)));
        log.info("Created the first administrator '{}' from configuration.", username);
    }
}
