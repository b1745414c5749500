package org.liaisondesk.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Consistent copies of the live register, made with {@code VACUUM INTO} (never a file copy of a live
 * database). The copy is written under a temporary name, flushed, reopened and checked with
 * {@code PRAGMA integrity_check}, and only then moved to its final name: a half-written or damaged copy
 * never carries a backup's name.
 */
public final class Snapshots {
    /** The suffix of the temporary name a copy is written under until it has been checked. */
    public static final String PARTIAL_SUFFIX = ".partial";

    private Snapshots() {
    }

    public static Path write(Database db, Path target) {
        Path temp = target.resolveSibling(target.getFileName() + PARTIAL_SUFFIX);
        try {
            Files.deleteIfExists(temp);
            try {
                db.read(c -> {
                    try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                        ps.setString(1, temp.toAbsolutePath().toString());
                        ps.execute();
                    }
                    return null;
                });
            } catch (StorageException e) {
                // db.read explains failures as problems of the live register ("read-only", "disk full ... your
                // change was not saved"); here only the copy failed and the register is untouched.
                Throwable reason = e.getCause() != null ? e.getCause() : e;
                throw new StorageException(e, "storage.backupFailed", target, String.valueOf(reason.getMessage()));
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            List<String> check = check(temp);
            if (!List.of("ok").equals(check)) {
                throw new StorageException("storage.backupDamaged", target, String.join("; ", check));
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new StorageException(e, "storage.backupFailed", target, e.getMessage());
        } catch (RuntimeException e) {
            throw e;
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more can be done; the .partial name tells anyone that it is not a backup
            }
        }
    }

    /** Opens a database file read-only and runs {@code PRAGMA integrity_check} on it. */
    public static List<String> check(Path file) {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties())) {
            return Database.integrityCheck(c);
        } catch (SQLException e) {
            return List.of(String.valueOf(e.getMessage()));
        }
    }
}
