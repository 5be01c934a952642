package org.coopera.exchange;

/** Told how far an import preview has gone, for a progress bar on large files. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
    };

    /** Rows read so far (the total is not known while reading). */
    default void read(int rows) {
    }

    /** Rows checked so far, of {@code total}. */
    default void checked(int rows, int total) {
    }
}
