package org.coopera.security;

import jakarta.annotation.security.PermitAll;
import org.coopera.base.BusinessException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed-in users change their own password, giving the current one. After an administrator's
 * reset, the user must do so before anything else ({@link #changeRequired()}). A change ends the
 * user's other open sessions; the session that made it stays. A wrong current password counts as a
 * failed sign-in for the {@link LoginThrottle}.
 */
@Service
@PermitAll
public class PasswordChangeService {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final LoginThrottle throttle;
    private final SecurityAuditService audit;
    private final boolean localAccounts;

    PasswordChangeService(UserAccountRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                          LoginThrottle throttle, SecurityAuditService audit,
                          @Value("${coopera.security.local-accounts:true}") boolean localAccounts) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.throttle = throttle;
        this.audit = audit;
        this.localAccounts = localAccounts;
    }

    /** Whether the signed-in user has a Coopera password to change (not a single sign-on user). */
    @Transactional(readOnly = true)
    public boolean canChangePassword() {
        return localAccounts && me().map(user -> !user.isExternal()).orElse(false);
    }

    /** Whether the signed-in user must choose a new password (after an administrator's reset). */
    @Transactional(readOnly = true)
    public boolean changeRequired() {
        return me().map(UserAccount::isPasswordChangeRequired).orElse(false);
    }

    /**
     * Changes the signed-in user's password.
     *
     * @throws BusinessException {@code password.current.wrong} when the current password is wrong,
     *                           {@code password.current.throttled} after too many wrong ones, a
     *                           password-policy key when the new one is refused, {@code password.same}
     *                           when it is the current one
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        if (!canChangePassword()) {
            throw new AccessDeniedException("No Coopera password to change");
        }
        UserAccount user = me().orElseThrow();
        String address = SecurityAuditService.clientAddress();
        if (throttle.blockedUntil(user.getUsername(), address).isPresent()) {
            throw new BusinessException("password.current.throttled");
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throttle.recordFailure(user.getUsername(), address);
            audit.record(SecurityEventType.PASSWORD_CHANGE_FAILED, user.getUsername(), "wrong current password");
            throw new BusinessException("password.current.wrong");
        }
        passwordPolicy.check(user.getUsername(), newPassword).ifPresent(key -> {
            throw new BusinessException(key, PasswordPolicy.MIN_LENGTH);
        });
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new BusinessException("password.same");
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setPasswordChangeRequired(false);
        user.bumpSecurityStamp();
        users.saveAndFlush(user);
        audit.record(SecurityEventType.PASSWORD_CHANGED, user.getUsername(), null);
        // this session stays signed in; the user's other sessions end at their next request
        SessionStampFilter.rememberCurrentStamp(users, user.getUsername());
    }

    private java.util.Optional<UserAccount> me() {
        return CurrentUserService.currentUsername().flatMap(users::findByUsername);
    }
}
