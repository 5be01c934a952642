package org.coopera.workinggroup;

import java.time.LocalDate;
import java.util.Locale;

/** A working group with its partner jurisdiction and country, as lists and pages show it. */
public record WorkingGroupSummary(long id, long version, String acronym, String nameFr, String nameEn,
                                  long jurisdictionId, String jurisdictionNameFr, String jurisdictionNameEn,
                                  String countryCode, LocalDate foundedOn, String mandate, String cadence,
                                  boolean active, int meetingCount) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public String jurisdictionName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? jurisdictionNameEn : jurisdictionNameFr;
    }
}
