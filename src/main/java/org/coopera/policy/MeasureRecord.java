package org.coopera.policy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A measure with its objective, lead and partner organisations. */
public record MeasureRecord(long id, long version, long actionPlanId, long objectiveId, int objectiveNumber,
                            String code, String titleFr, String titleEn, Long leadOrganisationId, String leadOrganisation,
                            Set<Long> partnerOrganisationIds, List<String> partnerOrganisations, String description,
                            String expectedResult, MeasureStatus status, boolean illustrative) {

    public String title(Locale locale) {
        return Texts.pick(locale, titleFr, titleEn);
    }
}
