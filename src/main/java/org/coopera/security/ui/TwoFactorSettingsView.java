package org.coopera.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.coopera.base.BusinessException;
import org.coopera.base.ui.Notifications;
import org.coopera.security.TwoFactorService;
import org.coopera.security.TwoFactorStatus;

/**
 * The signed-in user's two-factor sign-in (reached from the user block of the navigation drawer):
 * turn it on with an authenticator app, get new recovery codes, turn it off (with a current code).
 */
@Route("account/two-factor")
@PermitAll
class TwoFactorSettingsView extends Main implements HasDynamicTitle {

    private final TwoFactorService twoFactor;

    TwoFactorSettingsView(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
        addClassName("two-factor-settings-view");
        show();
    }

    private void show() {
        removeAll();
        TwoFactorStatus status = twoFactor.status();
        var state = new Paragraph();
        state.setId("two-factor-state");
        add(state);
        if (!status.available()) {
            state.setText(getTranslation("two-factor.unavailable"));
        } else if (!status.enabled()) {
            state.setText(getTranslation("two-factor.state.off"));
            add(new TotpEnrolmentPanel(twoFactor, this::showCodes));
        } else {
            state.setText(getTranslation("two-factor.state.on", status.recoveryCodesLeft()));
            add(actions(status));
        }
    }

    private HorizontalLayout actions(TwoFactorStatus status) {
        TextField code = TwoFactorFields.codeField("two-factor-settings-code");
        code.setLabel(getTranslation("two-factor.code"));
        code.setHelperText(getTranslation("two-factor.settings.code-help"));
        var regenerate = new Button(getTranslation("two-factor.recovery.regenerate"), click -> attempt(code, () ->
                showCodes(twoFactor.regenerateRecoveryCodes(code.getValue()))));
        regenerate.setId("two-factor-regenerate");
        var disable = new Button(getTranslation("two-factor.disable"), click -> attempt(code, () -> {
            twoFactor.disable(code.getValue());
            Notifications.success(getTranslation("two-factor.disabled"));
            show();
        }));
        disable.setId("two-factor-disable");
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        disable.setVisible(!status.required());
        var actions = new HorizontalLayout(code, regenerate, disable);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        return actions;
    }

    private void attempt(TextField code, Runnable action) {
        try {
            action.run();
        } catch (BusinessException e) {
            TwoFactorFields.refuse(code, getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void showCodes(List<String> codes) {
        removeAll();
        add(new RecoveryCodesPanel(codes, this::show));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-factor.settings.title");
    }
}
