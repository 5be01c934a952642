package org.coopera.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Security reads users, their password hashes and roles from the database. Users that an
 * identity provider created (single sign-on) sign in through that provider only, and with
 * {@code coopera.security.local-accounts=false} nobody signs in with a Coopera password.
 */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final boolean localAccounts;

    DatabaseUserDetailsService(UserAccountRepository users,
                               @Value("${coopera.security.local-accounts:true}") boolean localAccounts) {
        this.users = users;
        this.localAccounts = localAccounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!localAccounts) {
            throw new UsernameNotFoundException("Local accounts are turned off");
        }
        UserAccount user = users.findByUsername(username).filter(u -> !u.isExternal())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isEnabled())
                .roles(user.getRoles().stream().map(Role::name).toArray(String[]::new))
                .build();
    }
}
