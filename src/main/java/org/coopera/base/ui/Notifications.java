package org.coopera.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations and errors, announced to screen readers (Vaadin notifications are live regions). */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        var notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
