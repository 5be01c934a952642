package org.coopera.exchange;

/**
 * One field of a row: its value before (null for a new project) and after the import, both as the
 * preview shows them (names and labels in the language of the preview).
 */
public record FieldChange(ImportColumn column, String oldValue, String newValue) {
}
