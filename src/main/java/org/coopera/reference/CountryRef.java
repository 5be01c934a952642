package org.coopera.reference;

import java.util.Locale;

/** A country as other features see it: its ISO code and its names. */
public record CountryRef(String code, String alpha3, String nameFr, String nameEn) {

    /** The name in the user's language (French unless English is asked for). */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }
}
