package org.coopera.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopera.bulletin.SafeHtmlAssertions.assertSafe;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the Markdown renderer of bulletin bodies ({@link SafeMarkdown}, commonmark then the OWASP
 * allow-list) and the search-result highlighter: any text renders, without an exception, to HTML that
 * holds no script, no event handler and no script URL. Seeds: {@code SafeMarkdownFuzzTestInputs} (UTF-8
 * text). How it runs: see the pom.
 */
@Tag("fuzz-target")
public class SafeMarkdownFuzzTest {

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "")
    void rendersAnyTextToSafeHtml(byte[] input) {
        check(input);
    }

    /** One input: UTF-8 text. */
    public static void check(byte[] input) {
        String markdown = new String(input, StandardCharsets.UTF_8);
        assertSafe(SafeMarkdown.toHtml(markdown));

        // a search hit: the text escaped, the terms of the query marked
        int split = markdown.indexOf('\n');
        String query = split < 0 ? markdown : markdown.substring(0, split);
        var terms = Highlighter.terms(query);
        String highlighted = Highlighter.highlight(markdown, terms);
        assertThat(highlighted.replaceAll("</?mark>", "")).doesNotContain("<");
        assertThat(Highlighter.snippet(markdown, terms, 120).replaceAll("</?mark>", "")).doesNotContain("<");
    }
}
