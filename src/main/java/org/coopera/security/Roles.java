package org.coopera.security;

/** Role names as compile-time constants for {@code @RolesAllowed}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "MANAGER";
    public static final String OFFICER = "OFFICER";
    public static final String READER = "READER";

    private Roles() {
    }
}
