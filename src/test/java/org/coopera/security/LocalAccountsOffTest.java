package org.coopera.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** coopera.security.local-accounts=false: no Coopera password signs anybody in, not even the administrator's. */
class LocalAccountsOffTest {

    @Test
    void withLocalAccountsOffNoDatabaseUserIsLoaded() {
        // no repository: the service must refuse before reading the database
        var service = new DatabaseUserDetailsService(null, false);

        assertThatThrownBy(() -> service.loadUserByUsername("admin")).isInstanceOf(UsernameNotFoundException.class);
    }
}
