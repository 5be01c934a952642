package org.coopera.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.coopera.base.i18n.SupportedLocales;
import org.coopera.security.CurrentUser;
import org.coopera.security.CurrentUserService;
import org.springframework.stereotype.Component;

/**
 * Every new UI speaks the signed-in user's language; before login, the language chosen on the
 * login page; otherwise French.
 */
@Component
class UserLocaleInitializer implements VaadinServiceInitListener {

    /** Session attribute holding the language picked on the login page. */
    static final String SESSION_LOCALE = "coopera.locale";

    private final CurrentUserService currentUser;

    UserLocaleInitializer(CurrentUserService currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // the page declares its language from the first byte (WCAG 3.1.1), before any script runs
        event.addIndexHtmlRequestListener(response -> response.getDocument().select("html").attr("lang",
                currentUser.current().map(CurrentUser::locale)
                        .orElseGet(() -> sessionLocale(VaadinSession.getCurrent())).toLanguageTag()));
        event.getSource().addUIInitListener(init -> {
            Locale locale = currentUser.current().map(CurrentUser::locale)
                    .orElseGet(() -> sessionLocale(init.getUI().getSession()));
            init.getUI().setLocale(locale);
            init.getUI().getElement().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        });
    }

    static Locale sessionLocale(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_LOCALE);
        return chosen instanceof Locale locale ? locale : SupportedLocales.FRENCH;
    }
}
