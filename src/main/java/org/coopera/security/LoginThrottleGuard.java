package org.coopera.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * First in line of every password check (sign-in page, API Basic, LDAP): refuses the attempt while
 * the user name or the client address must wait, before anything looks the name up; otherwise lets
 * the next provider decide. Not a bean, so that Spring keeps building the database users' provider.
 */
final class LoginThrottleGuard implements AuthenticationProvider {

    private final LoginThrottle throttle;

    LoginThrottleGuard(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        throttle.blockedUntil(authentication.getName(), address(authentication)).ifPresent(until -> {
            throw new LoginThrottledException(until);
        });
        return null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String address(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return SecurityAuditService.clientAddress();
    }
}
