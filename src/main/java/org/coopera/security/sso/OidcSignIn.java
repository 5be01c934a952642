package org.coopera.security.sso;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.coopera.security.ExternalAccounts;
import org.coopera.security.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Signs in the person an OpenID Connect provider vouches for, from the claims of an ID token (with
 * user info) or of an access token: the same user and the same roles either way.
 */
final class OidcSignIn {

    private final SsoProperties.Oidc config;
    private final GroupRoleMapping mapping;
    private final ExternalAccounts accounts;

    OidcSignIn(SsoProperties.Oidc config, GroupRoleMapping mapping, ExternalAccounts accounts) {
        this.config = config;
        this.mapping = mapping;
        this.accounts = accounts;
    }

    ExternalAccounts.Outcome signIn(Map<String, Object> claims) {
        String subject = string(claims.get(config.subjectClaim()));
        if (subject == null) {
            subject = string(claims.get("sub"));
        }
        String username = string(claims.get(config.usernameClaim()));
        String name = string(claims.get("name"));
        if (name == null && (claims.get("given_name") != null || claims.get("family_name") != null)) {
            name = (nonNull(string(claims.get("given_name"))) + " " + nonNull(string(claims.get("family_name")))).strip();
        }
        var roles = mapping.rolesFor(GroupRoleMapping.groupsIn(claims.get(config.groupsClaim())));
        // the configured issuer names the provider, so that a sign-in and an API call meet the same user
        return accounts.signIn(new ExternalAccounts.Identity(config.issuer().strip(), subject, username, name,
                string(claims.get("email")), string(claims.get("locale")), roles, false));
    }

    static List<GrantedAuthority> authorities(Collection<Role> roles) {
        return roles.stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    private static String string(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
