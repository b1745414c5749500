package org.liaisondesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.storage.StorageTestSupport.insertProsecutor;
import static org.liaisondesk.storage.StorageTestSupport.insertStation;
import static org.liaisondesk.storage.StorageTestSupport.insertVisit;
import static org.liaisondesk.storage.StorageTestSupport.softDelete;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterCheckTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(DataFolder.DATABASE_FILE);
    }

    @Test
    void healthyRegisterCountsLiveRowsOnly() {
        try (Database db = StorageTestSupport.openRegister(dir)) {
            db.write(c -> {
                long s1 = insertStation(c, "清溪村联络站");
                insertStation(c, "崇阳街道联络站");
                long gone = insertStation(c, "已撤销的联络站");
                softDelete(c, "station", gone);
                long p1 = insertProsecutor(c, "周振宇", s1);
                long p2 = insertProsecutor(c, "已调离的检察官", null);
                softDelete(c, "prosecutor", p2);
                insertVisit(c, s1, p1, "群众反映河道垃圾堆积。");
                insertVisit(c, s1, p1, "咨询土地承包纠纷。");
                long v3 = insertVisit(c, s1, p1, "误录的接访记录。");
                softDelete(c, "visit", v3);
            });
        }

        RegisterCheck check = RegisterCheck.of(file(), new Migrations(StorageTestSupport.CLOCK));

        assertTrue(check.healthy());
        assertEquals(List.of("ok"), check.integrity());
        assertEquals(file(), check.file());
        assertEquals(Migrations.SCRIPTS.size(), check.schemaVersion());
        assertEquals(2L, check.liveCounts().get("station"));
        assertEquals(1L, check.liveCounts().get("prosecutor"));
        assertEquals(2L, check.liveCounts().get("visit"));
        assertEquals(0L, check.liveCounts().get("audit_log"), "rows written with plain SQL have no audit entries");
        for (String table : check.liveCounts().keySet()) {
            assertFalse(table.endsWith("_fts") || table.contains("_fts_") || table.startsWith("sqlite_"),
                    "internal table listed: " + table);
        }
    }

    @Test
    void everyOrdinaryTableIsCountedAndOnlyTheFullTextTablesAreLeftOut() throws SQLException {
        List<String> scripts = new java.util.ArrayList<>(Migrations.SCRIPTS);
        scripts.add("V902__test_more_tables.sql");
        Migrations migrations = new Migrations(scripts, StorageTestSupport.CLOCK);
        Database.open(file(), dir.resolve("backups"), migrations).close();

        RegisterCheck check = RegisterCheck.of(file(), migrations);

        assertEquals(Migrations.SCRIPTS.size() + 1, check.schemaVersion());
        assertEquals(2L, check.liveCounts().get("visit_drafts"), "a table whose name contains \"fts\"");
        assertEquals(1L, check.liveCounts().get("shifts"), "another one");
        assertTrue(check.liveCounts().keySet().containsAll(
                java.util.Set.of("audit_log", "prosecutor", "shifts", "station", "visit", "visit_drafts")));
        assertEquals(ordinaryTables(file()), check.liveCounts().keySet());
    }

    /** Independent of the code under test: tables in the schema, less virtual tables and their shadow tables. */
    private static java.util.Set<String> ordinaryTables(Path file) throws SQLException {
        java.util.Set<String> virtual = new java.util.TreeSet<>();
        java.util.Set<String> tables = new java.util.TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_schema WHERE type = 'table'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (rs.getString(2).startsWith("CREATE VIRTUAL TABLE")) {
                    virtual.add(name);
                } else if (!name.startsWith("sqlite_")) {
                    tables.add(name);
                }
            }
        }
        tables.removeIf(t -> virtual.stream().anyMatch(v -> t.startsWith(v + "_")));
        assertFalse(virtual.isEmpty(), "the register has full-text tables to leave out");
        return tables;
    }

    @Test
    void checkIsReadOnlyAndLeavesNoSideFiles() {
        try (Database db = StorageTestSupport.openRegister(dir)) {
            db.write(c -> insertStation(c, "清溪村联络站"));
        }
        String before = StorageTestSupport.sha256(file());
        List<String> filesBefore = StorageTestSupport.fileNames(dir);

        RegisterCheck.of(file(), new Migrations(StorageTestSupport.CLOCK));

        assertEquals(before, StorageTestSupport.sha256(file()));
        assertEquals(filesBefore, StorageTestSupport.fileNames(dir));
    }

    @Test
    void checkWhileTheRegisterIsOpenSeesCommittedWork() {
        try (Database db = StorageTestSupport.openRegister(dir)) {
            db.write(c -> insertStation(c, "清溪村联络站"));
            // The live register has a WAL with the committed row not yet folded back into the main file.
            RegisterCheck check = RegisterCheck.of(file(), new Migrations(StorageTestSupport.CLOCK));
            assertTrue(check.healthy());
            assertEquals(1L, check.liveCounts().get("station"));
        }
    }

    @Test
    void missingRegisterIsReportedAndNotCreated() {
        Path missing = dir.resolve("empty-folder").resolve(DataFolder.DATABASE_FILE);
        StorageException e = assertThrows(StorageException.class,
                () -> RegisterCheck.of(missing, new Migrations(StorageTestSupport.CLOCK)));
        assertEquals("storage.noRegister", e.messageKey());
        assertEquals(List.of(missing), List.of(e.args()));
        assertFalse(Files.exists(missing));
        assertFalse(Files.exists(missing.getParent()), "not even the folder is created");
        assertEquals(List.of(), StorageTestSupport.fileNames(dir));
    }
}
