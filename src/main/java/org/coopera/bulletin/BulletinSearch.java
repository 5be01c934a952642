package org.coopera.bulletin;

import java.time.LocalDate;

/** The search form: free text and filters, each optional (null = no filter). */
public record BulletinSearch(String text, LocalDate from, LocalDate to, Long workingGroupId, String countryCode,
                             SubjectType subjectType) {

    public static BulletinSearch all() {
        return new BulletinSearch(null, null, null, null, null, null);
    }

    public static BulletinSearch text(String text) {
        return new BulletinSearch(text, null, null, null, null, null);
    }
}
