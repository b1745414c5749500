package org.liaisondesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.storage.StorageTestSupport.count;
import static org.liaisondesk.storage.StorageTestSupport.insertProsecutor;
import static org.liaisondesk.storage.StorageTestSupport.insertStation;
import static org.liaisondesk.storage.StorageTestSupport.insertVisit;
import static org.liaisondesk.storage.StorageTestSupport.intPragma;
import static org.liaisondesk.storage.StorageTestSupport.textPragma;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class DatabaseTest {
    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = StorageTestSupport.openRegister(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void freshFileIsConfiguredOnTheWriter() {
        assertEquals("wal", db.withWriter(c -> textPragma(c, "journal_mode")).toLowerCase());
        assertEquals(1, (int) db.withWriter(c -> intPragma(c, "foreign_keys")));
        assertEquals(2, (int) db.withWriter(c -> intPragma(c, "synchronous")), "synchronous=FULL");
        assertEquals(Database.APPLICATION_ID, (int) db.withWriter(c -> intPragma(c, "application_id")));
        assertEquals(Migrations.SCRIPTS.size(), (int) db.withWriter(c -> intPragma(c, "user_version")));
        assertEquals(Migrations.SCRIPTS.size(), db.schemaVersion());
        assertEquals(dir.resolve(DataFolder.DATABASE_FILE), db.file());
    }

    @Test
    void readersSeeTheSameFileSettings() {
        assertEquals("wal", db.read(c -> textPragma(c, "journal_mode")).toLowerCase());
        assertEquals(1, (int) db.read(c -> intPragma(c, "foreign_keys")));
        assertEquals(Database.APPLICATION_ID, (int) db.read(c -> intPragma(c, "application_id")));
    }

    @Test
    void applicationIdSpellsLdsk() {
        byte[] bytes = java.nio.ByteBuffer.allocate(4).putInt(Database.APPLICATION_ID).array();
        assertEquals("LDSK", new String(bytes, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void inTransactionCommitsAndReturnsTheResult() {
        long id = db.inTransaction(c -> insertStation(c, "清溪村联络站"));
        assertTrue(id > 0);
        assertEquals(1L, rows("station"));
        db.close();
        db = StorageTestSupport.openRegister(dir);
        assertEquals(1L, rows("station"), "committed work survives closing and reopening");
    }

    @Test
    void runtimeExceptionRollsBackEverythingWrittenInTheTransaction() {
        db.write(c -> insertStation(c, "已有联络站"));
        long stationsBefore = rows("station");
        long prosecutorsBefore = rows("prosecutor");
        IllegalStateException boom = new IllegalStateException("boom");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db.write(c -> {
            long s = insertStation(c, "崇阳街道联络站");
            insertStation(c, "城西工业园区联络站");
            insertProsecutor(c, "林晓岚", s);
            throw boom;
        }));

        assertSame(boom, thrown);
        assertEquals(stationsBefore, rows("station"));
        assertEquals(prosecutorsBefore, rows("prosecutor"));
        // The writer is usable again afterwards: the failed transaction did not stay open.
        db.write(c -> insertStation(c, "双河街道联络站"));
        assertEquals(stationsBefore + 1, rows("station"));
    }

    @Test
    void foreignKeyViolationIsRefusedAndNothingIsWritten() {
        StorageException e = assertThrows(StorageException.class, () -> db.write(c -> {
            insertStation(c, "清溪村联络站");
            insertProsecutor(c, "周振宇", 9999L);
        }));

        SQLiteException cause = assertInstanceOfSqlite(e.getCause());
        assertEquals(SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY, cause.getResultCode());
        assertEquals(0L, rows("station"));
        assertEquals(0L, rows("prosecutor"));
    }

    @Test
    void foreignKeyViolationOnUpdateIsRefused() {
        long station = db.inTransaction(c -> insertStation(c, "清溪村联络站"));
        long prosecutor = db.inTransaction(c -> insertProsecutor(c, "周振宇", station));
        long visit = db.inTransaction(c -> insertVisit(c, station, prosecutor, "咨询房屋征收补偿"));

        assertThrows(StorageException.class, () -> db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE visit SET station_id = 4242 WHERE id = ?")) {
                ps.setLong(1, visit);
                ps.executeUpdate();
            }
        }));
        assertEquals(station, (long) db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT station_id FROM visit WHERE id = ?")) {
                ps.setLong(1, visit);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }));
    }

    @Test
    void readsRunWhileAWriteTransactionIsOpenAndSeeTheLastCommittedState() throws Exception {
        db.write(c -> insertStation(c, "已提交的联络站"));
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> pending = writer.submit(() -> db.write(c -> {
                insertStation(c, "尚未提交的联络站");
                written.countDown();
                try {
                    if (!release.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("test never released the writer");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }));
            assertTrue(written.await(30, TimeUnit.SECONDS), "writer thread started its transaction");

            // The write transaction is open (holding the write lock): a read still runs and sees the old state.
            assertEquals(1L, rows("station"));
            assertEquals(List.of("已提交的联络站"), db.read(DatabaseTest::stationNames));

            release.countDown();
            pending.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            writer.shutdownNow();
        }
        assertEquals(2L, rows("station"));
    }

    @ParameterizedTest(name = "{0} finds the visit: {1}")
    @CsvSource({
        "农民工, true",
        "拖欠农民工工资, true",
        "工资问题, true",
        "房屋征收, false",
        "张秀英, true",
    })
    void trigramIndexFindsChineseTermsOfThreeOrMoreCharacters(String term, boolean found) {
        long visit = db.inTransaction(c -> {
            long s = insertStation(c, "城西工业园区联络站");
            long p = insertProsecutor(c, "韩立诚", s);
            long v = insertVisit(c, s, p, "6名农民工反映某建筑公司拖欠农民工工资问题，仲裁后仍未支付。");
            try (PreparedStatement ps = c.prepareStatement("UPDATE visit SET visitor_name = ? WHERE id = ?")) {
                ps.setString(1, "张秀英");
                ps.setLong(2, v);
                ps.executeUpdate();
            }
            insertVisit(c, s, p, "咨询劳动合同解除后的经济补偿金计算。");
            return v;
        });

        assertEquals(found ? List.of(visit) : List.of(), db.read(c -> ftsMatches(c, term)));
    }

    @Test
    void trigramIndexFollowsUpdatesAndDeletes() {
        long visit = db.inTransaction(c -> {
            long s = insertStation(c, "清溪村联络站");
            long p = insertProsecutor(c, "周振宇", s);
            return insertVisit(c, s, p, "群众反映河道垃圾堆积。");
        });
        assertEquals(List.of(visit), db.read(c -> ftsMatches(c, "河道垃圾")));

        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE visit SET summary = ? WHERE id = ?")) {
                ps.setString(1, "群众反映耕地被占用堆放木料。");
                ps.setLong(2, visit);
                ps.executeUpdate();
            }
        });
        assertEquals(List.of(), db.read(c -> ftsMatches(c, "河道垃圾")));
        assertEquals(List.of(visit), db.read(c -> ftsMatches(c, "堆放木料")));

        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM visit WHERE id = ?")) {
                ps.setLong(1, visit);
                ps.executeUpdate();
            }
        });
        assertEquals(List.of(), db.read(c -> ftsMatches(c, "堆放木料")));
    }

    @Test
    void trigramIndexDoesNotMatchTwoCharacterTermsSoTheseNeedLike() {
        db.write(c -> {
            long s = insertStation(c, "清溪村联络站");
            long p = insertProsecutor(c, "周振宇", s);
            insertVisit(c, s, p, "群众反映河道垃圾堆积。");
        });
        assertEquals(List.of(), db.read(c -> ftsMatches(c, "河道")));
        assertEquals(1L, (long) db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM visit WHERE summary LIKE ? ESCAPE '\\'")) {
                ps.setString(1, Sql.likePattern("河道"));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }));
    }

    @Test
    void integrityCheckOfAHealthyRegisterIsOk() {
        assertEquals(List.of("ok"), db.integrityCheck());
    }

    @Test
    void closedDatabaseRefusesWork() {
        db.close();
        assertThrows(IllegalStateException.class, () -> rows("station"));
        assertThrows(IllegalStateException.class, () -> db.write(c -> insertStation(c, "x")));
        db.close(); // twice is harmless
    }

    @Test
    void closingFoldsTheWalBackIntoTheFile() {
        db.write(c -> insertStation(c, "清溪村联络站"));
        db.close();
        assertEquals(List.of(), StorageTestSupport.sideFiles(db.file()));
    }

    private long rows(String table) {
        return db.read(c -> count(c, table));
    }

    private static List<Long> ftsMatches(Connection c, String term) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT v.id FROM visit_fts JOIN visit v ON v.id = visit_fts.rowid "
                        + "WHERE visit_fts MATCH ? ORDER BY v.id")) {
            ps.setString(1, Sql.ftsPhrase(term));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<String> stationNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM station ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static SQLiteException assertInstanceOfSqlite(Throwable t) {
        assertTrue(t instanceof SQLiteException, "cause is an SQLiteException: " + t);
        return (SQLiteException) t;
    }
}
