package org.coopera.base.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Reading an upload up to its limit: over it, reading stops at the first byte past the limit. */
class BoundedReadTest {

    /** An endless-looking stream of {@code size} bytes that counts what was read from it. */
    static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return read < size ? (int) (read++ & 0x7F) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            read += n;
            return n;
        }
    }

    @Test
    void aStreamOverTheLimitIsCutAtLimitPlusOneWithoutReadingMore() throws IOException {
        long limit = 100_000;
        var stream = new CountingStream(limit + 50L * 1024 * 1024);

        assertThat(BoundedRead.readAtMost(stream, limit)).isNull();
        assertThat(stream.read).isEqualTo(limit + 1);
    }

    @Test
    void aStreamOfExactlyTheLimitOrLessIsReadWhole() throws IOException {
        var exact = new CountingStream(100_000);
        assertThat(BoundedRead.readAtMost(exact, 100_000)).hasSize(100_000);
        assertThat(BoundedRead.readAtMost(new ByteArrayInputStream(new byte[] {1, 2, 3}), 100_000))
                .containsExactly(1, 2, 3);
        assertThat(BoundedRead.readAtMost(new ByteArrayInputStream(new byte[0]), 0)).isEmpty();
        assertThat(BoundedRead.readAtMost(new ByteArrayInputStream(new byte[1]), 0)).isNull();
    }
}
