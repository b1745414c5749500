package org.liaisondesk.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Names of the files in the backups folder, which carry the time they were taken (sortable as text), and the
 * listing of that folder. Files of other names (a {@code .partial} copy being written, anything the user put
 * there) are not backups and are never listed or deleted.
 */
public final class BackupFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");
    /** The stamp {@link Migrations} writes into its names. */
    private static final DateTimeFormatter MIGRATION_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern AUTOMATIC = Pattern.compile("liaisondesk-(\\d{4}-\\d{2}-\\d{2}T\\d{6})\\.db");
    private static final Pattern MANUAL = Pattern.compile("liaisondesk-manual-(\\d{4}-\\d{2}-\\d{2}T\\d{6})\\.db");
    private static final Pattern MIGRATION = Pattern.compile("liaisondesk-v\\d+-before-migration-(\\d{8}-\\d{6})\\.db");
    private static final Pattern BEFORE_RESTORE =
            Pattern.compile("before-restore-(\\d{4}-\\d{2}-\\d{2}T\\d{6})(?:-\\d+)?");

    private BackupFiles() {
    }

    /** {@code liaisondesk-2026-11-23T093015.db}. */
    public static String automaticName(LocalDateTime takenAt) {
        return "liaisondesk-" + STAMP.format(takenAt) + ".db";
    }

    /** {@code liaisondesk-manual-2026-11-23T093015.db}. */
    public static String manualName(LocalDateTime takenAt) {
        return "liaisondesk-manual-" + STAMP.format(takenAt) + ".db";
    }

    /** {@code before-restore-2026-11-23T093015}: the folder a restore moves the replaced register into. */
    static String beforeRestoreName(LocalDateTime takenAt) {
        return "before-restore-" + STAMP.format(takenAt);
    }

    /** The backups in {@code backupsFolder}, newest first; an empty list when the folder does not exist yet. */
    public static List<BackupInfo> list(Path backupsFolder) {
        if (!Files.isDirectory(backupsFolder)) {
            return List.of();
        }
        List<BackupInfo> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(backupsFolder)) {
            for (Path entry : entries.toList()) {
                inFolder(entry).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(BackupInfo::takenAt).thenComparing(b -> b.file().toString()).reversed());
        return found;
    }

    /** The backup an entry of the backups folder holds, if it is one. */
    static Optional<BackupInfo> inFolder(Path entry) {
        String name = entry.getFileName().toString();
        if (Files.isDirectory(entry)) {
            Path moved = entry.resolve(DataFolder.DATABASE_FILE);
            return stamp(BEFORE_RESTORE, name, STAMP).filter(t -> Files.isRegularFile(moved))
                    .map(t -> new BackupInfo(moved, BackupKind.BEFORE_RESTORE, t, size(moved)));
        }
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        Optional<LocalDateTime> t = stamp(AUTOMATIC, name, STAMP);
        BackupKind kind = BackupKind.AUTOMATIC;
        if (t.isEmpty()) {
            t = stamp(MANUAL, name, STAMP);
            kind = BackupKind.MANUAL;
        }
        if (t.isEmpty()) {
            t = stamp(MIGRATION, name, MIGRATION_STAMP);
            kind = BackupKind.MIGRATION;
        }
        BackupKind found = kind;
        return t.map(taken -> new BackupInfo(entry, found, taken, size(entry)));
    }

    /**
     * A file the user picked outside the backups folder, as {@link BackupKind#OTHER}: dated by its name when that
     * carries a LiaisonDesk backup's time (a copy made with 立即备份到…), else by when it was last modified.
     */
    public static BackupInfo describe(Path file, ZoneId zone) {
        String name = file.getFileName().toString();
        Optional<LocalDateTime> t = stamp(AUTOMATIC, name, STAMP).or(() -> stamp(MANUAL, name, STAMP))
                .or(() -> stamp(MIGRATION, name, MIGRATION_STAMP));
        LocalDateTime taken = t.orElseGet(() -> {
            try {
                return LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), zone);
            } catch (IOException e) {
                throw new StorageException(e, "storage.cannotRead", file, e.getMessage());
            }
        });
        return new BackupInfo(file, BackupKind.OTHER, taken, size(file));
    }

    private static Optional<LocalDateTime> stamp(Pattern pattern, String name, DateTimeFormatter format) {
        Matcher m = pattern.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(m.group(1), format));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
