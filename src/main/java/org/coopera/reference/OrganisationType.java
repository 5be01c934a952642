package org.coopera.reference;

/** The kinds of organisation that lead or join cooperation projects. */
public enum OrganisationType {
    MINISTRY, UNIVERSITY, RESEARCH_CENTRE, CULTURAL_INSTITUTION, NGO, BUSINESS, INTERNATIONAL_ORGANISATION, OTHER
}
