package org.coopera.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;

/** A project in a dashboard's drill-down list. */
public record DashboardProject(long id, String code, String titleFr, String titleEn, String workingGroupAcronym,
                               String period, String countryCode, String sectorNameFr, String sectorNameEn,
                               ProjectStatus status, ProjectHealth health, BigDecimal budget,
                               LocalDate lastApprovedUpdate) {

    public String title(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? titleEn : titleFr;
    }

    public String sectorName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? sectorNameEn : sectorNameFr;
    }
}
