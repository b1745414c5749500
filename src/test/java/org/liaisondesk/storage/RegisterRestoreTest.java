package org.liaisondesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.storage.StorageTestSupport.count;
import static org.liaisondesk.storage.StorageTestSupport.insertStation;
import static org.liaisondesk.storage.StorageTestSupport.sha256;
import static org.liaisondesk.storage.StorageTestSupport.sideFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.i18n.Messages;

class RegisterRestoreTest {
    /** Monday 2026-11-23, 10:00 in Beijing. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Messages ZH = new Messages(Messages.CHINESE);

    @TempDir
    Path dir;

    private DataFolder folder;
    private Path register;
    private Path backup;

    /** A register with five stations, and a backup taken when it had two. */
    @BeforeEach
    void registerAndBackup() throws Exception {
        folder = DataFolder.at(dir.resolve("data")).prepare();
        register = folder.database();
        backup = Files.createDirectories(dir.resolve("usb")).resolve("liaisondesk-2026-11-20T180000.db");
        try (Database db = Database.open(register, folder.backups(), new Migrations(CLOCK))) {
            db.write(c -> {
                insertStation(c, "清溪村联络站");
                insertStation(c, "崇阳街道联络站");
            });
            Snapshots.write(db, backup);
            db.write(c -> {
                insertStation(c, "城西工业园区联络站");
                insertStation(c, "北山村联络站");
                insertStation(c, "南湖社区联络站");
            });
        }
        // As after any run of the app: the folder's lock file exists (a restore takes the lock).
        DataFolderLock.acquire(folder).close();
    }

    private RegisterRestore restorer() {
        return new RegisterRestore(folder, new Migrations(CLOCK), CLOCK);
    }

    private long stations(Path file) {
        return RegisterCheck.of(file, new Migrations(CLOCK)).liveCounts().get("station");
    }

    @Test
    void aRestoreRemovesTheVerifiedNoteOfTheReplacedRegister() throws Exception {
        assertTrue(VerifiedMarker.write(register));
        assertTrue(VerifiedMarker.matches(register));

        restorer().restore(backup);

        assertFalse(Files.exists(VerifiedMarker.of(register)), "the note described the replaced register");
        try (Database db = Database.open(register, folder.backups(), new Migrations(CLOCK))) {
            assertTrue(db.fullyCheckedAtOpen(), "the restored register is checked page by page when opened");
        }
    }

    @Test
    void aRestoreBringsBackTheRecordsAndKeepsTheReplacedRegisterWithItsSideFiles() throws Exception {
        // A register closed in a hurry can leave its -wal and -shm behind: they belong with it.
        Files.writeString(register.resolveSibling("liaisondesk.db-wal"), "wal of the replaced register");
        Files.writeString(register.resolveSibling("liaisondesk.db-shm"), "shm of the replaced register");
        String registerBefore = sha256(register);
        String backupBefore = sha256(backup);

        RestoreResult result = restorer().restore(backup);

        Path aside = folder.backups().resolve("before-restore-2026-11-23T100000");
        assertEquals(Optional.of(aside), result.movedAside());
        assertEquals(backup, result.restoredFrom());
        assertEquals(List.of("liaisondesk.db", "liaisondesk.db-shm", "liaisondesk.db-wal"),
                StorageTestSupport.fileNames(aside));
        assertEquals(registerBefore, sha256(aside.resolve("liaisondesk.db")));
        assertEquals("wal of the replaced register", Files.readString(aside.resolve("liaisondesk.db-wal")));
        assertEquals("shm of the replaced register", Files.readString(aside.resolve("liaisondesk.db-shm")));

        assertEquals(List.of(), sideFiles(register), "no side file of the old register next to the restored one");
        assertFalse(Files.exists(register.resolveSibling("liaisondesk.db.restoring")));
        assertEquals(2L, result.restored().liveCounts().get("station"));
        assertEquals(List.of("ok"), result.restored().integrity());
        assertEquals(register, result.restored().file());
        try (Database db = Database.open(register, folder.backups(), new Migrations(CLOCK))) {
            assertEquals(2L, (long) db.read(c -> count(c, "station")));
        }
        assertEquals(backupBefore, sha256(backup), "the backup itself is only read");
        assertEquals(List.of(), sideFiles(backup));
        assertEquals(5L, stations(aside.resolve("liaisondesk.db")), "the replaced register is complete");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void aFileThatIsNotAHealthyLiaisonDeskRegisterIsRefusedAndNothingChanges(String name, FileMaker maker,
                                                                           String expectedKey) throws Exception {
        Path offered = dir.resolve("offered.db");
        maker.make(offered, backup);
        Map<String, String> before = FolderFingerprint.of(folder.root());
        String registerBefore = sha256(register);
        String offeredBefore = Files.exists(offered) ? sha256(offered) : null;

        StorageException e = assertThrows(StorageException.class, () -> restorer().restore(offered));

        assertEquals(expectedKey, e.messageKey(), ZH.get(e.messageKey(), e.args()));
        assertEquals(offered.toAbsolutePath(), e.args()[0]);
        assertTrue(ZH.get(e.messageKey(), e.args()).contains(e.messageKey().equals("storage.restore.missing")
                ? "找不到备份文件" : "不能用它恢复"), ZH.get(e.messageKey(), e.args()));
        assertEquals(registerBefore, sha256(register), "the register is byte for byte the same");
        assertEquals(before, FolderFingerprint.of(folder.root()), "nothing added to or moved in the data folder");
        if (offeredBefore != null) {
            assertEquals(offeredBefore, sha256(offered));
            assertEquals(List.of(), sideFiles(offered), "looking at the file left nothing beside it");
        }
    }

    @FunctionalInterface
    interface FileMaker {
        void make(Path file, Path goodBackup) throws Exception;
    }

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                Arguments.of("a text file", (FileMaker) (f, b) -> Files.writeString(f, "这不是登记册的备份。\n".repeat(80)),
                        "storage.restore.notSqlite"),
                Arguments.of("an empty file", (FileMaker) (f, b) -> Files.createFile(f), "storage.restore.notSqlite"),
                Arguments.of("another program's SQLite database", (FileMaker) (f, b) -> sql(f,
                        "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)",
                        "INSERT INTO contacts(name) VALUES ('周振宇')"), "storage.restore.foreign"),
                Arguments.of("an empty SQLite database", (FileMaker) (f, b) -> sql(f,
                        "CREATE TABLE t (x)", "DROP TABLE t"), "storage.restore.foreign"),
                Arguments.of("a truncated copy of a backup", (FileMaker) (f, b) -> {
                    byte[] bytes = Files.readAllBytes(b);
                    Files.write(f, Arrays.copyOf(bytes, bytes.length / 2));
                }, "storage.restore.damaged"),
                Arguments.of("a backup from a newer version", (FileMaker) (f, b) -> {
                    Files.copy(b, f);
                    sql(f, "PRAGMA user_version = " + (Migrations.SCRIPTS.size() + 1));
                }, "storage.restore.newer"),
                Arguments.of("a file that does not exist", (FileMaker) (f, b) -> { }, "storage.restore.missing"));
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    @Test
    void aBackupFromANewerVersionNamesBothVersions() throws Exception {
        Path newer = dir.resolve("newer.db");
        Files.copy(backup, newer);
        sql(newer, "PRAGMA user_version = 9");

        StorageException e = assertThrows(StorageException.class, () -> restorer().restore(newer));

        assertEquals(List.of(newer.toAbsolutePath(), 9, Migrations.SCRIPTS.size()), List.of(e.args()));
    }

    @Test
    void theRegisterInUseIsNotRestoredOverItself() {
        StorageException e = assertThrows(StorageException.class, () -> restorer().restore(register));
        assertEquals("storage.restore.sameFile", e.messageKey());
    }

    @Test
    void aRestoreIsRefusedWhileAnotherProgramHoldsTheDataFolder() {
        Map<String, String> before = FolderFingerprint.of(folder.root());
        try (DataFolderLock held = DataFolderLock.acquire(folder)) {
            StorageException e = assertThrows(StorageException.class, () -> restorer().restore(backup));
            assertEquals("storage.inUse", e.messageKey());
        }
        Map<String, String> after = FolderFingerprint.of(folder.root());
        // The lock file is rewritten by every holder; everything else is untouched.
        before.remove("liaisondesk.lock");
        after.remove("liaisondesk.lock");
        assertEquals(before, after);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingPlacements")
    void whenPuttingTheCopyInPlaceFailsTheOriginalIsPutBack(String name, RegisterRestore.Placement placement)
            throws Exception {
        Files.writeString(register.resolveSibling("liaisondesk.db-wal"), "wal of the original");
        Map<String, String> before = FolderFingerprint.of(folder.root());

        StorageException e = assertThrows(StorageException.class,
                () -> new RegisterRestore(folder, new Migrations(CLOCK), CLOCK, placement).restore(backup));

        assertEquals("storage.restore.failed", e.messageKey());
        assertTrue(ZH.get(e.messageKey(), e.args()).contains("原登记册已放回原处"));
        assertEquals(before, FolderFingerprint.of(folder.root()), "the original files are back, nothing else is left");
        assertEquals(5L, stations(register));
    }

    static Stream<Arguments> failingPlacements() {
        return Stream.of(
                Arguments.of("nothing was placed", (RegisterRestore.Placement) (copy, reg) -> {
                    throw new IOException("the disk went away");
                }),
                Arguments.of("the copy was placed, then a failure", (RegisterRestore.Placement) (copy, reg) -> {
                    Files.move(copy, reg);
                    Files.writeString(reg.resolveSibling("liaisondesk.db-shm"), "opened once");
                    throw new IOException("failed after the move");
                }));
    }

    @Test
    void aBackupCanBeRestoredIntoADataFolderWithoutARegister() {
        DataFolder fresh = DataFolder.at(dir.resolve("new-laptop"));

        RestoreResult result = new RegisterRestore(fresh, new Migrations(CLOCK), CLOCK).restore(backup);

        assertEquals(Optional.empty(), result.movedAside());
        assertEquals(2L, stations(fresh.database()));
        assertEquals(List.of(), StorageTestSupport.fileNames(fresh.backups()));
    }

    @Test
    void changesStillInTheBackupsWalFileAreRestoredToo() throws IOException {
        Path otherFolder = Files.createDirectories(dir.resolve("other"));
        try (Database other = StorageTestSupport.openRegister(otherFolder)) {
            other.write(c -> {
                for (int i = 0; i < 7; i++) {
                    insertStation(c, "另一台电脑的联络站" + i);
                }
            });
            Path otherRegister = otherFolder.resolve(DataFolder.DATABASE_FILE);
            assertFalse(sideFiles(otherRegister).isEmpty(), "the changes are in the -wal file");

            RestoreResult result = restorer().restore(otherRegister);

            assertEquals(7L, result.restored().liveCounts().get("station"));
        }
        assertEquals(7L, stations(register));
    }

    @Test
    void aBackupOfAnOlderSchemaIsRestoredAndMigratedWhenOpened() throws IOException {
        Path old = Files.createDirectories(dir.resolve("old")).resolve(DataFolder.DATABASE_FILE);
        Migrations version2 = new Migrations(Migrations.SCRIPTS.subList(0, 2), CLOCK);
        try (Database db = Database.open(old, dir.resolve("old-backups"), version2)) {
            db.write(c -> insertStation(c, "老版本的联络站"));
        }

        RestoreResult result = restorer().restore(old);

        assertEquals(2, result.restored().schemaVersion());
        try (Database db = Database.open(register, folder.backups(), new Migrations(CLOCK))) {
            assertEquals(Migrations.SCRIPTS.size(), db.schemaVersion());
            assertEquals(1L, (long) db.read(c -> count(c, "station")));
        }
        assertTrue(Files.exists(folder.backups().resolve("liaisondesk-v2-before-migration-20261123-100000.db")));
    }

    @Test
    void inspectingReportsTheBackupsVersionAndCountsAndLeavesNoTrace() {
        RegisterCheck check = RegisterRestore.inspect(backup, new Migrations(CLOCK));

        assertEquals(Migrations.SCRIPTS.size(), check.schemaVersion());
        assertEquals(2L, check.liveCounts().get("station"));
        assertEquals(List.of(), sideFiles(backup));
        assertTrue(RegisterRestore.isLiaisonDeskRegister(backup));
    }
}
