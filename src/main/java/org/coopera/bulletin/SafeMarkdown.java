package org.coopera.bulletin;

import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Renders a bulletin body (Markdown) to HTML that is safe to show: raw HTML in the Markdown is
 * escaped, link targets are sanitised by commonmark, and the result passes an allow-list
 * sanitiser (OWASP) that keeps only formatting elements and http, https and mailto links.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "code", "pre",
                    "h2", "h3", "h4", "h5", "h6", "hr", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();
    private static final Pattern HEADING_ONE = Pattern.compile("<h1>(.*?)</h1>");

    private SafeMarkdown() {
    }

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        // the page title is the bulletin's h1: headings in the body start at h2
        html = HEADING_ONE.matcher(html).replaceAll("<h2>$1</h2>");
        return POLICY.sanitize(html);
    }
}
