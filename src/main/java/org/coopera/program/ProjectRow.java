package org.coopera.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** A project as lists show it, with its programme, working group, sector axis and partner country. */
public record ProjectRow(long id, long version, String code, String titleFr, String titleEn, long programId,
                         String programPeriod, long workingGroupId, String workingGroupAcronym, String countryCode,
                         long sectorId, String sectorCode, String sectorNameFr, String sectorNameEn, String axisCode,
                         ProjectStatus status, ProjectHealth health, String leadQuebec, String leadPartner,
                         LocalDate startDate, LocalDate endDate, BigDecimal budget, boolean illustrative) {

    public String title(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? titleEn : titleFr;
    }

    public String sectorName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? sectorNameEn : sectorNameFr;
    }
}
