package org.coopera.program;

/** Where a biennial programme stands. */
public enum ProgramStatus { DRAFT, ADOPTED, IN_PROGRESS, COMPLETED }
