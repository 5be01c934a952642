package org.coopera.base.i18n;

import java.util.List;
import java.util.Locale;

/** The interface languages: French (Canada) first and by default, then English. */
public final class SupportedLocales {

    public static final Locale FRENCH = Locale.CANADA_FRENCH;
    public static final Locale ENGLISH = Locale.forLanguageTag("en-CA");
    public static final List<Locale> ALL = List.of(FRENCH, ENGLISH);

    private SupportedLocales() {
    }

    /** English for any English locale, French for everything else. */
    public static Locale closest(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    }

    /** Parses a stored language tag; unknown or empty gives French. */
    public static Locale fromTag(String tag) {
        return tag == null || tag.isBlank() ? FRENCH : closest(Locale.forLanguageTag(tag));
    }
}
