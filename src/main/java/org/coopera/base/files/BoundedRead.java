package org.coopera.base.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Reads an upload into memory up to a limit, so that no file over it is ever held whole. */
public final class BoundedRead {

    private BoundedRead() {
    }

    /**
     * The bytes, or null when there are more than {@code maxSize}. Past the limit the rest is read
     * and thrown away, so that the client that sent it gets the refusal instead of a broken connection.
     */
    public static byte[] readAtMost(InputStream in, long maxSize) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > maxSize) {
                in.transferTo(OutputStream.nullOutputStream());
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
