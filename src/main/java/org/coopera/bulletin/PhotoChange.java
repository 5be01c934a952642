package org.coopera.bulletin;

/** What happens to a bulletin's photo on save: kept, replaced by a new file, or removed. */
public record PhotoChange(Kind kind, String fileName, byte[] content) {

    public enum Kind { KEEP, REPLACE, REMOVE }

    public static PhotoChange keep() {
        return new PhotoChange(Kind.KEEP, null, null);
    }

    public static PhotoChange remove() {
        return new PhotoChange(Kind.REMOVE, null, null);
    }

    public static PhotoChange replace(String fileName, byte[] content) {
        return new PhotoChange(Kind.REPLACE, fileName, content);
    }
}
