package org.coopera.security.sso;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on ({@code coopera.security.sso.*}): an OpenID Connect provider, an LDAP / Active
 * Directory server, and which of their groups give which Coopera role. Each is off while its
 * address (issuer, URL) is empty.
 */
@ConfigurationProperties("coopera.security.sso")
public record SsoProperties(@DefaultValue Oidc oidc, @DefaultValue Ldap ldap, @DefaultValue RoleGroups roleGroups) {

    /**
     * An OpenID Connect provider (Microsoft Entra ID, Keycloak, ...).
     *
     * @param issuer        the issuer URL; its {@code /.well-known/openid-configuration} is read at the first sign-in
     * @param name          shown on the login page ("Sign in with ...")
     * @param groupsClaim   the claim (in the ID token, user info or access token) that lists the person's groups
     * @param subjectClaim  the claim that identifies the person for good ({@code sub}; {@code oid} with Entra ID,
     *                      whose {@code sub} differs between the ID token and the API's access token)
     * @param usernameClaim the claim that gives a new user his or her Coopera user name
     * @param apiAudience   when set, the API accepts only access tokens whose {@code aud} holds it
     */
    public record Oidc(String issuer, String clientId, String clientSecret, String name,
                       @DefaultValue("groups") String groupsClaim, @DefaultValue("sub") String subjectClaim,
                       @DefaultValue("preferred_username") String usernameClaim,
                       @DefaultValue({"openid", "profile", "email"}) List<String> scopes, String apiAudience) {

        public boolean enabled() {
            return issuer != null && !issuer.isBlank();
        }
    }

    /**
     * An LDAP directory or Active Directory: the person's password is checked by binding as him or her.
     *
     * @param url                   e.g. {@code ldaps://ldap.example.org:636/dc=example,dc=org} (with the base DN)
     * @param activeDirectoryDomain for Active Directory ({@code user@domain} bind, groups from {@code memberOf}):
     *                              e.g. {@code mrif.gouv.qc.ca}; the other settings but url and the mapping are then unused
     * @param userDnPattern         where the person's entry lies, relative to the base DN, e.g. {@code uid={0},ou=people}
     * @param userSearchBase        or: search the entry under this base ...
     * @param userSearchFilter      ... with this filter, e.g. {@code (uid={0})}
     * @param groupSearchBase       the groups' base, relative to the base DN, e.g. {@code ou=groups}
     * @param groupSearchFilter     the groups a person is member of ({0}: the person's DN)
     * @param managerDn             the account that searches (empty: anonymous)
     */
    public record Ldap(String url, String activeDirectoryDomain, String userDnPattern, String userSearchBase,
                       String userSearchFilter, @DefaultValue("") String groupSearchBase,
                       @DefaultValue("(member={0})") String groupSearchFilter, String managerDn,
                       String managerPassword) {

        public boolean enabled() {
            return url != null && !url.isBlank();
        }
    }

    /**
     * The provider's groups (names, or IDs with Entra ID) that give each role; compared ignoring case.
     * A person with no group listed here is refused.
     */
    public record RoleGroups(@DefaultValue List<String> admin, @DefaultValue List<String> manager,
                             @DefaultValue List<String> officer, @DefaultValue List<String> reader) {
    }
}
