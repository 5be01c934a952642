package org.coopera.reference;

import java.util.Locale;

/** A partner jurisdiction with its country, so that "by country" rolls Bavaria up to Germany. */
public record JurisdictionRef(long id, long version, JurisdictionKind kind, String subdivisionCode, String nameFr,
                              String nameEn, String countryCode, String countryNameFr, String countryNameEn) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }
}
