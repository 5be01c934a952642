package org.coopera.dashboard;

import java.util.Locale;
import org.coopera.program.ProjectStatus;

/** Projects of a sector axis (sub-sectors rolled up) with a status. */
public record SectorStatusCount(long sectorId, String sectorCode, String nameFr, String nameEn, ProjectStatus status,
                                long projects) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }
}
