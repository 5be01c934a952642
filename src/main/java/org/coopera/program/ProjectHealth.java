package org.coopera.program;

/** How a project is doing against its plan. */
public enum ProjectHealth { ON_TRACK, AT_RISK, OFF_TRACK }
