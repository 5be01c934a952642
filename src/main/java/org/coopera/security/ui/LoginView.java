package org.coopera.security.ui;

import org.coopera.base.ui.ComponentTranslations;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.coopera.base.i18n.SupportedLocales;
import org.coopera.security.LoginThrottledException;
import org.coopera.security.sso.NoRoleException;
import org.coopera.security.sso.SsoWebSecurity;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page. A wrong user name or password gets one generic message, whether the user
 * exists or not; too many failed attempts get one message too, whether the user exists or not. With single sign-on, a link "Sign in with ..." leads
 * to the identity provider, and a refused single sign-on is explained here (never sent back to the
 * provider, so no loop); with local accounts off and no LDAP, the form is hidden.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Div ssoError = new Div();

    public LoginView(SsoWebSecurity sso) {
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setVisible(sso.passwordSignIn());
        var title = new H1(getTranslation("app.name"));
        var tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        ssoError.setId("sso-error");
        ssoError.addClassName("sso-error");
        ssoError.getElement().setAttribute("role", "alert");
        ssoError.setVisible(false);
        add(title, tagline, ssoError);
        sso.oidcProviderName().ifPresent(name -> {
            var link = new Anchor(SsoWebSecurity.AUTHORIZATION_PATH, getTranslation("login.sso.sign-in-with",
                    name.isEmpty() ? getTranslation("login.sso.default-name") : name));
            // a full page load: the provider's sign-in page, not a view of this application
            link.setRouterIgnore(true);
            link.setId("sso-sign-in");
            link.addClassName("sso-sign-in");
            add(link);
            if (login.isVisible()) {
                var separator = new Paragraph(getTranslation("login.sso.separator"));
                separator.addClassName("login-separator");
                add(separator);
            }
        });
        add(login, languageSwitch());
        ComponentTranslations.install(this);
    }

    private Button languageSwitch() {
        boolean french = !"en".equals(getLocale().getLanguage());
        Locale other = french ? SupportedLocales.ENGLISH : SupportedLocales.FRENCH;
        var button = new Button(getTranslation("language.switch-to"), click -> {
            VaadinSession.getCurrent().setAttribute(UserLocaleInitializer.SESSION_LOCALE, other);
            UI.getCurrent().getPage().reload();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("lang", other.getLanguage());
        button.addClickShortcut(Key.KEY_L, com.vaadin.flow.component.KeyModifier.ALT);
        return button;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setI18n(i18n());
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object failure = VaadinSession.getCurrent().getSession()
                    .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            LoginI18n i18n = i18n();
            if (failure instanceof LoginThrottledException) {
                // the same words whether the user name exists or not
                i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message"));
            } else if (failure instanceof LockedException) {
                i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.locked.message"));
            } else if (failure instanceof NoRoleException) {
                i18n.getErrorMessage().setTitle(getTranslation("login.sso.no-role.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.sso.no-role.message"));
            }
            login.setI18n(i18n);
            login.setError(true);
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey(SsoWebSecurity.FAILURE_PARAMETER)) {
            showSsoError(VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION));
        }
    }

    private void showSsoError(Object failure) {
        String key = "login.sso.failed";
        if (failure instanceof OAuth2AuthenticationException e) {
            String code = e.getError().getErrorCode();
            if (SsoWebSecurity.NO_ROLE_ERROR.equals(code)) {
                key = "login.sso.no-role";
            } else if (SsoWebSecurity.DISABLED_ERROR.equals(code)) {
                key = "login.sso.disabled";
            }
        } else if (failure instanceof DisabledException) {
            key = "login.sso.disabled";
        }
        ssoError.removeAll();
        ssoError.add(new H2(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".message")));
        ssoError.setVisible(true);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.username.required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
