package org.coopera.bulletin;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the searched words in a text, server-side: the text is HTML-escaped first, then each
 * word that starts with a search term (ignoring case and accents, as the database does) is wrapped
 * in {@code <mark>}. Also cuts a snippet around the first match.
 */
public final class Highlighter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private Highlighter() {
    }

    /** The search words, folded (lower case, no accents), without one- and two-letter words. */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String term = fold(words.group());
            if (term.length() >= 3 && !terms.contains(term)) {
                terms.add(term);
            }
        }
        return terms;
    }

    public static String fold(String word) {
        return DIACRITICS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The text, escaped, with the matching words marked. */
    public static String highlight(String text, List<String> terms) {
        if (text == null) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        Matcher words = WORD.matcher(text);
        int last = 0;
        while (words.find()) {
            if (matches(words.group(), terms)) {
                html.append(escape(text.substring(last, words.start())))
                        .append("<mark>").append(escape(words.group())).append("</mark>");
                last = words.end();
            }
        }
        return html.append(escape(text.substring(last))).toString();
    }

    /** About {@code length} characters of the plain text around the first match (or its start), highlighted. */
    public static String snippet(String plainText, List<String> terms, int length) {
        String text = plainText == null ? "" : plainText.replaceAll("\\s+", " ").strip();
        int first = -1;
        Matcher words = WORD.matcher(text);
        while (first < 0 && words.find()) {
            if (matches(words.group(), terms)) {
                first = words.start();
            }
        }
        int start = first < 0 ? 0 : Math.max(0, first - length / 3);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space > first ? start : space + 1;
        }
        int end = Math.min(text.length(), start + length);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        return (start > 0 ? "… " : "") + highlight(text.substring(start, end), terms) + (end < text.length() ? " …" : "");
    }

    /** Markdown to plain text for snippets (markers dropped). */
    public static String plain(String markdown) {
        if (markdown == null) {
            return "";
        }
        return markdown.replaceAll("(?m)^\\s{0,3}(#{1,6}|[-*+]|\\d+\\.|>)\\s+", "")
                .replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("[*_`]", "");
    }

    private static boolean matches(String word, List<String> terms) {
        String folded = fold(word);
        for (String term : terms) {
            if (folded.startsWith(term)) {
                return true;
            }
        }
        return false;
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
