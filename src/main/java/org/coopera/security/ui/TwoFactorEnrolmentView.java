package org.coopera.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.coopera.security.TwoFactorService;
import org.coopera.security.TwoFactorSignIn;

/** An administrator who must use two-factor sign-in sets up the authenticator app before going further. */
@Route(value = TwoFactorSignIn.ENROL_ROUTE, autoLayout = false)
@PermitAll
class TwoFactorEnrolmentView extends Main implements HasDynamicTitle {

    TwoFactorEnrolmentView(TwoFactorService twoFactor, AuthenticationContext authentication) {
        addClassName("login-view");
        addClassName("two-factor-view");
        var signOut = new Button(getTranslation("nav.logout"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("two-factor-sign-out");
        var enrolment = new TotpEnrolmentPanel(twoFactor, codes -> {
            removeAll();
            add(new H1(getTranslation("app.name")), new RecoveryCodesPanel(codes, () -> {
                TwoFactorSignIn.completed(VaadinSession.getCurrent().getSession()::setAttribute,
                        authentication.getPrincipalName().orElseThrow());
                UI.getCurrent().navigate("");
            }));
        });
        add(new H1(getTranslation("app.name")), new H2(getTranslation("two-factor.enrol.title")),
                new Paragraph(getTranslation("two-factor.enrol.required")), enrolment, signOut);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-factor.enrol.title");
    }
}
