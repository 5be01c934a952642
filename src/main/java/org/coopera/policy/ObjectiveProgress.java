package org.coopera.policy;

import java.util.List;

/**
 * An objective with its measures and, for one reporting year, how many are done, under way, not
 * started, and not reported on (no progress for that year yet).
 */
public record ObjectiveProgress(ObjectiveRecord objective, List<MeasureYear> measures, int done, int inProgress,
                                int notStarted, int notReported) {

    /** A measure of the tree with its status in the chosen year (null when not reported). */
    public record MeasureYear(long id, String code, String titleFr, String titleEn, String leadOrganisation,
                              MeasureStatus yearStatus, boolean illustrative) {

        public String title(java.util.Locale locale) {
            return Texts.pick(locale, titleFr, titleEn);
        }
    }
}
