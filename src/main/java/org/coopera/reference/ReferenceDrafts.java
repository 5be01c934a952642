package org.coopera.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user types to create or change reference records. */
public final class ReferenceDrafts {

    private ReferenceDrafts() {
    }

    /** A partner jurisdiction: a country, or a federated state with its ISO 3166-2 code if it has one. */
    public record JurisdictionDraft(
            @NotBlank(message = "{validation.required}") @Size(min = 2, max = 2) String countryCode,
            @NotNull(message = "{validation.required}") JurisdictionKind kind,
            @Pattern(regexp = "([A-Z]{2}-[A-Z0-9]{1,3})?", message = "{jurisdiction.subdivision.invalid}")
            String subdivisionCode,
            @NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.too-long}") String nameFr,
            @NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.too-long}") String nameEn) {
    }

    public record OrganisationDraft(
            @NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.too-long}") String name,
            @Size(max = 30, message = "{validation.too-long}") String acronym,
            @NotBlank(message = "{validation.required}") @Size(min = 2, max = 2) String countryCode,
            @NotNull(message = "{validation.required}") OrganisationType type) {
    }

    public record PersonDraft(
            @NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.too-long}") String fullName,
            @Size(max = 255, message = "{validation.too-long}") String title,
            Long organisationId) {
    }
}
