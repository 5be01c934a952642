package org.coopera.security.sso;

import java.util.Locale;
import org.coopera.security.ExternalAccounts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.authentication.ad.ActiveDirectoryLdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.DefaultLdapAuthoritiesPopulator;
import org.springframework.security.ldap.userdetails.InetOrgPerson;
import org.springframework.security.ldap.userdetails.InetOrgPersonContextMapper;
import org.springframework.security.ldap.userdetails.LdapUserDetails;

/**
 * The sign-in form's user name and password checked by binding to the LDAP directory (or Active
 * Directory) as that person; the person's groups give the roles, and the linked Coopera user is
 * created or updated as with OpenID Connect. Coopera's sign-in waits (LoginThrottle) apply too.
 */
final class LdapSignIn implements AuthenticationProvider {

    private final AuthenticationProvider directory;
    private final String issuer;
    private final GroupRoleMapping mapping;
    private final ExternalAccounts accounts;

    LdapSignIn(SsoProperties.Ldap config, GroupRoleMapping mapping, ExternalAccounts accounts) {
        this.directory = directory(config);
        this.issuer = config.url().strip();
        this.mapping = mapping;
        this.accounts = accounts;
    }

    private static AuthenticationProvider directory(SsoProperties.Ldap config) {
        if (config.activeDirectoryDomain() != null && !config.activeDirectoryDomain().isBlank()) {
            var ad = new ActiveDirectoryLdapAuthenticationProvider(config.activeDirectoryDomain().strip(),
                    config.url().strip());
            ad.setConvertSubErrorCodesToExceptions(true);
            ad.setUserDetailsContextMapper(new InetOrgPersonContextMapper());
            return ad;
        }
        var contextSource = new DefaultSpringSecurityContextSource(config.url().strip());
        if (config.managerDn() != null && !config.managerDn().isBlank()) {
            contextSource.setUserDn(config.managerDn());
            contextSource.setPassword(config.managerPassword() == null ? "" : config.managerPassword());
        }
        contextSource.afterPropertiesSet();
        var authenticator = new BindAuthenticator(contextSource);
        if (config.userDnPattern() != null && !config.userDnPattern().isBlank()) {
            authenticator.setUserDnPatterns(new String[] {config.userDnPattern().strip()});
        }
        if (config.userSearchFilter() != null && !config.userSearchFilter().isBlank()) {
            authenticator.setUserSearch(new FilterBasedLdapUserSearch(
                    config.userSearchBase() == null ? "" : config.userSearchBase(), config.userSearchFilter(),
                    contextSource));
        }
        var groups = new DefaultLdapAuthoritiesPopulator(contextSource, config.groupSearchBase());
        groups.setGroupSearchFilter(config.groupSearchFilter());
        groups.setRolePrefix("");
        groups.setConvertToUpperCase(false);
        groups.setIgnorePartialResultException(true);
        var provider = new LdapAuthenticationProvider(authenticator, groups);
        provider.setUserDetailsContextMapper(new InetOrgPersonContextMapper());
        return provider;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getPrincipal()).strip().toLowerCase(Locale.ROOT);
        Authentication bound = directory.authenticate(authentication);
        var roles = mapping.rolesFor(bound.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
        String displayName = null;
        String email = null;
        if (bound.getPrincipal() instanceof InetOrgPerson person) {
            displayName = person.getDisplayName() != null ? person.getDisplayName()
                    : person.getCn() != null && person.getCn().length > 0 ? person.getCn()[0] : null;
            email = person.getMail();
        } else if (bound.getPrincipal() instanceof LdapUserDetails details) {
            displayName = details.getUsername();
        }
        var outcome = accounts.signIn(new ExternalAccounts.Identity(issuer, username, username, displayName,
                email, null, roles, true));
        if (!outcome.accepted()) {
            throw switch (outcome.refusal()) {
                case LOCKED -> new LockedException("Account locked");
                case DISABLED -> new DisabledException("Account disabled");
                case NO_ROLE -> new NoRoleException("No group of this person gives a Coopera role");
            };
        }
        return UsernamePasswordAuthenticationToken.authenticated(outcome.username(), null,
                OidcSignIn.authorities(outcome.roles()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
