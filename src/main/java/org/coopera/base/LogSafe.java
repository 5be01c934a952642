package org.coopera.base;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * User input made fit for a log line: control characters (CR, LF, tab, escape, the C1 range, the
 * Unicode line and paragraph separators, bidirectional overrides) become {@code _}, so that nobody
 * can forge a log line or hide one, and the text is cut at {@value #MAX_LENGTH} characters.
 */
public final class LogSafe {

    static final int MAX_LENGTH = 200;

    /** Drawn at start: fingerprints are stable while the server runs and cannot be reversed from the log alone. */
    private static final byte[] KEY = randomKey();

    private LogSafe() {
    }

    /** The text with every control character replaced by {@code _}, cut to a readable length; "null" for null. */
    public static String of(Object input) {
        if (input == null) {
            return "null";
        }
        String text = input.toString();
        boolean cut = text.length() > MAX_LENGTH;
        StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 1);
        text.codePoints().limit(MAX_LENGTH).forEach(c -> safe.appendCodePoint(unsafe(c) ? '_' : c));
        return cut ? safe.append('…').toString() : safe.toString();
    }

    /**
     * A short, stable fingerprint of a value that must not be written as typed (a user name that
     * matches no account may be a password typed in the wrong field): the same value always gives the
     * same fingerprint while the server runs, so repeated attempts can still be followed in the log.
     * It is keyed with a secret drawn at start, so that a weak password cannot be found back from its
     * fingerprint by trying a dictionary.
     */
    public static String fingerprint(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            byte[] digest = mac.doFinal((input == null ? "" : input).getBytes(StandardCharsets.UTF_8));
            return "#" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static boolean unsafe(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || Character.getType(c) == Character.FORMAT && c != '\u200D';
    }
}
