package org.coopera.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that could not be shown because the database does not answer (stopped, restarting, a
 * cluster node lost): a clear "temporarily unavailable" with status 503 instead of an internal
 * error. The node stays up and the same address works again once the database is back. Vaadin
 * matches the failure's cause chain, so a wrapped failure finds this page too.
 */
abstract class DatabaseUnavailablePage<T extends Exception> extends Main
        implements HasErrorParameter<T>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailablePage.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<T> parameter) {
        log.warn("Page {} not shown, database unavailable: {}", event.getLocation().getPath(),
                parameter.getCaughtException().getClass().getSimpleName());
        ErrorPage.fill(this, "error.unavailable.title", "error.unavailable.message");
        return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.unavailable.title");
    }
}
