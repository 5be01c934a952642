package org.coopera.policy;

import java.util.List;
import java.util.Locale;

/**
 * One measure of the plan in a progress report: its progress for the report's year if written
 * ({@code progressId} null when not yet).
 */
public record ReportEntry(long measureId, String measureCode, String measureTitleFr, String measureTitleEn,
                          int objectiveNumber, Long progressId, Long progressVersion, MeasureStatus status, String narrative,
                          List<String> evidenceLinks) {

    public String measureTitle(Locale locale) {
        return Texts.pick(locale, measureTitleFr, measureTitleEn);
    }

    /** Whether the measure's achievements for the year are told. */
    public boolean hasNarrative() {
        return narrative != null && !narrative.isBlank();
    }
}
