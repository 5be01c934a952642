package org.coopera.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.coopera.security.TwoFactorService;
import org.coopera.security.TwoFactorSignIn;

/** After the password: the code from the authenticator app, or a recovery code. */
@Route(value = TwoFactorSignIn.VERIFY_ROUTE, autoLayout = false)
@PermitAll
class TwoFactorView extends Main implements HasDynamicTitle {

    final TextField code = TwoFactorFields.codeField("two-factor-code");
    final Button verify = new Button();

    TwoFactorView(TwoFactorService twoFactor, AuthenticationContext authentication) {
        addClassName("login-view");
        addClassName("two-factor-view");
        code.setLabel(getTranslation("two-factor.code"));
        code.setHelperText(getTranslation("two-factor.code.help"));
        verify.setText(getTranslation("two-factor.verify"));
        verify.setId("two-factor-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.addClickListener(click -> {
            switch (twoFactor.verify(code.getValue())) {
                case ACCEPTED -> {
                    TwoFactorSignIn.completed(VaadinSession.getCurrent().getSession()::setAttribute,
                            authentication.getPrincipalName().orElseThrow());
                    UI.getCurrent().navigate("");
                }
                case WRONG -> TwoFactorFields.refuse(code, getTranslation("two-factor.code.wrong"));
                case BLOCKED -> TwoFactorFields.refuse(code,
                        getTranslation("two-factor.blocked", TwoFactorService.BLOCK_MINUTES));
            }
        });
        var signOut = new Button(getTranslation("nav.logout"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("two-factor-sign-out");
        add(new H1(getTranslation("app.name")), new H2(getTranslation("two-factor.title")),
                new Paragraph(getTranslation("two-factor.intro")), code, verify, signOut);
        code.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-factor.title");
    }
}
