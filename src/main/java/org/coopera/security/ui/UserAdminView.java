package org.coopera.security.ui;

import org.coopera.base.ui.SearchFields;
import org.coopera.base.ui.Saves;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.coopera.base.ui.ConfirmDialogs;
import org.coopera.security.TwoFactorService;
import org.coopera.base.ui.HistoryPanel;
import org.coopera.base.ui.Notifications;
import org.coopera.security.Roles;
import org.coopera.security.UserAdministrationService;
import org.coopera.security.UserSummary;

/** Administration: users, their roles, disabling, unlocking and password resets. */
@Route("admin/users")
@Menu(title = "nav.admin", order = 9, icon = "vaadin:cog")
@RolesAllowed(Roles.ADMIN)
class UserAdminView extends Main implements HasDynamicTitle {

    final TextField filter = new TextField();
    final Grid<UserSummary> grid = new Grid<>();
    final Button create = new Button();

    private final UserAdministrationService users;
    private final Clock clock;
    private final TwoFactorService twoFactor;

    UserAdminView(UserAdministrationService users, Clock clock, TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
        this.users = users;
        this.clock = clock;
        addClassName("user-admin-view");

        filter.setPlaceholder(getTranslation("user.filter.placeholder"));
        filter.setAriaLabel(getTranslation("user.filter.placeholder"));
        filter.setId("user-filter");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        SearchFields.cap(filter);
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        create.setText(getTranslation("user.create"));
        create.setId("user-create");
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> openEditor(null));

        grid.setId("user-grid");
        grid.setAriaLabel(getTranslation("user.grid.label"));
        grid.addColumn(UserSummary::username).setHeader(getTranslation("user.field.username"))
                .setSortProperty("username").setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("user.field.displayName"))
                .setSortProperty("displayName").setAutoWidth(true);
        grid.addColumn(user -> user.roles().stream().map(role -> getTranslation("role." + role.name()))
                .sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("user.field.roles"));
        grid.addColumn(this::status).setHeader(getTranslation("user.field.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("user.actions")).setAutoWidth(true);
        grid.setItems(SearchFields.fetch(query -> users.find(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream()),
                SearchFields.count(query -> (int) users.count(filter.getValue())));

        var events = new com.vaadin.flow.component.html.Anchor("admin/security-events",
                getTranslation("security-event.title"));
        events.setId("security-events-link");
        var toolbar = new HorizontalLayout(filter, create, events);
        toolbar.addClassName("toolbar");
        add(toolbar, grid);
    }

    private String status(UserSummary user) {
        if (!user.enabled()) {
            return getTranslation("user.status.disabled");
        }
        return getTranslation(user.lockedAt(clock.instant()) ? "user.status.locked" : "user.status.active");
    }

    private HorizontalLayout actions(UserSummary user) {
        var edit = iconButton(VaadinIcon.EDIT, "user.action.edit", user, () -> openEditor(user));
        var password = iconButton(VaadinIcon.KEY, "user.action.password", user, () -> openPasswordDialog(user));
        var toggle = iconButton(user.enabled() ? VaadinIcon.BAN : VaadinIcon.CHECK,
                user.enabled() ? "user.action.disable" : "user.action.enable", user, () -> confirmToggle(user));
        var history = iconButton(VaadinIcon.TIME_BACKWARD, "user.action.history", user, () -> openHistory(user));
        var twoFactorReset = iconButton(VaadinIcon.MOBILE, "user.action.two-factor-reset", user,
                () -> confirmTwoFactorReset(user));
        var actions = new HorizontalLayout(edit, password, toggle, history, twoFactorReset);
        if (user.lockedAt(clock.instant())) {
            actions.add(iconButton(VaadinIcon.UNLOCK, "user.action.unlock", user, () -> run(
                    () -> users.unlock(user.id()), "user.unlocked", user.username())));
        }
        actions.setSpacing(false);
        return actions;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, UserSummary user, Runnable action) {
        var button = new Button(icon.create(), click -> action.run());
        String label = getTranslation(labelKey, user.username());
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.addClassName(labelKey.replace('.', '-'));
        return button;
    }

    /** After a conflict the list is read again and the editor opens on the saved version. */
    void openEditor(UserSummary existing) {
        new UserDialog(existing, form -> {
            if (existing == null) {
                users.create(form.toNewUser());
                Notifications.success(getTranslation("user.created", form.getUsername()));
            } else {
                users.update(existing.id(), existing.version(), form.toChanges());
                Notifications.success(getTranslation("user.saved", form.getUsername()));
            }
            grid.getDataProvider().refreshAll();
        }, () -> {
            grid.getDataProvider().refreshAll();
            openEditor(users.get(existing.id()));
        }).open();
    }

    private void openPasswordDialog(UserSummary user) {
        new PasswordDialog(user.username(), newPassword -> {
            users.resetPassword(user.id(), newPassword);
            Notifications.success(getTranslation("user.password.reset", user.username()));
            grid.getDataProvider().refreshAll();
        }).open();
    }

    private void confirmToggle(UserSummary user) {
        if (!user.enabled()) {
            run(() -> users.setEnabled(user.id(), user.version(), true), "user.enabled", user.username());
            return;
        }
        var confirm = ConfirmDialogs.destructive("disable-dialog",
                getTranslation("user.disable.title", user.username()),
                getTranslation("user.disable.message"),
                getTranslation("user.action.disable", user.username()));
        confirm.addConfirmListener(event -> run(() -> users.setEnabled(user.id(), user.version(), false),
                "user.disabled", user.username()));
        confirm.open();
    }

    private void confirmTwoFactorReset(UserSummary user) {
        var confirm = ConfirmDialogs.destructive("two-factor-reset-dialog",
                getTranslation("user.two-factor-reset.title", user.username()),
                getTranslation("user.two-factor-reset.message"),
                getTranslation("user.action.two-factor-reset", user.username()));
        confirm.addConfirmListener(event -> {
            twoFactor.reset(user.id());
            Notifications.success(getTranslation("user.two-factor-reset.done", user.username()));
        });
        confirm.open();
    }

    private void openHistory(UserSummary user) {
        HistoryPanel.openDialog("history-dialog", getTranslation("history.of", user.username()),
                () -> users.history(user.id()), "user.field.");
    }

    private void run(Supplier<UserSummary> action, String successKey, String username) {
        Saves.attempt(() -> {
            action.get();
            Notifications.success(getTranslation(successKey, username));
        }, grid.getDataProvider()::refreshAll);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin");
    }
}
