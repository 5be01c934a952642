package org.coopera.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
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
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page. A wrong user name or password gets one generic message, whether the user
 * exists or not; a locked account is told so.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        var title = new H1(getTranslation("app.name"));
        var tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        add(title, tagline, login, languageSwitch());
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
            if (failure instanceof LockedException) {
                i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.locked.message"));
            }
            login.setI18n(i18n);
            login.setError(true);
        }
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
