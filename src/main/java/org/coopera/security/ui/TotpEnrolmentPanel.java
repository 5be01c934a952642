package org.coopera.security.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.coopera.base.BusinessException;
import org.coopera.security.TotpEnrolment;
import org.coopera.security.TwoFactorService;

/** Setting up an authenticator app: scan the QR code (or type the key), then type the code it shows. */
class TotpEnrolmentPanel extends Div {

    final TextField code = TwoFactorFields.codeField("two-factor-enrol-code");
    final Button enable = new Button();

    TotpEnrolmentPanel(TwoFactorService twoFactor, Consumer<List<String>> onEnabled) {
        addClassName("totp-enrolment");
        TotpEnrolment enrolment = twoFactor.startEnrolment();
        var qr = new Svg(enrolment.qrCodeSvg());
        qr.addClassName("totp-qr-code");
        var secret = new Code(enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        secret.setId("two-factor-secret");
        code.setLabel(getTranslation("two-factor.enrol.code"));
        enable.setText(getTranslation("two-factor.enrol.confirm"));
        enable.setId("two-factor-enable");
        enable.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enable.addClickListener(click -> {
            try {
                onEnabled.accept(twoFactor.enable(enrolment.secret(), code.getValue()));
            } catch (BusinessException e) {
                TwoFactorFields.refuse(code, getTranslation(e.messageKey(), e.arguments()));
            }
        });
        add(new Paragraph(getTranslation("two-factor.enrol.scan")), qr,
                new Paragraph(getTranslation("two-factor.enrol.key")), secret, code, enable);
    }
}
