package org.coopera.policy;

import java.util.Locale;

/**
 * A link between a measure and work that carries it out. {@code targetLabel} names the programme,
 * project or meeting; an office has its name, city and country instead.
 */
public record MeasureLinkRecord(long id, long version, long measureId, String measureCode, String measureTitleFr,
                                String measureTitleEn, LinkType type, Long targetId, String targetLabel,
                                String officeName, String officeCity, String officeCountryCode) {

    public String measureTitle(Locale locale) {
        return Texts.pick(locale, measureTitleFr, measureTitleEn);
    }

    MeasureLinkRecord withTargetLabel(String label) {
        return new MeasureLinkRecord(id, version, measureId, measureCode, measureTitleFr, measureTitleEn, type, targetId,
                label, officeName, officeCity, officeCountryCode);
    }
}
