package org.coopera.reference;

/** A person with the title and organisation recorded for him or her. */
public record PersonRef(long id, long version, String fullName, String title, Long organisationId,
                        String organisationLabel) {
}
