package org.coopera.dashboard;

import java.util.Locale;

/** Projects whose partner is in a country (federated states rolled up to their country). */
public record CountryCount(String countryCode, String nameFr, String nameEn, long projects) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }
}
