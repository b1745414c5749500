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
            assertFalse(table.contains("fts") || table.startsWith("sqlite_"), "internal table listed: " + table);
        }
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
