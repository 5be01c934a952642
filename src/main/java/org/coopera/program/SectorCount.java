package org.coopera.program;

import java.util.Locale;

/** How many projects a programme has in one sector axis (sub-sectors rolled up to their axis). */
public record SectorCount(long sectorId, String sectorCode, String nameFr, String nameEn, long projects) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }
}
