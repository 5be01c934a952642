package org.coopera.security;

/**
 * The Content-Security-Policy of every response (docs/decisions/0011-content-security-policy.md).
 * Only this origin's resources; no plug-ins, no framing, forms post only here. Vaadin Flow 25.1
 * needs {@code 'unsafe-inline'} (its bootstrap script and the styles its components inject) and
 * {@code 'unsafe-eval'} (it turns the expressions the server sends, such as event data, into
 * functions); {@code base-uri} is {@code 'self'} because Vaadin's page sets {@code <base href>},
 * which {@code 'none'} would ignore and so break every address below the root.
 */
final class ContentSecurityPolicy {

    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'",
            "form-action 'self'");

    private ContentSecurityPolicy() {
    }
}
