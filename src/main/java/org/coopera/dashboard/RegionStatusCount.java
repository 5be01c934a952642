package org.coopera.dashboard;

import java.util.Locale;
import org.coopera.program.ProjectStatus;

/**
 * Projects taking place in a Québec administrative region, with a status. A project in two regions
 * counts in each. {@code regionCode} null: the projects that state no region; {@code status} null
 * (and no project): a region no project of the filter takes place in, listed so that every region shows.
 */
public record RegionStatusCount(String regionCode, String nameFr, String nameEn, ProjectStatus status, long projects) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }
}
