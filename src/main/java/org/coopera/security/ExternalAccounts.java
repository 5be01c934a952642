package org.coopera.security;

import org.coopera.base.LogSafe;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.coopera.base.i18n.SupportedLocales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Coopera users that an identity provider vouches for (single sign-on: OpenID Connect, LDAP).
 * For the sign-in mechanisms only ({@code org.coopera.security.sso}): they call it once the
 * provider has authenticated the person, with the roles that the person's groups give.
 *
 * <p>On the first sign-in a user is created and linked to the provider's subject (one user per
 * issuer and subject); at every sign-in the name, e-mail and roles follow the provider. The
 * working groups an officer follows are not the provider's business and stay as they are.
 */
@Component
public class ExternalAccounts {

    private static final Logger log = LoggerFactory.getLogger(ExternalAccounts.class);
    private static final int MAX_USERNAME = 60;
    private static final int MAX_DISPLAY_NAME = 120;
    private static final int MAX_EMAIL = 254;

    private final SecureRandom random = new SecureRandom();
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ExternalAccounts(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock,
                     TransactionTemplate transaction) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.transaction = transaction;
    }

    /**
     * What the provider says about a person.
     *
     * @param issuer            the provider (the configured OpenID Connect issuer, the LDAP URL)
     * @param subject           the provider's stable identifier of the person
     * @param preferredUsername the user name to give a new user (made unique when taken)
     * @param locale            a language tag (claim {@code locale}), may be null
     * @param roles             the roles the person's groups give, empty when none does
     * @param checkLock         whether the password was typed into Coopera (LDAP): Coopera's sign-in throttle applies, before this
     */
    public record Identity(String issuer, String subject, String preferredUsername, String displayName,
                           String email, String locale, Set<Role> roles, boolean checkLock) {
    }

    /** Why a sign-in is refused, or null when it is accepted. */
    public enum Refusal { NO_ROLE, DISABLED, LOCKED }

    /** The outcome of a sign-in: the Coopera user name and roles, or the reason for a refusal. */
    public record Outcome(String username, Set<Role> roles, Refusal refusal) {

        public boolean accepted() {
            return refusal == null;
        }
    }

    /**
     * Signs a person in: creates or updates the linked user. A person whose groups give no role is
     * refused (and an existing user loses his or her roles, so that the API tokens he or she made act
     * with none); so is a user an administrator disabled in Coopera.
     */
    public Outcome signIn(Identity identity) {
        if (blank(identity.issuer()) || blank(identity.subject())) {
            throw new IllegalArgumentException("An external identity needs an issuer and a subject");
        }
        // the history (Envers) records the change as made by the person signing in, as when a user
        // changes his or her own language, not by "anonymousUser"
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        var previous = strategy.getContext();
        try {
            var context = strategy.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    users.findByExternalIssuerAndExternalSubject(identity.issuer(), identity.subject())
                            .map(UserAccount::getUsername).orElseGet(() -> uniqueUsername(identity)), null, java.util.List.of()));
            strategy.setContext(context);
            return transaction.execute(status -> signInTransaction(identity));
        } finally {
            strategy.setContext(previous);
        }
    }

    private Outcome signInTransaction(Identity identity) {
        Optional<UserAccount> linked = users.findByExternalIssuerAndExternalSubject(identity.issuer(),
                identity.subject());
        if (identity.roles().isEmpty()) {
            linked.ifPresent(user -> user.setRoles(EnumSet.noneOf(Role.class)));
            log.warn("Single sign-on refused for '{}' from {}: no group of the person gives a Coopera role",
                    LogSafe.of(linked.map(UserAccount::getUsername).orElse(identity.preferredUsername())),
                    LogSafe.of(identity.issuer()));
            return new Outcome(linked.map(UserAccount::getUsername).orElse(null), Set.of(), Refusal.NO_ROLE);
        }
        UserAccount user = linked.orElseGet(() -> create(identity));
        if (!user.isEnabled()) {
            log.warn("Single sign-on refused for '{}' from {}: the user is disabled in Coopera",
                    LogSafe.of(user.getUsername()), LogSafe.of(identity.issuer()));
            return new Outcome(user.getUsername(), Set.of(), Refusal.DISABLED);
        }
        if (!blank(identity.displayName())) {
            user.setDisplayName(cut(identity.displayName().strip(), MAX_DISPLAY_NAME));
        }
        String email = email(identity.email());
        if (email != null) {
            user.setEmail(email);
        }
        if (!user.getRoles().equals(identity.roles())) {
            log.info("Roles of '{}' from {}: {} (were {})", LogSafe.of(user.getUsername()), LogSafe.of(identity.issuer()),
                    identity.roles(), user.getRoles());
            if (!identity.roles().containsAll(user.getRoles())) {
                // a role taken away by the provider: the user's other open sessions end
                user.bumpSecurityStamp();
            }
            user.setRoles(identity.roles());
        }
        users.saveAndFlush(user);
        return new Outcome(user.getUsername(), EnumSet.copyOf(identity.roles()), null);
    }

    private UserAccount create(Identity identity) {
        String username = uniqueUsername(identity);
        String displayName = blank(identity.displayName()) ? username
                : cut(identity.displayName().strip(), MAX_DISPLAY_NAME);
        // the user signs in through the provider only: a password nobody knows, and
        // DatabaseUserDetailsService refuses linked users anyway
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        var user = new UserAccount(username, displayName,
                passwordEncoder.encode(Base64.getEncoder().encodeToString(secret)), identity.roles());
        user.linkTo(identity.issuer(), identity.subject());
        user.setEmail(email(identity.email()));
        if (!blank(identity.locale())) {
            user.setLocale(SupportedLocales.closest(Locale.forLanguageTag(identity.locale().replace('_', '-')))
                    .toLanguageTag());
        }
        log.info("User '{}' created on first single sign-on from {} (subject {})", LogSafe.of(username),
                LogSafe.of(identity.issuer()), LogSafe.of(identity.subject()));
        return users.saveAndFlush(user);
    }

    /** The preferred name, or the e-mail, or the subject; a number appended when another user has it. */
    private String uniqueUsername(Identity identity) {
        String base = !blank(identity.preferredUsername()) ? identity.preferredUsername()
                : !blank(identity.email()) ? identity.email() : identity.subject();
        base = cut(base.strip().toLowerCase(Locale.ROOT), MAX_USERNAME);
        String candidate = base;
        for (int n = 2; users.existsByUsername(candidate); n++) {
            String suffix = "-" + n;
            candidate = cut(base, MAX_USERNAME - suffix.length()) + suffix;
        }
        return candidate;
    }

    private static String email(String email) {
        if (blank(email)) {
            return null;
        }
        String trimmed = email.strip();
        return trimmed.length() <= MAX_EMAIL && trimmed.indexOf('@') > 0 ? trimmed : null;
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
