package org.liaisondesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BackupFilesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void aFileIsABackupOnlyWhenItsNameSaysWhenAndHowItWasTaken(String name, BackupKind kind, String takenAt)
            throws Exception {
        Path file = Files.writeString(dir.resolve(name), "x");

        Optional<BackupInfo> info = BackupFiles.inFolder(file);

        if (kind == null) {
            assertEquals(Optional.empty(), info);
        } else {
            assertEquals(Optional.of(new BackupInfo(file, kind, LocalDateTime.parse(takenAt), 1)), info);
        }
    }

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("liaisondesk-2026-11-23T093015.db", BackupKind.AUTOMATIC, "2026-11-23T09:30:15"),
                Arguments.of("liaisondesk-manual-2026-11-23T093015.db", BackupKind.MANUAL, "2026-11-23T09:30:15"),
                Arguments.of("liaisondesk-v2-before-migration-20241012-103015.db", BackupKind.MIGRATION,
                        "2024-10-12T10:30:15"),
                Arguments.of("liaisondesk-2026-11-23T093015.db.partial", null, null),
                Arguments.of("liaisondesk-2026-13-23T093015.db", null, null),
                Arguments.of("liaisondesk-2026-11-23T0930.db", null, null),
                Arguments.of("liaisondesk.db", null, null),
                Arguments.of("备份说明.txt", null, null));
    }

    @Test
    void namesCarryTheTimeAndSortLikeIt() {
        LocalDateTime morning = LocalDateTime.parse("2026-11-23T09:05:07");
        LocalDateTime evening = LocalDateTime.parse("2026-11-23T21:00:00");
        assertEquals("liaisondesk-2026-11-23T090507.db", BackupFiles.automaticName(morning));
        assertEquals("liaisondesk-manual-2026-11-23T090507.db", BackupFiles.manualName(morning));
        assertEquals("before-restore-2026-11-23T090507", BackupFiles.beforeRestoreName(morning));
        assertTrue(BackupFiles.automaticName(morning).compareTo(BackupFiles.automaticName(evening)) < 0);
    }

    @Test
    void listingShowsBackupsNewestFirstAndRegistersMovedAsideByARestore() throws Exception {
        Files.writeString(dir.resolve("liaisondesk-2026-11-20T100000.db"), "a");
        Files.writeString(dir.resolve("liaisondesk-manual-2026-11-22T100000.db"), "bb");
        Files.writeString(dir.resolve("liaisondesk-v1-before-migration-20261101-080000.db"), "c");
        Files.writeString(dir.resolve("liaisondesk-2026-11-23T100000.db.partial"), "half");
        Path aside = Files.createDirectory(dir.resolve("before-restore-2026-11-21T120000"));
        Files.writeString(aside.resolve(DataFolder.DATABASE_FILE), "ddd");
        Files.writeString(aside.resolve(DataFolder.DATABASE_FILE + "-wal"), "w");
        Files.createDirectory(dir.resolve("before-restore-2026-11-19T120000"));

        List<BackupInfo> listed = BackupFiles.list(dir);

        assertEquals(List.of(
                new BackupInfo(dir.resolve("liaisondesk-manual-2026-11-22T100000.db"), BackupKind.MANUAL,
                        LocalDateTime.parse("2026-11-22T10:00"), 2),
                new BackupInfo(aside.resolve(DataFolder.DATABASE_FILE), BackupKind.BEFORE_RESTORE,
                        LocalDateTime.parse("2026-11-21T12:00"), 3),
                new BackupInfo(dir.resolve("liaisondesk-2026-11-20T100000.db"), BackupKind.AUTOMATIC,
                        LocalDateTime.parse("2026-11-20T10:00"), 1),
                new BackupInfo(dir.resolve("liaisondesk-v1-before-migration-20261101-080000.db"), BackupKind.MIGRATION,
                        LocalDateTime.parse("2026-11-01T08:00"), 1)), listed);
        assertEquals(List.of(), BackupFiles.list(dir.resolve("not-yet-created")));
    }

    @Test
    void aPickedFileIsDatedByItsNameOrElseByWhenItWasLastModified() throws Exception {
        Path named = Files.writeString(dir.resolve("liaisondesk-2026-11-02T080000.db"), "x");
        Path other = Files.writeString(dir.resolve("联络站登记册.db"), "x");
        Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.from(
                java.time.Instant.parse("2026-10-01T02:00:00Z")));
        ZoneId beijing = ZoneId.of("Asia/Shanghai");

        assertEquals(new BackupInfo(named, BackupKind.OTHER, LocalDateTime.parse("2026-11-02T08:00"), 1),
                BackupFiles.describe(named, beijing));
        assertEquals(new BackupInfo(other, BackupKind.OTHER, LocalDateTime.parse("2026-10-01T10:00"), 1),
                BackupFiles.describe(other, beijing));
    }
}
