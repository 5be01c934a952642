package org.coopera.program;

import org.coopera.base.SearchText;

/**
 * What a project list is narrowed to; null or blank means "any".
 *
 * @param text         part of the code or of either title
 * @param sectorId     a sector axis (matches its sub-sectors too) or a sub-sector
 * @param countryCode  the partner's country (a federated state rolls up to its country)
 * @param fromYear     programmes that run in or after this year
 * @param toYear       programmes that start in or before this year
 */
public record ProjectFilter(String text, Long programId, Long workingGroupId, Long sectorId, String countryCode,
                            ProjectStatus status, ProjectHealth health, Theme theme, Integer fromYear,
                            Integer toYear) {

    /** Over {@link SearchText}'s cap the filter is refused before any query runs. */
    public ProjectFilter {
        SearchText.check(text);
    }

    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public ProjectFilter withProgram(Long id) {
        return new ProjectFilter(text, id, workingGroupId, sectorId, countryCode, status, health, theme, fromYear, toYear);
    }

    public ProjectFilter withText(String value) {
        return new ProjectFilter(value, programId, workingGroupId, sectorId, countryCode, status, health, theme,
                fromYear, toYear);
    }
}
