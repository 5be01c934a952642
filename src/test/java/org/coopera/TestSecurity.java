package org.coopera;

import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signing in for tests that call the secured services directly (the roles without the ROLE_ prefix). */
public final class TestSecurity {

    private TestSecurity() {
    }

    /** Makes this user, with these roles, the current one until the context is cleared. */
    public static void signIn(String username, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
    }

    /** Runs the action as this user with this role, then restores whoever was signed in. */
    public static <T> T as(String username, String role, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        signIn(username, role);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
