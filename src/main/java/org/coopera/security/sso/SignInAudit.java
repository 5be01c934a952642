package org.coopera.security.sso;

import org.coopera.base.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Every sign-in on the screens (password, LDAP or single sign-on) in the log, beside the failed
 * ones that {@code SignInEvents} logs (and writes to the security log); a refused single sign-on is logged where it is decided
 * ({@code ExternalAccounts}) and here when the provider itself refused.
 */
@Component
class SignInAudit {

    private static final Logger log = LoggerFactory.getLogger(SignInAudit.class);

    @EventListener
    public void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        log.info("Sign-in of '{}' ({}) with {}", LogSafe.of(authentication.getName()),
                authentication instanceof OAuth2AuthenticationToken ? "OpenID Connect" : "password",
                authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .filter(a -> a.startsWith("ROLE_")).sorted().toList());
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof OAuth2AuthenticationException e) {
            log.warn("Single sign-on refused: {}", LogSafe.of(e.getError()));
        }
    }
}
