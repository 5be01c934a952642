package org.coopera.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.coopera.security.TwoFactorRequirement;
import org.coopera.security.TwoFactorService;
import org.coopera.security.TwoFactorSignIn;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Inside the application (Vaadin navigation, which the servlet filter does not see): a user signed
 * in with a password who still owes the second factor reaches only the two-factor pages; once it is
 * given, those pages lead home.
 */
@Component
class TwoFactorNavigationGuard implements VaadinServiceInitListener {

    private final TwoFactorService twoFactor;

    TwoFactorNavigationGuard(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof UsernamePasswordAuthenticationToken) || !authentication.isAuthenticated()
                || event.getNavigationTarget() == LoginView.class) {
            return;
        }
        WrappedSession session = VaadinSession.getCurrent().getSession();
        TwoFactorRequirement requirement = TwoFactorSignIn.requirement(session::getAttribute, session::setAttribute,
                authentication.getName(), twoFactor::requirementAfterPassword);
        boolean onTwoFactorPage = event.getNavigationTarget() == TwoFactorView.class
                || event.getNavigationTarget() == TwoFactorEnrolmentView.class;
        if (requirement == TwoFactorRequirement.NONE) {
            if (onTwoFactorPage) {
                event.forwardTo("");
            }
        } else if (event.getNavigationTarget() != (requirement == TwoFactorRequirement.ENROL
                ? TwoFactorEnrolmentView.class : TwoFactorView.class)) {
            event.forwardTo(TwoFactorSignIn.route(requirement));
        }
    }
}
