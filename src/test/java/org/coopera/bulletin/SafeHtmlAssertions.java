package org.coopera.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** What every HTML that Coopera renders from user text must never hold: a script, an event handler, a script URL. */
final class SafeHtmlAssertions {

    private static final Pattern ATTRIBUTE = Pattern.compile("(?i)\\s(href|src)=\"([^\"]*)\"");
    /** A URL's scheme, as a browser reads it (it skips control characters and spaces). */
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):.*", Pattern.DOTALL);

    private SafeHtmlAssertions() {
    }

    static void assertSafe(String html) {
        assertThat(html).as("rendered HTML")
                .doesNotContainPattern("(?i)<script")
                // no element but the formatting ones (and the empty comment the sanitiser puts between two braces)
                .doesNotContainPattern("(?i)<(?!/?(p|h[2-6]|strong|em|b|i|a|ul|ol|li|br|code|pre|blockquote|hr)[\\s>/]|!-- -->)")
                // no event-handler attribute in a tag
                .doesNotContainPattern("(?i)<[^>]*\\son\\w+\\s*=");
        // a link is relative, http(s) or mailto, once its character references are decoded
        Matcher attribute = ATTRIBUTE.matcher(html);
        while (attribute.find()) {
            String url = HtmlUtils.htmlUnescape(attribute.group(2)).replaceAll("[\\x00-\\x20\\x7F]", "")
                    .toLowerCase(Locale.ROOT);
            Matcher scheme = SCHEME.matcher(url);
            if (scheme.matches()) {
                assertThat(scheme.group(1)).as("scheme of %s in %s", attribute.group(2), html)
                        .isIn("http", "https", "mailto");
            }
        }
    }
}
