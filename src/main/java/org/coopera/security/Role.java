package org.coopera.security;

/**
 * What a user may do. The constants in {@link Roles} carry the same names for use in
 * {@code @RolesAllowed}.
 */
public enum Role {
    /** Manages users and reference data; may do everything. */
    ADMIN,
    /** Watches dashboards, reviews status updates, edits every record. */
    MANAGER,
    /** Programme officer: logs the status of the projects he or she follows. */
    OFFICER,
    /** Reads everything, changes nothing. */
    READER
}
