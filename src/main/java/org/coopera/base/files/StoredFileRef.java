package org.coopera.base.files;

/** A stored file as lists and links show it: never its bytes. */
public record StoredFileRef(long id, String name, String mediaType, long size) {
}
