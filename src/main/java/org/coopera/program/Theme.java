package org.coopera.program;

/** Cross-cutting themes of programmes and projects. */
public enum Theme { GENDER_EQUALITY, SOCIAL_ECONOMY, ENTREPRENEURSHIP, ECONOMIC_EXCHANGES, YOUTH, ENVIRONMENT }
