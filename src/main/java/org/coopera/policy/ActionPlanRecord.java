package org.coopera.policy;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** An action plan with its period. */
public record ActionPlanRecord(long id, long version, long policyId, int startYear, int endYear, String titleFr,
                               String titleEn, Integer plannedMeasures) {

    public String title(Locale locale) {
        return Texts.pick(locale, titleFr, titleEn);
    }

    /** "2006-2009". */
    public String period() {
        return startYear + "-" + endYear;
    }

    /** The reporting years inside the period, by their first year (2006, 2007, 2008 for 2006-2009). */
    public List<Integer> reportingYears() {
        return IntStream.range(startYear, endYear).boxed().toList();
    }

    /** "2007-2008". */
    public static String reportingYear(int startYear) {
        return Texts.year(startYear);
    }
}
