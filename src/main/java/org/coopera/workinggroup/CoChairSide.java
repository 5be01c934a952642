package org.coopera.workinggroup;

/** Which government a co-chair represents. */
public enum CoChairSide {
    /** Québec's co-chair. */
    QUEBEC,
    /** The partner jurisdiction's co-chair. */
    PARTNER
}
