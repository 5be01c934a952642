package org.coopera.dashboard;

import java.util.Locale;

/** Projects of the programmes of a period (start year to end year) in a sector axis. */
public record PeriodSectorCount(int startYear, int endYear, long sectorId, String sectorCode, String nameFr,
                                String nameEn, long projects) {

    public String period() {
        return startYear + "-" + endYear;
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }
}
