package org.coopera.policy;

/** Where a measure stands (overall, or in one reporting year). */
public enum MeasureStatus { NOT_STARTED, IN_PROGRESS, DONE, ABANDONED }
