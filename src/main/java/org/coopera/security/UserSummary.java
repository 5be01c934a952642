package org.coopera.security;

import java.time.Instant;
import java.util.Set;

/**
 * What the administration screen shows of a user.
 *
 * @param lockedUntil set while failed sign-ins make the user name wait ({@link LoginThrottle})
 */
public record UserSummary(long id, long version, String username, String displayName, String email,
                          Set<Role> roles, boolean enabled, Instant lockedUntil, String locale) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    static UserSummary of(UserAccount user, Instant lockedUntil) {
        return new UserSummary(user.getId(), user.getVersion(), user.getUsername(), user.getDisplayName(),
                user.getEmail(), user.getRoles(), user.isEnabled(), lockedUntil, user.getLocale());
    }
}
