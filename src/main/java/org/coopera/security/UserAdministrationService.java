package org.coopera.security;

import org.coopera.base.SearchText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.coopera.base.BusinessException;
import org.coopera.base.HistoryEntry;
import org.coopera.base.HistoryService;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * User administration: create users, assign roles, disable, unlock, reset passwords. Only
 * administrators may call it. Refusals come as {@link BusinessException} with a message key.
 */
@Service
@Validated
@RolesAllowed(Roles.ADMIN)
public class UserAdministrationService {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final HistoryService history;
    private final LoginThrottle throttle;
    private final SecurityAuditService audit;
    private final ApiTokenService apiTokens;

    UserAdministrationService(UserAccountRepository users, PasswordEncoder passwordEncoder,
                              PasswordPolicy passwordPolicy, HistoryService history, LoginThrottle throttle,
                              SecurityAuditService audit, ApiTokenService apiTokens) {
        this.apiTokens = apiTokens;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.history = history;
        this.throttle = throttle;
        this.audit = audit;
    }

    /** One page of users whose user name or display name contains the filter (any case). */
    @Transactional(readOnly = true)
    public List<UserSummary> find(String filter, Pageable page) {
        return users.search(normalise(SearchText.check(filter)), page).map(this::summary).getContent();
    }

    @Transactional(readOnly = true)
    public long count(String filter) {
        return users.countSearch(normalise(SearchText.check(filter)));
    }

    @Transactional(readOnly = true)
    public UserSummary get(long id) {
        return summary(load(id));
    }

    @Transactional
    public UserSummary create(@Valid NewUser request) {
        String username = request.username().trim();
        if (users.existsByUsername(username)) {
            throw new BusinessException("user.username.taken", username);
        }
        checkPassword(username, request.password());
        var user = new UserAccount(username, request.displayName().trim(),
                passwordEncoder.encode(request.password()), request.roles());
        user.setEmail(blankToNull(request.email()));
        var saved = users.saveAndFlush(user);
        audit.recordBy(SecurityEventType.ACCOUNT_CREATED, username, me(), "roles " + request.roles());
        return summary(saved);
    }

    /**
     * Changes name, e-mail and roles. Refused when someone else saved the user since
     * {@code expectedVersion} was read, and when it would leave Coopera without an administrator.
     */
    @Transactional
    public UserSummary update(long id, long expectedVersion, @Valid UserChanges changes) {
        UserAccount user = loadForUpdate(id, expectedVersion);
        if (user.getRoles().contains(Role.ADMIN) && !changes.roles().contains(Role.ADMIN)) {
            refuseIfLastAdministratorOrSelf(user, "user.admin.cannot-drop-own-role");
        }
        user.setDisplayName(changes.displayName().trim());
        user.setEmail(blankToNull(changes.email()));
        var before = user.getRoles();
        if (!changes.roles().containsAll(before)) {
            // a role taken away: the user's open sessions end (API tokens read the roles at each call)
            user.bumpSecurityStamp();
        }
        user.setRoles(changes.roles());
        var saved = users.saveAndFlush(user);
        if (!before.equals(saved.getRoles())) {
            audit.recordBy(SecurityEventType.ACCOUNT_CHANGED, saved.getUsername(), me(),
                    "roles " + before + " -> " + saved.getRoles());
        }
        return summary(saved);
    }

    /** Disables (no more logins) or enables a user; an administrator cannot disable himself. */
    @Transactional
    public UserSummary setEnabled(long id, long expectedVersion, boolean enabled) {
        UserAccount user = loadForUpdate(id, expectedVersion);
        if (!enabled && user.isEnabled() && user.getRoles().contains(Role.ADMIN)) {
            refuseIfLastAdministratorOrSelf(user, "user.admin.cannot-disable-self");
        }
        boolean change = user.isEnabled() != enabled;
        if (!enabled) {
            user.bumpSecurityStamp();
        }
        user.setEnabled(enabled);
        var saved = users.saveAndFlush(user);
        if (change) {
            audit.recordBy(enabled ? SecurityEventType.ACCOUNT_ENABLED : SecurityEventType.ACCOUNT_DISABLED,
                    saved.getUsername(), me(), null);
        }
        return summary(saved);
    }

    /**
     * Sets a new password chosen by the administrator and lifts any wait on the user name; the
     * user's open sessions end, the user's API tokens are revoked, and the user must choose a new
     * password at the next sign-in (until then the API refuses the password too).
     */
    @Transactional
    public UserSummary resetPassword(long id, String newPassword) {
        UserAccount user = load(id);
        checkPassword(user.getUsername(), newPassword);
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setPasswordChangeRequired(true);
        user.bumpSecurityStamp();
        throttle.forget(user.getUsername());
        var saved = users.saveAndFlush(user);
        int revoked = apiTokens.revokeAllOf(saved.getId(), me());
        audit.recordBy(SecurityEventType.PASSWORD_RESET, saved.getUsername(), me(),
                revoked == 0 ? null : revoked + " API token(s) revoked");
        return summary(saved);
    }

    /** Lifts the wait that failed sign-ins put on the user's name. */
    @Transactional
    public UserSummary unlock(long id) {
        UserAccount user = load(id);
        throttle.forget(user.getUsername());
        audit.recordBy(SecurityEventType.UNLOCKED, user.getUsername(), me(), null);
        return summary(user);
    }

    private UserSummary summary(UserAccount user) {
        return UserSummary.of(user, throttle.blockedUntil(user.getUsername()).orElse(null));
    }

    private static String me() {
        return CurrentUserService.currentUsername().orElse(null);
    }

    /** Who changed this user, when and what (password changes are not shown). */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        return history.historyOf(UserAccount.class, id);
    }

    private void refuseIfLastAdministratorOrSelf(UserAccount user, String selfKey) {
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        if (user.getUsername().equals(me)) {
            throw new BusinessException(selfKey);
        }
        if (user.isEnabled() && users.countEnabledAdministrators() <= 1) {
            throw new BusinessException("user.admin.last");
        }
    }

    private void checkPassword(String username, String password) {
        passwordPolicy.check(username, password).ifPresent(key -> {
            throw new BusinessException(key, PasswordPolicy.MIN_LENGTH);
        });
    }

    private UserAccount load(long id) {
        return users.findById(id).orElseThrow(() -> new BusinessException("user.not-found"));
    }

    private UserAccount loadForUpdate(long id, long expectedVersion) {
        UserAccount user = load(id);
        if (user.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
        }
        return user;
    }

    private static String normalise(String filter) {
        return filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
