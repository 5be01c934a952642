package org.coopera.base.files;

/** A file the user has uploaded into a form and that is not stored yet. */
public record UploadedFile(String name, byte[] content) {

    public long size() {
        return content.length;
    }
}
