package org.coopera.base.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Settings of the embedded MariaDB ({@code coopera.embedded-db.*}).
 *
 * @param dataDir   where the data lives; must lie outside {@code java.io.tmpdir} to survive a restart
 * @param ephemeral a fresh throw-away data directory (tests)
 * @param port      TCP port on 127.0.0.1, 0 for any free port
 * @param database  the schema the application uses
 */
record EmbeddedMariaDbSettings(Path dataDir, boolean ephemeral, int port, String database) {

    static EmbeddedMariaDbSettings from(Environment env) {
        boolean ephemeral = env.getProperty("coopera.embedded-db.ephemeral", Boolean.class, false);
        String dir = env.getProperty("coopera.embedded-db.data-dir");
        Path dataDir;
        try {
            dataDir = ephemeral || !StringUtils.hasText(dir)
                    ? Files.createTempDirectory("coopera-mariadb-")
                    : Path.of(dir).toAbsolutePath();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create a temporary directory for the embedded MariaDB", e);
        }
        int port = env.getProperty("coopera.embedded-db.port", Integer.class, 0);
        String database = env.getProperty("coopera.embedded-db.database", "coopera");
        if (!database.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalStateException("coopera.embedded-db.database must be letters, digits or _: " + database);
        }
        return new EmbeddedMariaDbSettings(dataDir, ephemeral, port, database);
    }
}
