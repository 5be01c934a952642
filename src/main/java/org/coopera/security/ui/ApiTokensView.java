package org.coopera.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.coopera.base.BusinessException;
import org.coopera.base.ui.ConfirmDialogs;
import org.coopera.base.ui.LocalizedDates;
import org.coopera.base.ui.Notifications;
import org.coopera.security.ApiTokenService;
import org.coopera.security.ApiTokenSummary;
import org.coopera.security.CreatedApiToken;
import org.coopera.security.CurrentUserService;
import org.coopera.security.Role;

/**
 * The signed-in user's API tokens (reached from the user block of the navigation drawer): create
 * one (shown once), see when each was used, revoke. Administrators also see and revoke everyone's.
 */
@Route("api-tokens")
@PermitAll
class ApiTokensView extends Main implements HasDynamicTitle {

    final TextField name = new TextField();
    final DatePicker expires = new DatePicker();
    final RadioButtonGroup<Boolean> access = new RadioButtonGroup<>();
    final PasswordField password = new PasswordField();
    final Button create = new Button();
    final Grid<ApiTokenSummary> mine = new Grid<>();
    final Grid<ApiTokenSummary> all = new Grid<>();

    private final ApiTokenService tokens;
    private final Clock clock;

    ApiTokensView(ApiTokenService tokens, CurrentUserService currentUser, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        addClassName("api-tokens-view");

        var docs = new Anchor("api/docs", getTranslation("api-token.docs"));
        docs.setRouterIgnore(true);
        add(new Paragraph(getTranslation("api-token.intro")), docs);

        name.setLabel(getTranslation("api-token.name"));
        name.setId("token-name");
        name.setMaxLength(ApiTokenService.MAX_NAME);
        name.setRequiredIndicatorVisible(true);
        expires.setLabel(getTranslation("api-token.expires"));
        expires.setId("token-expires");
        LocalizedDates.localize(expires);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        expires.setMin(today);
        expires.setMax(today.plusDays(ApiTokenService.MAX_DAYS));
        access.setLabel(getTranslation("api-token.access"));
        access.setId("token-access");
        access.setItems(true, false);
        access.setItemLabelGenerator(readOnly -> getTranslation(readOnly ? "api-token.access.read-only"
                : "api-token.access.read-write"));
        access.setValue(true);
        password.setLabel(getTranslation("api-token.password"));
        password.setId("token-password");
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        create.setText(getTranslation("api-token.create"));
        create.setId("token-create");
        create.setIcon(VaadinIcon.KEY.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        var form = new HorizontalLayout(name, expires, access, password, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        mine.setId("token-grid");
        mine.setAriaLabel(getTranslation("api-token.mine"));
        columns(mine, false);
        mine.setAllRowsVisible(true);
        add(form, new H2(getTranslation("api-token.mine")), mine);

        if (currentUser.current().map(user -> user.has(Role.ADMIN)).orElse(false)) {
            all.setId("token-grid-all");
            all.setAriaLabel(getTranslation("api-token.all"));
            columns(all, true);
            all.setItems(query -> tokens.all(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                    query -> (int) tokens.count());
            add(new H2(getTranslation("api-token.all")), all);
        }
        refresh();
    }

    private void columns(Grid<ApiTokenSummary> grid, boolean withUser) {
        if (withUser) {
            grid.addColumn(ApiTokenSummary::username).setHeader(getTranslation("api-token.col.user")).setAutoWidth(true);
        }
        grid.addColumn(ApiTokenSummary::name).setHeader(getTranslation("api-token.name")).setAutoWidth(true);
        grid.addColumn(t -> t.hint() + "…").setHeader(getTranslation("api-token.col.hint")).setAutoWidth(true);
        grid.addColumn(t -> date(t.createdAt())).setHeader(getTranslation("api-token.col.created")).setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("api-token.never") : date(t.lastUsedAt()))
                .setHeader(getTranslation("api-token.col.last-used")).setAutoWidth(true);
        grid.addColumn(t -> t.expiresAt() == null ? "—" : date(t.expiresAt().minusSeconds(1)))
                .setHeader(getTranslation("api-token.col.expires")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.readOnly() ? "api-token.access.read-only" : "api-token.access.read-write"))
                .setHeader(getTranslation("api-token.access")).setAutoWidth(true);
        grid.addColumn(this::state).setHeader(getTranslation("api-token.col.state")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setKey("actions").setAutoWidth(true);
    }

    private String state(ApiTokenSummary token) {
        if (token.revokedAt() != null) {
            return getTranslation("api-token.state.revoked");
        }
        return getTranslation(token.activeAt(clock.instant()) ? "api-token.state.active" : "api-token.state.expired");
    }

    private String date(Instant instant) {
        return LocalizedDates.date(LocalDate.ofInstant(instant, ZoneOffset.UTC), getLocale());
    }

    private Button revokeButton(ApiTokenSummary token) {
        var revoke = new Button(getTranslation("api-token.revoke"), VaadinIcon.BAN.create());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.addClassName("token-revoke");
        revoke.setVisible(token.revokedAt() == null);
        revoke.addClickListener(click -> {
            var confirm = ConfirmDialogs.destructive("token-revoke-confirm",
                    getTranslation("api-token.revoke.confirm-title", token.name()),
                    getTranslation("api-token.revoke.confirm-text"), getTranslation("api-token.revoke"));
            confirm.addConfirmListener(confirmed -> {
                tokens.revoke(token.id());
                Notifications.success(getTranslation("api-token.revoked"));
                refresh();
            });
            confirm.open();
        });
        return revoke;
    }

    private void create() {
        try {
            CreatedApiToken created = tokens.create(name.getValue(), expires.getValue(),
                    !Boolean.FALSE.equals(access.getValue()), password.getValue());
            name.clear();
            expires.clear();
            password.clear();
            access.setValue(true);
            refresh();
            showOnce(created);
        } catch (BusinessException e) {
            // the password's refusal belongs on the password field, the others on the name
            var field = e.messageKey().startsWith("api-token.password") ? password : name;
            password.clear();
            field.setInvalid(true);
            field.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void showOnce(CreatedApiToken created) {
        var dialog = new Dialog();
        dialog.setId("token-created");
        dialog.setHeaderTitle(getTranslation("api-token.created-title"));
        var value = new TextField(getTranslation("api-token.col.hint"));
        value.setLabel(created.summary().name());
        value.setId("token-value");
        value.setValue(created.token());
        value.setReadOnly(true);
        value.setWidthFull();
        dialog.add(new Paragraph(getTranslation("api-token.created-text")), value);
        var close = new Button(getTranslation("api-token.close"), click -> dialog.close());
        close.setId("token-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.setWidth("min(90vw, 40rem)");
        dialog.open();
        value.focus();
    }

    private void refresh() {
        name.setInvalid(false);
        password.setInvalid(false);
        mine.setItems(tokens.mine());
        all.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api-token.title");
    }
}
