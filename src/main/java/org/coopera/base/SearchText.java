package org.coopera.base;

/**
 * The free text of a search, capped so that no search (screen or API) can make the database scan
 * with a huge pattern or a hundred words: at most {@value #MAX_CHARS} characters and
 * {@value #MAX_WORDS} words. Over the cap the search is refused before anything runs, with the
 * message {@code search.too-long}.
 *
 * @param value the text, stripped; empty for no text
 */
public record SearchText(String value) {

    public static final int MAX_CHARS = 200;
    public static final int MAX_WORDS = 12;
    public static final String TOO_LONG = "search.too-long";

    /** Refused search text (a {@link BusinessException}, so screens and the API show its message). */
    public static final class TooLongException extends BusinessException {
        public TooLongException() {
            super(TOO_LONG, MAX_CHARS, MAX_WORDS);
        }
    }

    public SearchText {
        value = value == null ? "" : value.strip();
        if (!fits(value)) {
            throw new TooLongException();
        }
    }

    /** The text, checked; null counts as no text. */
    public static SearchText of(String text) {
        return new SearchText(text);
    }

    /** Throws {@link TooLongException} when the text is over the cap; returns it unchanged otherwise. */
    public static String check(String text) {
        of(text);
        return text;
    }

    /** Whether the text is within the cap (null is). */
    public static boolean fits(String text) {
        if (text == null) {
            return true;
        }
        String stripped = text.strip();
        // counting code units is enough: a character outside the BMP counts twice, never less
        return stripped.length() <= MAX_CHARS && words(stripped) <= MAX_WORDS;
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }
}
