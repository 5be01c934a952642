package org.coopera.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopera.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * A production start on an empty database (no demo context): no demo user exists, and the first
 * administrator comes from configuration.
 */
@SpringBootTest(properties = {
        "coopera.embedded-db.database=coopera_first_admin",
        "spring.liquibase.contexts=default",
        "coopera.bootstrap-admin.username=premiere",
        "coopera.bootstrap-admin.password=Chapultepec-Juin-1982"})
@ActiveProfiles("test")
@Tag(IntegrationTest.OWN_JVM)
class FirstAdministratorIT {

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void theOnlyUserIsTheConfiguredAdministrator() {
        assertThat(users.findAll()).extracting(UserAccount::getUsername).containsExactly("premiere");
        UserAccount admin = users.findByUsername("premiere").orElseThrow();
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(passwordEncoder.matches("Chapultepec-Juin-1982", admin.getPasswordHash())).isTrue();
        assertThat(users.existsByUsername("admin")).as("no demo user outside the demo context").isFalse();
    }
}
