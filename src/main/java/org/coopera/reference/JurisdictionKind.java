package org.coopera.reference;

/** What a partner jurisdiction is: a whole country, or a government inside one. */
public enum JurisdictionKind {
    /** A sovereign country (Mexico). */
    COUNTRY,
    /** A federated state, province or community with its own government (Bavaria, a Mexican state, Wallonia-Brussels). */
    FEDERATED_STATE
}
