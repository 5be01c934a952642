package org.coopera.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopera.base.BusinessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.sql.SQLException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * The one handler of refusals and conflicts, in a mocked Vaadin UI without a Spring context: what
 * each kind of failure shows, whether the dialog closes, and what a reload after a conflict does.
 * (Without an i18n provider Vaadin shows a key as "!{key}!".)
 */
class SavesTest {

    final AtomicInteger reloads = new AtomicInteger();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aSaveThatGoesThroughClosesItsDialog() {
        Dialog dialog = openDialog();
        assertThat(Saves.fromDialog(dialog, () -> { }, reloads::incrementAndGet)).isTrue();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(reloads).hasValue(0);
    }

    @Test
    void aRefusalShowsItsMessageAndKeepsTheDialogOpen() {
        Dialog dialog = openDialog();
        assertThat(Saves.fromDialog(dialog, () -> {
            throw new BusinessException("program.period.taken", 2013);
        }, reloads::incrementAndGet)).isFalse();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(lastNotification()).contains("program.period.taken");
    }

    @Test
    void aConflictOffersToReloadWhichClosesTheDialog() {
        Dialog dialog = openDialog();
        assertThat(Saves.fromDialog(dialog, () -> {
            throw new ObjectOptimisticLockingFailureException(Object.class, 1L);
        }, reloads::incrementAndGet)).isFalse();
        assertThat(dialog.isOpened()).as("what was typed can still be copied").isTrue();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("conflict-dialog")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(reloads).hasValue(1);
    }

    @Test
    void aConflictCanSayWhatReloadingMeans() {
        Saves.attempt(() -> {
            throw new ObjectOptimisticLockingFailureException(Object.class, 1L);
        }, "exchange.import.conflict", reloads::incrementAndGet);
        ConfirmDialog conflict = _get(ConfirmDialog.class, spec -> spec.withId("conflict-dialog"));
        assertThat(conflict.getElement().getProperty("message")).contains("exchange.import.conflict");
    }

    @Test
    void aRefusedAccessAndAnUnreachableDatabaseAreSaid() {
        assertThat(Saves.attempt(() -> {
            throw new AuthorizationDeniedException("no");
        }, reloads::incrementAndGet)).isFalse();
        assertThat(lastNotification()).contains("action.denied");
        assertThat(Saves.attempt(() -> {
            throw new DataAccessResourceFailureException("down");
        }, reloads::incrementAndGet)).isFalse();
        assertThat(lastNotification()).contains("action.failed");
        assertThat(_find(ConfirmDialog.class)).isEmpty();
    }

    @Test
    void aConnectionCutMidTransactionIsAnOutageButOtherDataAccessFailuresAreUnexpected() {
        Dialog dialog = openDialog();
        assertThat(Saves.fromDialog(dialog, () -> {
            throw new JpaSystemException(new org.hibernate.TransactionException(
                    "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
        }, reloads::incrementAndGet)).isFalse();
        assertThat(lastNotification()).contains("action.failed");
        assertThat(Saves.fromDialog(dialog, () -> {
            throw new DataIntegrityViolationException("Duplicate entry");
        }, reloads::incrementAndGet)).isFalse();
        assertThat(lastNotification()).contains("error.unexpected.message").doesNotContain("action.failed");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void aDialogThatShowsRefusalsGetsThemInsteadOfANotification() {
        var dialog = new RefusingDialog();
        dialog.open();
        Saves.fromDialog(dialog, () -> {
            throw new DataAccessResourceFailureException("down");
        }, reloads::incrementAndGet);
        assertThat(dialog.shown).contains("update.ui.save-failed");
        assertThat(getNotifications()).isEmpty();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void fieldViolationsGoOnTheirFields() {
        Dialog dialog = openDialog();
        var name = new TextField();
        record Named(@NotBlank(message = "{validation.required}") String name) {
        }
        var violations = Validation.buildDefaultValidatorFactory().getValidator().validate(new Named(" "));
        Saves.fromDialog(dialog, Map.of("name", name), () -> {
            throw new ConstraintViolationException(violations);
        }, reloads::incrementAndGet);
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("validation.required");
        assertThat(dialog.isOpened()).isTrue();
    }

    private static Dialog openDialog() {
        var dialog = new Dialog();
        dialog.open();
        return dialog;
    }

    private static String lastNotification() {
        var notifications = getNotifications();
        assertThat(notifications).isNotEmpty();
        Notification last = notifications.getLast();
        return last.getElement().getProperty("text");
    }

    static final class RefusingDialog extends Dialog implements Saves.ShowsRefusals {
        String shown;

        @Override
        public void showRefusal(String message) {
            shown = message;
        }

        @Override
        public String unavailableKey() {
            return "update.ui.save-failed";
        }
    }
}
