package org.coopera.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.coopera.security.PasswordChangeService;
import org.springframework.stereotype.Component;

/**
 * After an administrator reset a user's password, every screen leads to the password change until
 * the user has chosen a new one (the sign-in page and error pages excepted).
 */
@Component
class PasswordChangeRequiredInitializer implements VaadinServiceInitListener {

    private final PasswordChangeService passwords;

    PasswordChangeRequiredInitializer(PasswordChangeService passwords) {
        this.passwords = passwords;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == PasswordChangeView.class || target == LoginView.class 
                || com.vaadin.flow.router.HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        if (passwords.changeRequired()) {
            event.forwardTo(PasswordChangeView.class);
        }
    }
}
