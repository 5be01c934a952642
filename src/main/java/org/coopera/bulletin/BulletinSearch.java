package org.coopera.bulletin;

import java.time.LocalDate;
import org.coopera.base.SearchText;

/** The search form: free text and filters, each optional (null = no filter). */
public record BulletinSearch(String text, LocalDate from, LocalDate to, Long workingGroupId, String countryCode,
                             SubjectType subjectType) {

    /** Over {@link SearchText}'s cap the search is refused before any query runs. */
    public BulletinSearch {
        SearchText.check(text);
    }

    public static BulletinSearch all() {
        return new BulletinSearch(null, null, null, null, null, null);
    }

    public static BulletinSearch text(String text) {
        return new BulletinSearch(text, null, null, null, null, null);
    }
}
