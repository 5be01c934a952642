package org.coopera.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * Unknown address. In development mode Vaadin reports a view the user may not open as "not
 * found"; when the address does name a view, this page says access is refused, as in production.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private String titleKey = "error.not-found.title";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        boolean routeExists = RouteConfiguration.forApplicationScope()
                .getRoute(event.getLocation().getPath()).isPresent();
        if (routeExists) {
            AccessDeniedView.logRefusal(event);
            titleKey = "error.denied.title";
            ErrorPage.fill(this, titleKey, "error.denied.message");
            return HttpStatusCode.FORBIDDEN.getCode();
        }
        titleKey = "error.not-found.title";
        ErrorPage.fill(this, titleKey, "error.not-found.message");
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
