package org.coopera.reference;

import java.util.Locale;

/** One of the 17 administrative regions of Québec: its official code ("01" to "17") and its names. */
public record QuebecRegion(String code, String nameFr, String nameEn) {

    /** The name in the user's language (French unless English is asked for). */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    /** "06 Montréal": the code and the name, as lists and exports show a region. */
    public String label(Locale locale) {
        return code + " " + name(locale);
    }
}
