package org.coopera.base.files;

import java.io.InputStream;

/** A stream of {@code size} bytes, none held in memory, that counts how many were read from it. */
public final class CountingStream extends InputStream {

    private final long size;
    private long read;

    public CountingStream(long size) {
        this.size = size;
    }

    /** How many bytes were read so far. */
    public long bytesRead() {
        return read;
    }

    @Override
    public int read() {
        if (read >= size) {
            return -1;
        }
        read++;
        return 'a';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (read >= size) {
            return -1;
        }
        int n = (int) Math.min(length, size - read);
        java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
        read += n;
        return n;
    }
}
