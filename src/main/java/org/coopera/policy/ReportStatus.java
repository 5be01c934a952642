package org.coopera.policy;

/** A progress report is drafted, reviewed, then published (and then frozen). */
public enum ReportStatus { DRAFT, IN_REVIEW, PUBLISHED }
