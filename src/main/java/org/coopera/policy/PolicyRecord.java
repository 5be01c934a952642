package org.coopera.policy;

import java.util.Locale;

/** A policy as screens show it. */
public record PolicyRecord(long id, long version, String code, String titleFr, String titleEn, Integer madePublicYear) {

    public String title(Locale locale) {
        return Texts.pick(locale, titleFr, titleEn);
    }
}
