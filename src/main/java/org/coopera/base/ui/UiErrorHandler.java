package org.coopera.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.coopera.base.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a screen says when an action fails outside {@link Saves} (opening a dialog, paging a grid,
 * an export): a database that does not answer, however the failure is wrapped, is "temporarily
 * unavailable, nothing was changed"; a refused access says so; anything else is an unexpected error,
 * logged. Without this,
 * Vaadin's production mode logs the failure and the user sees nothing happen. Failures while a page
 * is being opened go to the error pages instead ({@link DatabaseUnavailablePage}).
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    private final ErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            // not in a screen's round trip (a closed connection while writing a file): Vaadin's own handling
            fallback.error(event);
            return;
        }
        Throwable failure = event.getThrowable();
        if (causedBy(failure, AccessDeniedException.class)) {
            // the roles changed since the page was drawn; the service refused, nothing was done
            log.warn("An action on {} was refused: {}", ui.getInternals().getActiveViewLocation().getPath(),
                    failure.toString());
            Notifications.error(ui.getTranslation("action.denied"));
        } else if (DatabaseFailures.unavailable(failure)) {
            log.warn("An action on {} failed, database unavailable: {}", ui.getInternals().getActiveViewLocation()
                    .getPath(), failure.toString());
            Notifications.error(ui.getTranslation("error.unavailable.message"));
        } else {
            log.error("An action on {} failed", ui.getInternals().getActiveViewLocation().getPath(), failure);
            Notifications.error(ui.getTranslation("error.unexpected.message"));
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 64; cause = cause.getCause(), depth++) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
