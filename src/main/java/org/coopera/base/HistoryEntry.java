package org.coopera.base;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a record: who changed it, when, how, and which fields changed.
 *
 * @param revision revision number (increasing over the whole database)
 * @param at       when the change was committed
 * @param author   user name, or "system" for migrations and jobs
 * @param kind     created, modified or deleted
 * @param changes  the fields whose value differs from the previous revision
 */
public record HistoryEntry(long revision, Instant at, String author, Kind kind, List<FieldChange> changes) {

    /** What the revision did to the record. */
    public enum Kind { CREATED, MODIFIED, DELETED }

    /** One field's value before and after the revision ({@code before} is null on creation). */
    public record FieldChange(String field, String before, String after) {
    }
}
