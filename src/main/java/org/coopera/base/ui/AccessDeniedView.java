package org.coopera.base.ui;

import org.coopera.base.LogSafe;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.context.SecurityContextHolder;

/** Shown when a signed-in user opens a view his or her roles do not allow; the attempt is logged and
 * published as an {@link AuthorizationDeniedEvent} (the security feature's audit trail). */
@PermitAll
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(AccessDeniedView.class);

    private final ApplicationEventPublisher events;

    public AccessDeniedView(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        logRefusal(event);
        // the security feature's audit trail records it
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        events.publishEvent(new AuthorizationDeniedEvent<>(() -> authentication,
                "screen /" + event.getLocation().getPath(), new AuthorizationDecision(false)));
        ErrorPage.fill(this, "error.denied.title", "error.denied.message");
        return HttpStatusCode.FORBIDDEN.getCode();
    }

    static void logRefusal(BeforeEnterEvent event) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        log.warn("Access denied: user '{}' with {} tried to open /{}",
                authentication == null ? "anonymous" : authentication.getName(),
                authentication == null ? "[]" : authentication.getAuthorities(),
                LogSafe.of(event.getLocation().getPath()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.denied.title");
    }
}
