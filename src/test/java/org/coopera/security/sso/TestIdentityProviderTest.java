package org.coopera.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tests' OpenID Connect provider on its own (no Coopera): it gives a person an access token. */
class TestIdentityProviderTest {

    @Test
    void theProviderGivesAnAccessTokenThroughTheAuthorizationCodeFlow() throws Exception {
        TestIdentityProvider.start();
        TestIdentityProvider.allowClient("http://127.0.0.1:1");

        String token = TestIdentityProvider.accessToken("amelie.gagnon", "http://127.0.0.1:1/login/oauth2/code/sso");

        assertThat(token.split("\\.")).hasSize(3);
    }
}
