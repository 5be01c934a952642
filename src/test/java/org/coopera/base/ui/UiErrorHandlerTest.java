package org.coopera.base.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.server.ErrorEvent;
import java.sql.SQLException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

/**
 * A failed action outside {@link Saves} says what happened instead of nothing (Vaadin's production
 * mode only logs it). Without an i18n provider Vaadin shows a key as "!{key}!".
 */
class UiErrorHandlerTest {

    final UiErrorHandler handler = new UiErrorHandler();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aConnectionCutMidTransactionSaysTheServiceIsTemporarilyUnavailable() {
        // the chain the cluster test logged when the database stopped under load
        handler.error(new ErrorEvent(new IllegalStateException(new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))));
        assertThat(lastNotification()).contains("error.unavailable.message");
    }

    @Test
    void aRefusedAccessIsSaidAsSuch() {
        handler.error(new ErrorEvent(new RuntimeException(
                new org.springframework.security.authorization.AuthorizationDeniedException("Access Denied"))));
        assertThat(lastNotification()).contains("action.denied");
    }

    @Test
    void anyOtherFailureIsSaidToBeUnexpected() {
        handler.error(new ErrorEvent(new IllegalStateException("a bug")));
        assertThat(lastNotification()).contains("error.unexpected.message");
    }

    private static String lastNotification() {
        var notifications = getNotifications();
        assertThat(notifications).isNotEmpty();
        return notifications.getLast().getElement().getProperty("text");
    }
}
