package org.coopera.exchange;

/** What confirming an import does with a row. */
public enum ImportAction { CREATE, UPDATE, UNCHANGED }
