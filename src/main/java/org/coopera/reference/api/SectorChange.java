package org.coopera.reference.api;

import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /api/v1/sectors/{id}}: every field the sector's form changes (code and axis stay). */
public record SectorChange(String nameFr, String nameEn, String dacCode,
                           @NotNull(message = "{validation.required}") Boolean retired) {
}
