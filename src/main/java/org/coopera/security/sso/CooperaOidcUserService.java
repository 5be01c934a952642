package org.coopera.security.sso;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the provider's sign-in: the Coopera user linked to the person (created on the first
 * sign-in), with the roles his or her groups give now; refused when they give none.
 */
final class CooperaOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final OidcSignIn signIn;

    CooperaOidcUserService(OidcSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = delegate.loadUser(request);
        var outcome = signIn.signIn(person.getClaims());
        if (!outcome.accepted()) {
            String code = outcome.refusal() == org.coopera.security.ExternalAccounts.Refusal.NO_ROLE
                    ? SsoWebSecurity.NO_ROLE_ERROR : SsoWebSecurity.DISABLED_ERROR;
            throw new OAuth2AuthenticationException(new OAuth2Error(code), "Single sign-on refused: " + code);
        }
        return new CooperaOidcUser(person, OidcSignIn.authorities(outcome.roles()), outcome.username());
    }

    /** The provider's user, named by his or her Coopera user name (what the services and the audit read). */
    static final class CooperaOidcUser extends DefaultOidcUser {

        private final String username;

        CooperaOidcUser(OidcUser person, java.util.Collection<? extends org.springframework.security.core.GrantedAuthority> authorities,
                        String username) {
            super(authorities, person.getIdToken(), person.getUserInfo());
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof CooperaOidcUser user && super.equals(other) && username.equals(user.username);
        }

        @Override
        public int hashCode() {
            return super.hashCode() * 31 + username.hashCode();
        }
    }
}
