package org.liaisondesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.storage.StorageTestSupport.CLOCK;
import static org.liaisondesk.storage.StorageTestSupport.count;
import static org.liaisondesk.storage.StorageTestSupport.insertStation;
import static org.liaisondesk.storage.StorageTestSupport.tableExists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    private static final int LATEST = Migrations.SCRIPTS.size();
    private static final String EXPECTED_BACKUP =
            "liaisondesk-v" + LATEST + "-before-migration-20241012-103015.db";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(DataFolder.DATABASE_FILE);
    }

    private Path backups() {
        return dir.resolve("backups");
    }

    private static Migrations withExtra(String script) {
        List<String> scripts = new ArrayList<>(Migrations.SCRIPTS);
        scripts.add(script);
        return new Migrations(scripts, CLOCK);
    }

    @Test
    void freshFileGetsTheLatestVersionWithoutABackup() {
        try (Database db = Database.open(file(), backups(), new Migrations(CLOCK))) {
            assertEquals(LATEST, db.schemaVersion());
            assertEquals(LATEST, new Migrations(CLOCK).latestVersion());
            assertTrue(db.<Boolean>read(c -> tableExists(c, "visit")));
            assertTrue(db.<Boolean>read(c -> tableExists(c, "audit_log")));
        }
        assertTrue(Files.notExists(backups()), "nothing to back up in a new register");
    }

    @Test
    void reopeningAnUpToDateRegisterNeitherMigratesNorBacksUp() {
        Database.open(file(), backups(), new Migrations(CLOCK)).close();
        try (Database db = Database.open(file(), backups(), new Migrations(CLOCK))) {
            assertEquals(LATEST, db.schemaVersion());
        }
        assertTrue(Files.notExists(backups()));
    }

    @Test
    void upgradeKeepsTheDataAndBacksUpTheOldVersionFirst() throws Exception {
        long stationId;
        try (Database db = Database.open(file(), backups(), new Migrations(CLOCK))) {
            stationId = db.inTransaction(c -> insertStation(c, "清溪村“微检治”联络站"));
        }

        try (Database db = Database.open(file(), backups(), withExtra("V900__test_upgrade.sql"))) {
            assertEquals(LATEST + 1, db.schemaVersion());
            assertEquals(Database.APPLICATION_ID,
                    (int) db.read(c -> StorageTestSupport.intPragma(c, "application_id")));
            assertEquals(List.of("清溪村“微检治”联络站"), db.read(c -> strings(c,
                    "SELECT name FROM station WHERE id = " + stationId)));
            assertTrue(db.<Boolean>read(c -> tableExists(c, "test_upgrade_note")));
            assertEquals(List.of("迁移测试"), db.read(c -> strings(c, "SELECT body FROM test_upgrade_note")));
            assertEquals(List.of("0"), db.read(c -> strings(c, "SELECT test_upgrade_flag FROM station")));
        }

        try (Stream<Path> s = Files.list(backups())) {
            List<Path> found = s.toList();
            assertEquals(1, found.size(), "one backup: " + found);
            Path backup = found.get(0);
            String name = backup.getFileName().toString();
            assertTrue(name.matches("liaisondesk-v" + LATEST + "-before-migration-\\d{8}-\\d{6}\\.db"), name);
            assertEquals(EXPECTED_BACKUP, name, "stamp taken from the clock");
            assertEquals(List.of("ok"), Snapshots.check(backup));
            try (Connection c = readOnly(backup)) {
                assertEquals(LATEST, StorageTestSupport.intPragma(c, "user_version"), "backup holds the old version");
                assertEquals(1L, count(c, "station"));
                assertFalse(tableExists(c, "test_upgrade_note"));
            }
        }
    }

    @Test
    void aFailingScriptLeavesTheRegisterAsItWas() throws Exception {
        try (Database db = Database.open(file(), backups(), new Migrations(CLOCK))) {
            db.write(c -> {
                insertStation(c, "崇阳街道微检治联络站");
                insertStation(c, "双河街道“检察+网格”联络站");
            });
        }

        StorageException e = assertThrows(StorageException.class,
                () -> Database.open(file(), backups(), withExtra("V901__test_broken.sql")).close());
        assertEquals("storage.failed", e.messageKey());
        assertEquals(List.of(), StorageTestSupport.sideFiles(file()), "the failed open closed the register");

        try (Connection c = readOnly(file())) {
            assertEquals(LATEST, StorageTestSupport.intPragma(c, "user_version"));
            assertEquals(2L, count(c, "station"), "the script's DELETE was rolled back");
            assertFalse(tableExists(c, "test_half_applied"), "no half-applied table");
            assertEquals(List.of("ok"), Database.integrityCheck(c));
        }
        // The backup taken before the attempt is there for the user, and is sound.
        assertEquals(List.of("ok"), Snapshots.check(backups().resolve(EXPECTED_BACKUP)));

        // The register still opens with this version's migrations.
        try (Database db = Database.open(file(), backups(), new Migrations(CLOCK))) {
            assertEquals(LATEST, db.schemaVersion());
            assertEquals(2L, (long) db.read(c -> count(c, "station")));
        }
    }

    @Test
    void noUpgradeWithoutABackup() throws Exception {
        try (Database db = Database.open(file(), backups(), new Migrations(CLOCK))) {
            db.write(c -> insertStation(c, "城西工业园区联络站"));
        }
        String before = StorageTestSupport.sha256(file());
        Files.writeString(backups(), "a file where the backup folder should be");

        StorageException e = assertThrows(StorageException.class,
                () -> Database.open(file(), backups(), withExtra("V900__test_upgrade.sql")).close());

        assertEquals("storage.backupFailed", e.messageKey());
        assertEquals(before, StorageTestSupport.sha256(file()), "the register was not migrated");
        assertEquals(List.of(), StorageTestSupport.sideFiles(file()));
    }

    @Test
    void aMissingScriptIsAProgrammingErrorAndChangesNothing() throws Exception {
        Database.open(file(), backups(), new Migrations(CLOCK)).close();
        assertThrows(IllegalStateException.class,
                () -> Database.open(file(), backups(), withExtra("V902__does_not_exist.sql")).close());
        try (Connection c = readOnly(file())) {
            assertEquals(LATEST, StorageTestSupport.intPragma(c, "user_version"));
        }
    }

    @Test
    void everyScriptInTheFolderIsListedAndEveryListedScriptIsInTheFolder() throws IOException {
        Path folder = Paths.get("src/main/resources/org/liaisondesk/db/migration");
        assertTrue(Files.isDirectory(folder), "run from the project folder: " + folder.toAbsolutePath());
        TreeSet<String> inFolder = new TreeSet<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(Files::isRegularFile).forEach(p -> inFolder.add(p.getFileName().toString()));
        }
        assertEquals(inFolder, new TreeSet<>(Migrations.SCRIPTS));
        assertEquals(Migrations.SCRIPTS.size(), inFolder.size(), "no script listed twice");
    }

    @Test
    void scriptsAreNumberedInOrderWithoutGaps() {
        for (int i = 0; i < Migrations.SCRIPTS.size(); i++) {
            String expectedPrefix = String.format("V%03d__", i + 1);
            String script = Migrations.SCRIPTS.get(i);
            assertTrue(script.startsWith(expectedPrefix) && script.endsWith(".sql"),
                    "version " + (i + 1) + " is " + script);
        }
    }

    private static Connection readOnly(Path file) throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
