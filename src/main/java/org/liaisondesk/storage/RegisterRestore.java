package org.liaisondesk.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts a backup in the place of the register. The register must be closed in this process (the app closes its
 * context first); the data folder's lock is taken here, so a restore never runs under another LiaisonDesk.
 *
 * <p>In order: the backup is checked (a SQLite file, a LiaisonDesk register of this version or older, healthy) and a
 * refusal changes nothing; a consistent copy of it is written next to the register and checked again with
 * {@code PRAGMA integrity_check}; only then is the current register moved, with its {@code -wal} and {@code -shm}
 * files, to {@code backups/before-restore-<time>/} and the copy put in its place. If that last step fails, the
 * original files are moved back.
 */
public final class RegisterRestore {
    private static final Logger LOG = Logger.getLogger(RegisterRestore.class.getName());
    private static final List<String> SIDE_FILES = List.of("-wal", "-shm", "-journal");

    /** The step that puts the checked copy in place; replaced in tests to prove that a failure puts everything back. */
    @FunctionalInterface
    interface Placement {
        void place(Path checkedCopy, Path register) throws IOException;
    }

    private final DataFolder folder;
    private final Migrations migrations;
    private final Clock clock;
    private final Placement placement;
    private final AuditLog audit;

    /** A restore recorded in the audit log under the operating system's user name. */
    public RegisterRestore(DataFolder folder, Migrations migrations, Clock clock) {
        this(folder, migrations, clock, new AuditLog(clock, () -> ""));
    }

    /** A restore recorded in the restored register's audit log ({@link AuditLog.Action#RESTORE_REGISTER}). */
    public RegisterRestore(DataFolder folder, Migrations migrations, Clock clock, AuditLog audit) {
        this(folder, migrations, clock, (copy, register) -> Files.move(copy, register, StandardCopyOption.ATOMIC_MOVE),
                audit);
    }

    RegisterRestore(DataFolder folder, Migrations migrations, Clock clock, Placement placement) {
        this(folder, migrations, clock, placement, new AuditLog(clock, () -> ""));
    }

    private RegisterRestore(DataFolder folder, Migrations migrations, Clock clock, Placement placement,
                            AuditLog audit) {
        this.folder = folder;
        this.migrations = migrations;
        this.clock = clock;
        this.placement = placement;
        this.audit = audit;
    }

    /**
     * What the restored register's audit log keeps of the restore: the file restored from, where the replaced register
     * went, and the newest audit row of the replaced register (its id and hash), so the chain that was set aside can be
     * told apart from the one now in force.
     */
    public record RestoreAudit(String restoredFrom, String movedAside, long replacedAuditHeadId,
                               String replacedAuditHeadHash) {
    }

    /**
     * Checks a file offered for restore and returns its schema version, integrity and record counts. Refuses, with a
     * message naming the file and the reason, anything that is not a healthy LiaisonDesk register this version can
     * open. Reads the file only; leaves no side file next to it.
     */
    public static RegisterCheck inspect(Path backup, Migrations migrations) {
        if (!Files.isRegularFile(backup)) {
            throw new StorageException("storage.restore.missing", backup);
        }
        RegisterCheck check;
        try {
            check = RegisterCheck.of(backup, migrations);
        } catch (StorageException e) {
            throw refusal(e, backup, migrations);
        }
        // An empty SQLite file passes the opening checks (it would become a new register); it is not a backup.
        if (!isLiaisonDeskRegister(backup) || check.schemaVersion() < 1) {
            throw new StorageException("storage.restore.foreign", backup);
        }
        if (!check.healthy()) {
            throw new StorageException("storage.restore.damaged", backup, String.join("; ", check.integrity()));
        }
        return check;
    }

    /** Says why a backup cannot be restored, in words about restoring rather than about opening a register. */
    private static StorageException refusal(StorageException e, Path backup, Migrations migrations) {
        return switch (e.messageKey()) {
            case "storage.notSqlite" -> new StorageException(e, "storage.restore.notSqlite", backup);
            case "storage.foreignDatabase" -> new StorageException(e, "storage.restore.foreign", backup);
            case "storage.newerVersion" -> new StorageException(e, "storage.restore.newer", backup, e.args()[1],
                    migrations.latestVersion());
            case "storage.corrupt" -> new StorageException(e, "storage.restore.damaged", backup,
                    e.getCause() == null ? "quick_check" : String.valueOf(e.getCause().getMessage()));
            default -> new StorageException(e, "storage.restore.unreadable", backup, e.localizedMessage());
        };
    }

    /** True for a SQLite file that carries LiaisonDesk's application id. Reads the file only. */
    static boolean isLiaisonDeskRegister(Path file) {
        try (Connection c = Database.connectForInspection(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA application_id")) {
            return rs.next() && rs.getInt(1) == Database.APPLICATION_ID;
        } catch (SQLException | StorageException e) {
            return false;
        }
    }

    /** Restores {@code backup} over the register of the data folder; see the class comment for the order of steps. */
    public RestoreResult restore(Path backup) {
        Path source = backup.toAbsolutePath().normalize();
        Path register = folder.database();
        if (isSameFile(source, register)) {
            throw new StorageException("storage.restore.sameFile", source);
        }
        inspect(source, migrations);
        folder.prepare();
        try (DataFolderLock lock = DataFolderLock.acquire(folder)) {
            Path copy = register.resolveSibling(register.getFileName() + ".restoring");
            try {
                RegisterCheck checked = writeCheckedCopy(source, copy);
                // The note says the register in place was verified; it is about to be replaced (docs/decisions/0028).
                VerifiedMarker.invalidate(register);
                Optional<Path> aside = moveAside(register);
                try {
                    placement.place(copy, register);
                } catch (IOException | RuntimeException e) {
                    putBack(register, aside);
                    throw new StorageException(e, "storage.restore.failed", source, String.valueOf(e.getMessage()));
                }
                LOG.info(() -> "register restored from " + source
                        + aside.map(a -> "; the replaced register is in " + a).orElse(""));
                recordRestore(source, register, aside);
                return new RestoreResult(source, aside, new RegisterCheck(register, checked.schemaVersion(),
                        checked.integrity(), checked.liveCounts(), checked.auditChain()));
            } finally {
                deleteQuietly(copy);
            }
        }
    }

    /**
     * Opens the restored register (migrating it if it is older, as the app would on reopening) and appends the
     * RESTORE_REGISTER row to its chain, so the record of the restore lives in the register now in force. The restore
     * itself is done by then: a failure here is logged, and the app's reopening will report the same problem.
     */
    private void recordRestore(Path source, Path register, Optional<Path> aside) {
        try {
            AuditChain.Head replaced = new AuditChain.Head(0, null);
            Path replacedRegister = aside.map(a -> a.resolve(register.getFileName())).orElse(null);
            // Only a register without a -wal file is read (immutable: nothing is written next to it); with one, the
            // replaced register's side files stay exactly as they were moved.
            if (replacedRegister != null && Files.exists(replacedRegister)
                    && !Files.exists(replacedRegister.resolveSibling(replacedRegister.getFileName() + "-wal"))) {
                try (Connection c = Database.connectForInspection(replacedRegister)) {
                    replaced = AuditChain.headOf(c).orElse(replaced);
                } catch (SQLException | StorageException e) {
                    LOG.log(Level.FINE, "replaced register unreadable: " + replacedRegister, e);
                }
            }
            RestoreAudit what = new RestoreAudit(source.toString(), aside.map(Path::toString).orElse(null),
                    replaced.id(), replaced.hash());
            try (Database restored = Database.open(register, folder.backups(), migrations)) {
                restored.write(c -> audit.record(c, AuditLog.Action.RESTORE_REGISTER, "register", 0, null, null, what));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "register restored from " + source + " but the restore was not recorded", e);
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.equals(b.toAbsolutePath().normalize());
        }
    }

    /**
     * A self-contained copy of the backup (VACUUM INTO through a read-only connection, so a backup that still has
     * a {@code -wal} file beside it is copied with the changes in that file), flushed and checked.
     */
    private RegisterCheck writeCheckedCopy(Path source, Path copy) {
        try {
            Files.deleteIfExists(copy);
            try (Connection c = Database.connectForInspection(source);
                 PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, copy.toAbsolutePath().toString());
                ps.execute();
            } catch (SQLException e) {
                throw new StorageException(e, "storage.restore.copyFailed", source, folder.root(), e.getMessage());
            }
            try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        } catch (IOException e) {
            throw new StorageException(e, "storage.restore.copyFailed", source, folder.root(), e.getMessage());
        }
        return inspect(copy, migrations);
    }

    /** Moves the register and its side files into a new before-restore folder; empty when there is no register. */
    private Optional<Path> moveAside(Path register) {
        List<Path> present = new ArrayList<>();
        if (Files.exists(register)) {
            present.add(register);
        }
        for (String suffix : SIDE_FILES) {
            Path side = register.resolveSibling(register.getFileName() + suffix);
            if (Files.exists(side)) {
                present.add(side);
            }
        }
        if (present.isEmpty()) {
            return Optional.empty();
        }
        Path aside = newAsideFolder();
        try {
            for (Path p : present) {
                Files.move(p, aside.resolve(p.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            putBack(register, Optional.of(aside));
            throw new StorageException(e, "storage.restore.cannotMoveAside", register, aside, e.getMessage());
        }
        return Optional.of(aside);
    }

    private Path newAsideFolder() {
        String name = BackupFiles.beforeRestoreName(LocalDateTime.now(clock).withNano(0));
        Path aside = folder.backups().resolve(name);
        for (int n = 2; Files.exists(aside); n++) {
            aside = folder.backups().resolve(name + "-" + n);
        }
        try {
            Files.createDirectories(aside);
        } catch (IOException e) {
            throw new StorageException(e, "storage.restore.cannotMoveAside", folder.database(), aside, e.getMessage());
        }
        return aside;
    }

    /** Moves whatever was set aside back next to the register, replacing anything put there since. */
    private void putBack(Path register, Optional<Path> aside) {
        if (aside.isEmpty()) {
            deleteQuietly(register);
            return;
        }
        try {
            // Side files now beside the register belong to the copy put there, never to the original.
            for (String suffix : SIDE_FILES) {
                deleteQuietly(register.resolveSibling(register.getFileName() + suffix));
            }
            try (var entries = Files.list(aside.get())) {
                for (Path p : entries.toList()) {
                    Files.move(p, register.resolveSibling(p.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.deleteIfExists(aside.get());
        } catch (IOException e) {
            // The original files are still complete in the before-restore folder; say where.
            LOG.log(Level.SEVERE, "could not move the register back from " + aside.get(), e);
            throw new StorageException(e, "storage.restore.putBackFailed", aside.get(), register);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not delete " + file, e);
        }
    }
}
