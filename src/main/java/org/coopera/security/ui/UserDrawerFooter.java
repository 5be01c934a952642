package org.coopera.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coopera.base.i18n.SupportedLocales;
import org.coopera.base.ui.DrawerFooterItem;
import org.coopera.security.CurrentUser;
import org.coopera.security.CurrentUserService;
import org.coopera.security.PasswordChangeService;

/**
 * The foot of the navigation drawer: the signed-in user with their roles, the switch to the other
 * language (kept with the user), their API tokens, the change of their password and sign-out.
 */
@org.springframework.stereotype.Component
class UserDrawerFooter implements DrawerFooterItem {

    private final CurrentUserService currentUserService;
    private final AuthenticationContext authentication;
    private final PasswordChangeService passwords;

    UserDrawerFooter(CurrentUserService currentUserService, AuthenticationContext authentication,
                     PasswordChangeService passwords) {
        this.currentUserService = currentUserService;
        this.authentication = authentication;
        this.passwords = passwords;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<Component> create() {
        var items = new Div();
        items.addClassName("drawer-footer-items");
        currentUserService.current().ifPresent(user -> items.add(userBlock(items, user)));
        boolean french = !"en".equals(UI.getCurrent().getLocale().getLanguage());
        Locale other = french ? SupportedLocales.ENGLISH : SupportedLocales.FRENCH;
        var language = new Button(items.getTranslation("language.switch-to"), new Icon(VaadinIcon.GLOBE), click -> {
            currentUserService.changeLanguage(other);
            UI.getCurrent().getPage().reload();
        });
        language.getElement().setAttribute("lang", other.getLanguage());
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.addClassName("language-switch");
        var logout = new Button(items.getTranslation("nav.logout"), new Icon(VaadinIcon.SIGN_OUT),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("logout");
        var apiTokens = new Anchor("api-tokens", items.getTranslation("api-token.nav"));
        apiTokens.addClassName("api-tokens-link");
        var twoFactor = new Anchor("account/two-factor", items.getTranslation("two-factor.nav"));
        twoFactor.addClassName("two-factor-link");
        items.add(language, apiTokens, twoFactor);
        if (passwords.canChangePassword()) {
            var password = new Anchor("password", items.getTranslation("password.change.nav"));
            password.addClassName("password-change-link");
            items.add(password);
        }
        items.add(logout);
        return Optional.of(items);
    }

    private static Div userBlock(Component context, CurrentUser user) {
        var name = new Span(user.displayName());
        name.addClassName("user-name");
        var roles = new Span(user.roles().stream().map(role -> context.getTranslation("role." + role.name()))
                .sorted().collect(Collectors.joining(", ")));
        roles.addClassName("user-roles");
        var block = new Div(name, roles);
        block.addClassName("user-block");
        return block;
    }
}
