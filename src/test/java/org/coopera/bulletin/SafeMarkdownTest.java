package org.coopera.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markdown bodies render to safe HTML; search highlighting escapes before marking. */
class SafeMarkdownTest {

    @Test
    void formattingIsKept() {
        String html = SafeMarkdown.toHtml("# Titre\n\nUn **texte** et un [lien](https://example.org/a).\n\n- un\n- deux\n");
        assertThat(html).contains("<h2>Titre</h2>").contains("<strong>texte</strong>")
                .contains("<a href=\"https://example.org/a\" rel=\"no").contains("noopener").contains(">lien</a>")
                .contains("<li>un</li>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[clic](javascript:alert(1))",
            "[clic](JaVaScRiPt:alert(1))",
            "[clic](data:text/html;base64,PHNjcmlwdD4=)",
            "<a href=\"javascript:alert(1)\" onclick=\"alert(2)\">x</a>",
            "<div onmouseover=\"alert(1)\">survol</div>",
            "![x](javascript:alert(1))",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "[x](vbscript:msgbox(1))",
            "<<script>script>alert(1)<</script>/script>",
    })
    void scriptsEventHandlersAndJavascriptLinksAreNeutralised(String nasty) {
        String html = SafeMarkdown.toHtml("Avant\n\n" + nasty + "\n\nAprès");
        // no element but the formatting ones, no event-handler attribute in a tag, no link but http(s)/mailto
        assertThat(html).doesNotContainPattern("(?i)<(?!/?(p|h[2-6]|strong|em|a|ul|ol|li|br|code|pre|blockquote|hr)[\\s>/])")
                .doesNotContainPattern("(?i)<[^>]*\\son\\w+\\s*=")
                .doesNotContainPattern("(?i)<a[^>]*href=\"(?!https?:|mailto:|\")");
        assertThat(html).contains("Avant").contains("Après");
    }

    @Test
    void highlightingEscapesAndIgnoresAccentsAndCase() {
        List<String> terms = Highlighter.terms("education coop");
        assertThat(terms).containsExactly("education", "coop");
        assertThat(Highlighter.highlight("Éducation <b>et</b> coopération", terms))
                .isEqualTo("<mark>Éducation</mark> &lt;b&gt;et&lt;/b&gt; <mark>coopération</mark>");
        assertThat(Highlighter.highlight("<script>education</script>", terms))
                .isEqualTo("&lt;script&gt;<mark>education</mark>&lt;/script&gt;");
    }

    @Test
    void snippetsStartNearTheFirstMatch() {
        String text = "Mot ".repeat(100) + "la culture du Québec " + "fin ".repeat(100);
        String snippet = Highlighter.snippet(text, Highlighter.terms("culture"), 120);
        assertThat(snippet).startsWith("… ").contains("<mark>culture</mark>").endsWith(" …");
        assertThat(snippet.length()).isLessThan(160);
    }

    @Test
    void booleanQueriesKeepOnlyWordsAndRequireEachAsAPrefix() {
        assertThat(BulletinQueries.booleanQuery(BulletinQueries.words("Éducation, \"coopération\" -x +y* the de"))).isEqualTo("+Éducation* +coopération*");
        assertThat(BulletinQueries.booleanQuery(BulletinQueries.words("a b"))).isNull();
        assertThat(BulletinQueries.booleanQuery(BulletinQueries.words("')(*;--"))).isNull();
    }
}
