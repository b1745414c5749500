package org.liaisondesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.storage.StorageTestSupport.count;
import static org.liaisondesk.storage.StorageTestSupport.fileNames;
import static org.liaisondesk.storage.StorageTestSupport.insertStation;
import static org.liaisondesk.storage.StorageTestSupport.sha256;
import static org.liaisondesk.storage.StorageTestSupport.softDelete;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.i18n.Messages;

class BackupServiceTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDateTime NOW = LocalDateTime.parse("2026-11-23T10:00:00");
    private static final Messages ZH = new Messages(Messages.CHINESE);

    @TempDir
    Path dir;

    private DataFolder folder;
    private Database db;

    @BeforeEach
    void open() {
        folder = DataFolder.at(dir).prepare();
        db = StorageTestSupport.openRegister(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private BackupService at(LocalDateTime now) {
        return new BackupService(db, folder, Clock.fixed(now.atZone(BEIJING).toInstant(), BEIJING));
    }

    private Path backups() {
        return folder.backups();
    }

    /** A stand-in for an automatic backup taken at {@code takenAt}: rotation looks at names only. */
    private Path automaticAt(LocalDateTime takenAt) throws Exception {
        return Files.writeString(backups().resolve(BackupFiles.automaticName(takenAt)), "backup of " + takenAt);
    }

    @Test
    void aBackupTakenWhileAnotherThreadWritesPassesTheIntegrityCheck() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger committed = new AtomicInteger();
        CountDownLatch warmedUp = new CountDownLatch(20);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        AutomaticBackup result;
        int committedBefore;
        try {
            Future<?> writing = writer.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    int batch = n++;
                    db.write(c -> {
                        for (int i = 0; i < 5; i++) {
                            insertStation(c, "联络站-" + batch + "-" + i);
                        }
                    });
                    committed.incrementAndGet();
                    warmedUp.countDown();
                }
            });
            assertTrue(warmedUp.await(60, TimeUnit.SECONDS), "the writer committed its first transactions");
            committedBefore = committed.get();

            result = at(NOW).automaticBackup();

            stop.set(true);
            writing.get(60, TimeUnit.SECONDS);
        } finally {
            stop.set(true);
            writer.shutdownNow();
        }

        AutomaticBackup.Made made = assertInstanceOf(AutomaticBackup.Made.class, result);
        Path file = backups().resolve("liaisondesk-2026-11-23T100000.db");
        assertEquals(file, made.backup().file());
        assertEquals(BackupKind.AUTOMATIC, made.backup().kind());
        assertEquals(List.of("ok"), Snapshots.check(file));
        RegisterCheck check = RegisterCheck.of(file, new Migrations(StorageTestSupport.CLOCK));
        assertTrue(check.healthy());
        long rows = check.liveCounts().get("station");
        assertTrue(rows >= committedBefore * 5L, rows + " rows, " + committedBefore * 5 + " committed before");
        assertEquals(0, rows % 5, "whole transactions only");
        assertEquals(List.of("liaisondesk-2026-11-23T100000.db"), fileNames(backups()), "no .partial or side file");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dueCases")
    void aDailyBackupIsDueWhenNoAutomaticBackupIsYoungerThanADay(String name, List<Path> existing, boolean due)
            throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path p : existing) {
            files.add(Files.writeString(backups().resolve(p), "earlier backup"));
        }

        AutomaticBackup result = at(NOW).backupIfDue();

        Path today = backups().resolve(BackupFiles.automaticName(NOW));
        if (due) {
            assertEquals(today, assertInstanceOf(AutomaticBackup.Made.class, result).backup().file());
            assertEquals(List.of("ok"), Snapshots.check(today));
        } else {
            assertEquals(files.get(0), assertInstanceOf(AutomaticBackup.NotDue.class, result).newest().file());
            assertFalse(Files.exists(today));
        }
        for (Path f : files) {
            assertTrue(Files.exists(f), "kept: " + f.getFileName());
        }
    }

    static Stream<Arguments> dueCases() {
        return Stream.of(
                Arguments.of("no backup yet", List.of(), true),
                Arguments.of("one an hour old", List.of(name(NOW.minusHours(1))), false),
                Arguments.of("one 23 h 59 min old", List.of(name(NOW.minusHours(24).plusMinutes(1))), false),
                Arguments.of("one exactly a day old", List.of(name(NOW.minusHours(24))), true),
                Arguments.of("one three days old", List.of(name(NOW.minusDays(3))), true),
                Arguments.of("only a manual backup, an hour old",
                        List.of(Path.of(BackupFiles.manualName(NOW.minusHours(1)))), true),
                Arguments.of("only a migration backup, an hour old",
                        List.of(Path.of("liaisondesk-v2-before-migration-20261123-090000.db")), true),
                Arguments.of("one dated in the future (the clock was wrong)", List.of(name(NOW.plusDays(2))), true));
    }

    private static Path name(LocalDateTime takenAt) {
        return Path.of(BackupFiles.automaticName(takenAt));
    }

    @Test
    void rotationKeepsExactlyTheRightFilesAndLeavesEverythingElseAlone() throws Exception {
        for (LocalDate d = LocalDate.parse("2026-10-25"); d.isBefore(LocalDate.parse("2026-11-23")); d = d.plusDays(1)) {
            automaticAt(d.atTime(10, 0));
        }
        automaticAt(LocalDateTime.parse("2026-11-22T08:00"));
        Files.writeString(backups().resolve("liaisondesk-v2-before-migration-20250301-090000.db"), "migration");
        Files.writeString(backups().resolve("liaisondesk-manual-2025-06-01T120000.db"), "manual");
        Path aside = Files.createDirectory(backups().resolve("before-restore-2025-07-01T120000"));
        Files.writeString(aside.resolve(DataFolder.DATABASE_FILE), "moved aside");
        Files.writeString(backups().resolve("liaisondesk-2026-11-23T090000.db.partial"), "half written");
        Files.writeString(backups().resolve("说明.txt"), "the user's note");

        AutomaticBackup.Made made = assertInstanceOf(AutomaticBackup.Made.class, at(NOW).automaticBackup());

        List<String> kept = new ArrayList<>();
        for (String day : List.of("2026-10-31", "2026-11-08", "2026-11-15", "2026-11-17", "2026-11-18", "2026-11-19",
                "2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23")) {
            kept.add(BackupFiles.automaticName(LocalDate.parse(day).atTime(10, 0)));
        }
        kept.addAll(List.of("liaisondesk-v2-before-migration-20250301-090000.db", "liaisondesk-manual-2025-06-01T120000.db",
                "before-restore-2025-07-01T120000", "liaisondesk-2026-11-23T090000.db.partial", "说明.txt"));
        assertEquals(new TreeSet<>(kept), new TreeSet<>(fileNames(backups())));
        assertEquals(List.of(DataFolder.DATABASE_FILE), fileNames(aside));
        assertEquals(21, made.removed().size(), "30 automatic backups and the new one, 10 kept: " + made.removed());
        assertTrue(made.removed().contains(backups().resolve("liaisondesk-2026-11-22T080000.db")));
        made.removed().forEach(p -> assertFalse(Files.exists(p), p.toString()));
    }

    @Test
    void aFailedBackupLeavesNothingUnderABackupNameAndDeletesNoOlderBackup() throws Exception {
        for (int daysAgo = 1; daysAgo <= 40; daysAgo += 3) {
            automaticAt(NOW.minusDays(daysAgo));
        }
        // Something already holds the new backup's name, so the checked copy cannot be renamed to it.
        Path blocked = Files.createDirectory(backups().resolve(BackupFiles.automaticName(NOW)));
        Files.writeString(blocked.resolve("keep.txt"), "occupied");
        Map<String, String> before = FolderFingerprint.of(backups());

        AutomaticBackup result = at(NOW).automaticBackup();

        StorageException problem = assertInstanceOf(AutomaticBackup.Failed.class, result).problem();
        assertEquals("storage.backupFailed", problem.messageKey());
        assertEquals(blocked, problem.args()[0]);
        assertEquals(before, FolderFingerprint.of(backups()), "every older backup is still there, unchanged; no .partial");
    }

    @Test
    void backupIntoAChosenFolderWritesACheckedCopyThere() throws Exception {
        db.write(c -> insertStation(c, "清溪村联络站"));
        Path usb = Files.createDirectories(dir.resolve("usb"));

        BackupInfo made = at(NOW).backupInto(usb);

        assertEquals(usb.resolve("liaisondesk-2026-11-23T100000.db"), made.file());
        assertEquals(BackupKind.OTHER, made.kind());
        assertEquals(Files.size(made.file()), made.size());
        assertEquals(List.of("liaisondesk-2026-11-23T100000.db"), fileNames(usb));
        assertEquals(1L, RegisterCheck.of(made.file(), new Migrations(StorageTestSupport.CLOCK)).liveCounts().get("station"));
        assertEquals(List.of(), fileNames(backups()), "the backups folder is not touched");
    }

    @Test
    void aMissingTargetFolderIsNamedInChineseAndNothingIsWritten() throws Exception {
        Path gone = dir.resolve("usb-removed");

        StorageException e = assertThrows(StorageException.class, () -> at(NOW).backupInto(gone));

        assertEquals("storage.backup.targetMissing", e.messageKey());
        assertTrue(ZH.get(e.messageKey(), e.args()).contains("U 盘是否已拔出"), ZH.get(e.messageKey(), e.args()));
        assertTrue(ZH.get(e.messageKey(), e.args()).contains(gone.toString()));
        assertFalse(Files.exists(gone));
    }

    @Test
    void backupToAFileReplacesAnEarlierBackupButNeverAnotherFile() throws Exception {
        Path out = dir.resolve("每日备份.db");
        db.write(c -> insertStation(c, "清溪村联络站"));
        assertEquals(out, at(NOW).backupToFile(out));
        db.write(c -> insertStation(c, "崇阳街道联络站"));

        assertEquals(out, at(NOW.plusDays(1)).backupToFile(out));

        assertEquals(2L, RegisterCheck.of(out, new Migrations(StorageTestSupport.CLOCK)).liveCounts().get("station"));
        Path letter = Files.writeString(dir.resolve("检察建议书.docx"), "somebody's document");
        StorageException refused = assertThrows(StorageException.class, () -> at(NOW).backupToFile(letter));
        assertEquals("storage.backup.wouldReplace", refused.messageKey());
        assertEquals("somebody's document", Files.readString(letter));
        assertEquals("storage.backup.targetIsFolder",
                assertThrows(StorageException.class, () -> at(NOW).backupToFile(backups())).messageKey());
        assertEquals("storage.backup.targetMissing", assertThrows(StorageException.class,
                () -> at(NOW).backupToFile(dir.resolve("missing").resolve("x.db"))).messageKey());
    }

    @Test
    void aManualBackupLandsInTheBackupsFolderAndIsListedAsManual() {
        BackupInfo made = at(NOW).manualBackup();

        assertEquals(backups().resolve("liaisondesk-manual-2026-11-23T100000.db"), made.file());
        assertEquals(List.of(made), at(NOW).list());
        assertEquals(List.of("ok"), Snapshots.check(made.file()));
        assertEquals(made, at(NOW).describe(made.file()));
    }

    @Test
    void liveCountsLeaveDeletedRecordsOut() {
        db.write(c -> {
            insertStation(c, "清溪村联络站");
            insertStation(c, "崇阳街道联络站");
            softDelete(c, "station", insertStation(c, "已撤销的联络站"));
        });

        Map<String, Long> counts = at(NOW).liveCounts();

        assertEquals(2L, counts.get("station"));
        assertEquals(3L, (long) db.read(c -> count(c, "station")));
        assertEquals(0L, counts.get("visit"));
    }

    @Test
    void aFileElsewhereIsDescribedAsOther() throws Exception {
        Path picked = Files.writeString(dir.resolve("liaisondesk-2026-11-02T080000.db"), "x");
        assertEquals(new BackupInfo(picked, BackupKind.OTHER, LocalDateTime.parse("2026-11-02T08:00"), 1),
                at(NOW).describe(picked));
    }
}
