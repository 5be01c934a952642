package org.coopera.report;

/** What a generated report is about: a biennial programme, or an action plan and one reporting year. */
public enum ReportKind { PROGRAM, ACTION_PLAN }
