package org.coopera.policy;

import java.util.Locale;

/** French first, English for English-speaking users. */
final class Texts {

    private Texts() {
    }

    static String pick(Locale locale, String french, String english) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : french;
    }

    /** "2007-2008" for the reporting year starting in 2007. */
    static String year(int startYear) {
        return startYear + "-" + (startYear + 1);
    }
}
