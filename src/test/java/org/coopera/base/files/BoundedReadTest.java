package org.coopera.base.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Reading an upload up to its limit: over it, reading stops at the first byte past the limit. */
class BoundedReadTest {

    @Test
    void aStreamOverTheLimitIsCutAtLimitPlusOneWithoutReadingMore() throws IOException {
        long limit = 100_000;
        var stream = new CountingStream(limit + 50L * 1024 * 1024);

        assertThat(BoundedRead.readAtMost(stream, limit)).isNull();
        assertThat(stream.bytesRead()).isEqualTo(limit + 1);
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
