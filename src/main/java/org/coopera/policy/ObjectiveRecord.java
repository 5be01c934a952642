package org.coopera.policy;

import java.util.Locale;

/** A numbered objective of a policy. */
public record ObjectiveRecord(long id, long policyId, int number, String titleFr, String titleEn) {

    public String title(Locale locale) {
        return Texts.pick(locale, titleFr, titleEn);
    }
}
