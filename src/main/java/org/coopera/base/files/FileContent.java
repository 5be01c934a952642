package org.coopera.base.files;

/** A stored file with its bytes, for a download. */
public record FileContent(StoredFileRef ref, byte[] bytes) {
}
