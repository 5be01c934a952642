package org.coopera.reference;

/** An organisation as other features see it. */
public record OrganisationRef(long id, long version, String name, String acronym, String countryCode,
                              OrganisationType type) {

    /** "Name (ACRONYM)", or the name alone. */
    public String label() {
        return acronym == null || acronym.isBlank() ? name : name + " (" + acronym + ")";
    }
}
