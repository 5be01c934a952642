package org.coopera.policy;

/** The kinds of work that carry out a measure: programmes, projects, meetings (by id) and offices abroad. */
public enum LinkType { PROGRAM, PROJECT, MEETING, OFFICE }
