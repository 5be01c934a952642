package org.coopera.base.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads an upload into memory up to a limit, so that no file over it is ever held whole. */
public final class BoundedRead {

    private static final int BUFFER = 64 * 1024;

    private BoundedRead() {
    }

    /**
     * The bytes, or null when there are more than {@code maxSize}. Reading stops at the first byte
     * past the limit ({@code maxSize + 1} bytes read at most): the rest is never read, so a client
     * sending gigabytes costs the server no more than the limit; the servlet container drops what is
     * left of the request (and the connection when that is large).
     */
    public static byte[] readAtMost(InputStream in, long maxSize) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(BUFFER, Math.max(0, maxSize)));
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        while (true) {
            int wanted = (int) Math.min(buffer.length, maxSize + 1 - total);
            int read = in.read(buffer, 0, wanted);
            if (read == -1) {
                return out.toByteArray();
            }
            total += read;
            if (total > maxSize) {
                return null;
            }
            out.write(buffer, 0, read);
        }
    }
}
