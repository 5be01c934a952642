package org.coopera.security;

/**
 * A new TOTP secret waiting for its first code: shown as a QR code and as text.
 *
 * @param secret   the secret in base32 (what a user types when the app cannot scan)
 * @param uri      the {@code otpauth://} URI that the QR code holds
 * @param qrCodeSvg the QR code as SVG markup
 */
public record TotpEnrolment(String secret, String uri, String qrCodeSvg) {

    @Override
    public String toString() {
        return "TotpEnrolment[secret hidden]";
    }
}
