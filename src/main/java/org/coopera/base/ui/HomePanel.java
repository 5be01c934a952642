package org.coopera.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A panel a feature adds to the landing page for the signed-in user (an officer's overdue
 * projects, a manager's follow-up per working group). Implementations are Spring beans.
 */
public interface HomePanel {

    /** Panels are shown in this order. */
    int order();

    /** A new panel for the signed-in user, or nothing when it does not concern them. */
    Optional<Component> create();
}
