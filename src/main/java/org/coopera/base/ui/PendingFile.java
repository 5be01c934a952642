package org.coopera.base.ui;

/** A file the user has uploaded into a form but that is not saved yet. */
public record PendingFile(String name, byte[] content) {

    public long size() {
        return content.length;
    }
}
