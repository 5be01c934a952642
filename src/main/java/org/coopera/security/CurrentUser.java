package org.coopera.security;

import java.util.Locale;
import java.util.Set;

/** The signed-in user as the layout shows it. */
public record CurrentUser(String username, String displayName, Set<Role> roles, Locale locale) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
