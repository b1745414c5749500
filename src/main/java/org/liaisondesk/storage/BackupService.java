package org.liaisondesk.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backups of the open register, all written with {@link Snapshots} (VACUUM INTO, flushed, reopened and checked before
 * they carry a backup's name). Automatic ones go to the data folder's backups folder daily and on exit and are rotated
 * by {@link BackupRotation#STANDARD}; rotation runs only after a new backup succeeded and touches automatic ones only,
 * so a failing backup never costs a good one. One backup is written at a time.
 */
public final class BackupService {
    /** An automatic backup is due when none was taken within this time. */
    public static final Duration DAILY = Duration.ofHours(24);
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    private final Database db;
    private final DataFolder folder;
    private final Migrations migrations;
    private final Clock clock;
    private final AuditLog audit;

    /** Backups recorded in the audit log under the operating system's user name. */
    public BackupService(Database db, DataFolder folder, Clock clock) {
        this(db, folder, clock, new AuditLog(clock, () -> ""));
    }

    /** Every backup written is recorded in the audit log ({@link AuditLog.Action#BACKUP}) of the live register. */
    public BackupService(Database db, DataFolder folder, Clock clock, AuditLog audit) {
        this.db = db;
        this.folder = folder;
        this.migrations = new Migrations(clock);
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * What the audit log keeps of one backup: the file, its kind, and the newest audit row the backup holds (its id
     * and hash), so that the live chain can later be compared with the copy (docs/decisions/0026).
     */
    public record BackupAudit(String file, BackupKind kind, long auditHeadId, String auditHeadHash) {
    }

    /**
     * Records a finished backup. A backup that was written stays valid when its audit row cannot be written (a
     * register on a full disk is still worth copying), so that failure is logged, not thrown.
     */
    private void recordBackup(Path backup, BackupKind kind) {
        try {
            AuditChain.Head head;
            try (java.sql.Connection c = Database.connectForInspection(backup)) {
                head = AuditChain.headOf(c).orElse(new AuditChain.Head(0, null));
            }
            db.write(c -> audit.record(c, AuditLog.Action.BACKUP, "register", 0, null, null,
                    new BackupAudit(backup.toAbsolutePath().toString(), kind, head.id(), head.hash())));
        } catch (java.sql.SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "backup " + backup + " written but not recorded in the audit log", e);
        }
    }

    /** The backups folder of the data folder. */
    public Path folder() {
        return folder.backups();
    }

    /** Every backup in the backups folder, newest first. */
    public List<BackupInfo> list() {
        return BackupFiles.list(folder.backups());
    }

    /** For the app's start and its timer: writes an automatic backup when none is younger than {@link #DAILY}. */
    public synchronized AutomaticBackup backupIfDue() {
        LocalDateTime now = now();
        Optional<BackupInfo> recent = automaticBackups().stream()
                .filter(b -> !b.takenAt().isAfter(now) && b.takenAt().isAfter(now.minus(DAILY)))
                .findFirst();
        if (recent.isPresent()) {
            return new AutomaticBackup.NotDue(recent.get());
        }
        return automaticBackup();
    }

    /** For the app's exit and the CLI's {@code backup}: writes an automatic backup now, then rotates. */
    public synchronized AutomaticBackup automaticBackup() {
        LocalDateTime now = now();
        Path target = folder.backups().resolve(BackupFiles.automaticName(now));
        try {
            Files.createDirectories(folder.backups());
            deleteLeftoverCopies();
            Snapshots.write(db, target);
        } catch (IOException e) {
            return failed(new StorageException(e, "storage.backupFailed", target, e.getMessage()));
        } catch (StorageException e) {
            return failed(e);
        } catch (RuntimeException e) {
            return failed(new StorageException(e, "storage.backupFailed", target, String.valueOf(e.getMessage())));
        }
        recordBackup(target, BackupKind.AUTOMATIC);
        BackupInfo made = BackupFiles.inFolder(target).orElseThrow();
        return new AutomaticBackup.Made(made, rotate());
    }

    /**
     * Deletes the {@code .partial} copies that a backup killed mid-way (power cut, killed process) left in the backups
     * folder: each is as large as the register, and the next backup takes a new name, so none would ever be reused.
     * Only copies last written before this process started go: only this process writes there (it holds the data
     * folder's lock), so those can be in use by nobody.
     */
    private void deleteLeftoverCopies() {
        java.time.Instant started = ProcessHandle.current().info().startInstant().orElse(java.time.Instant.EPOCH);
        try (var entries = Files.list(folder.backups())) {
            for (Path p : entries.filter(p -> p.getFileName().toString().endsWith(Snapshots.PARTIAL_SUFFIX)).toList()) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(started)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "leftover partial backups not deleted in " + folder.backups(), e);
        }
    }

    private static AutomaticBackup failed(StorageException problem) {
        LOG.log(Level.WARNING, "automatic backup failed: " + problem.localizedMessage(), problem);
        return new AutomaticBackup.Failed(problem);
    }

    /** Deletes the automatic backups that the rotation leaves out; a file that cannot be deleted stays (logged). */
    private List<Path> rotate() {
        List<BackupInfo> automatic = automaticBackups();
        Set<LocalDateTime> keep = BackupRotation.STANDARD.keep(automatic.stream().map(BackupInfo::takenAt).toList());
        List<Path> removed = new ArrayList<>();
        for (BackupInfo b : automatic) {
            if (keep.contains(b.takenAt())) {
                continue;
            }
            try {
                Files.deleteIfExists(b.file());
                removed.add(b.file());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "old backup not deleted: " + b.file(), e);
            }
        }
        return removed;
    }

    /** The automatic backups, newest first; none when the folder cannot be read (so rotation deletes nothing). */
    private List<BackupInfo> automaticBackups() {
        try {
            return list().stream().filter(b -> b.kind() == BackupKind.AUTOMATIC).toList();
        } catch (UncheckedIOException e) {
            LOG.log(Level.WARNING, "cannot list " + folder.backups(), e);
            return List.of();
        }
    }

    /** 立即备份: a backup in the backups folder that rotation leaves alone. Throws a {@link StorageException}. */
    public synchronized BackupInfo manualBackup() {
        Path target = folder.backups().resolve(BackupFiles.manualName(now()));
        try {
            Files.createDirectories(folder.backups());
        } catch (IOException e) {
            throw new StorageException(e, "storage.backupFailed", target, e.getMessage());
        }
        deleteLeftoverCopies();
        Snapshots.write(db, target);
        recordBackup(target, BackupKind.MANUAL);
        return BackupFiles.inFolder(target).orElseThrow();
    }

    /**
     * 立即备份到…: a backup in a folder the user chose (a USB drive, a network share), named like an automatic one.
     * A folder that is missing, or vanishes while the copy is written, is named in the message; no partial file is
     * left under the backup's name.
     */
    public synchronized BackupInfo backupInto(Path targetFolder) {
        if (!Files.isDirectory(targetFolder)) {
            throw new StorageException("storage.backup.targetMissing", targetFolder);
        }
        LocalDateTime now = now();
        Path target = targetFolder.resolve(BackupFiles.automaticName(now));
        write(target, targetFolder);
        recordBackup(target, BackupKind.OTHER);
        return new BackupInfo(target, BackupKind.OTHER, now, sizeOf(target));
    }

    /** The CLI's {@code backup --out FILE}: a backup under exactly that name (see {@link #checkReplaceable}). */
    public synchronized Path backupToFile(Path file) {
        Path target = file.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new StorageException("storage.backup.targetMissing", parent == null ? target : parent);
        }
        checkReplaceable(target);
        write(target, parent);
        recordBackup(target, BackupKind.OTHER);
        return target;
    }

    /**
     * Refuses a target that exists and is not a LiaisonDesk register, so a mistyped name never replaces somebody's
     * document. An earlier backup of that name is replaced only once the new one has been written and checked.
     */
    public static void checkReplaceable(Path file) {
        if (Files.isDirectory(file)) {
            throw new StorageException("storage.backup.targetIsFolder", file);
        }
        if (Files.exists(file) && !RegisterRestore.isLiaisonDeskRegister(file)) {
            throw new StorageException("storage.backup.wouldReplace", file);
        }
    }

    private void write(Path target, Path targetFolder) {
        try {
            Snapshots.write(db, target);
        } catch (StorageException e) {
            if (!Files.isDirectory(targetFolder)) {
                throw new StorageException(e, "storage.backup.targetGone", targetFolder);
            }
            throw e;
        }
    }

    /** A file offered for restore: one of the backups folder as listed there, any other as {@link BackupKind#OTHER}. */
    public BackupInfo describe(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (folder.backups().equals(absolute.getParent())) {
            Optional<BackupInfo> listed = BackupFiles.inFolder(absolute);
            if (listed.isPresent()) {
                return listed.get();
            }
        }
        Path parent = absolute.getParent();
        if (parent != null && folder.backups().equals(parent.getParent())) {
            Optional<BackupInfo> movedAside = BackupFiles.inFolder(parent);
            if (movedAside.isPresent() && movedAside.get().file().equals(absolute)) {
                return movedAside.get();
            }
        }
        return BackupFiles.describe(absolute, clock.getZone());
    }

    /** Checks a backup before it is offered for restore: see {@link RegisterRestore#inspect}. */
    public RegisterCheck inspect(Path backup) {
        return RegisterRestore.inspect(backup, migrations);
    }

    /** Live records per table of the open register (soft-deleted ones left out), counted as {@link RegisterCheck} does. */
    public Map<String, Long> liveCounts() {
        return db.read(c -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : Migrations.userTables(c)) {
                counts.put(table, RegisterCheck.liveCount(c, table));
            }
            return counts;
        });
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
