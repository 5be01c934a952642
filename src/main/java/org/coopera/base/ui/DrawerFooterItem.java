package org.coopera.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature adds to the foot of the navigation drawer, under the sections (the signed-in
 * user, the language switch, sign-out). Implementations are Spring beans.
 */
public interface DrawerFooterItem {

    /** Items are shown in this order. */
    int order();

    /** New components for the signed-in user, or nothing. */
    Optional<Component> create();
}
