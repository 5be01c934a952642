package org.coopera.security;

import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Optional;
import org.coopera.base.i18n.SupportedLocales;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user and the preferences he or she keeps (the interface language). */
@Service
@PermitAll
public class CurrentUserService {

    private final UserAccountRepository users;

    CurrentUserService(UserAccountRepository users) {
        this.users = users;
    }

    /** The signed-in user, empty when nobody is signed in. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> current() {
        return currentUsername().flatMap(users::findByUsername).map(user -> new CurrentUser(
                user.getUsername(), user.getDisplayName(), user.getRoles(),
                SupportedLocales.fromTag(user.getLocale())));
    }

    /** Remembers the interface language the signed-in user chose. */
    @Transactional
    public void changeLanguage(Locale locale) {
        Locale supported = SupportedLocales.closest(locale);
        currentUsername().flatMap(users::findByUsername)
                .ifPresent(user -> user.setLocale(supported.toLanguageTag()));
    }

    static Optional<String> currentUsername() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }
}
