package org.coopera.base.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded files.
 *
 * @param maxSize the largest file accepted (default 20 MB). An external MariaDB needs a
 *                max_allowed_packet above it.
 */
@ConfigurationProperties("coopera.files")
public record FileProperties(DataSize maxSize) {

    public FileProperties {
        if (maxSize == null) {
            maxSize = DataSize.ofMegabytes(20);
        }
    }
}
