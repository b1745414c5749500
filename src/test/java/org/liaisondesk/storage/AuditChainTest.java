package org.liaisondesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.register.roster.data.StationRepository;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;

class AuditChainTest {
    private static final int ROWS = 120;

    @TempDir
    Path dir;

    private Database db;
    private final AuditLog audit = new AuditLog(StorageTestSupport.CLOCK, () -> "林晓岚");

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    /** A register whose log holds {@link #ROWS} rows written by the repositories and by exports, in many transactions. */
    private Database registerWithHistory() {
        db = StorageTestSupport.openRegister(dir);
        StationRepository stations = new StationRepository(audit);
        for (int i = 0; i < ROWS / 2; i++) {
            int n = i;
            Station saved = db.inTransaction(c -> stations.insert(c,
                    new Station(null, null, "清溪村联络站" + n, StationKind.VILLAGE, "清溪镇", "")));
            db.write(c -> audit.record(c, AuditLog.Action.EXPORT, "visit", 0, null, null,
                    Map.of("file", "来访" + n + ".xlsx", "unmasked", n % 2 == 0)));
            assertTrue(saved.id() > 0);
        }
        return db;
    }

    private AuditChain.Verdict verify() {
        return db.read(AuditChain::verify);
    }

    @Test
    void aFreshRegisterWithManyWritesVerifies() {
        registerWithHistory();
        assertEquals(AuditChain.Verdict.intact(ROWS), verify());
        String firstLink = db.read(c -> string(c, "SELECT prev_hash FROM audit_log WHERE id = 1"));
        assertEquals(AuditChain.GENESIS, firstLink);
        String firstHash = db.read(c -> string(c, "SELECT hash FROM audit_log WHERE id = 1"));
        String secondLink = db.read(c -> string(c, "SELECT prev_hash FROM audit_log WHERE id = 2"));
        assertEquals(firstHash, secondLink, "each row links to the one before");
    }

    @Test
    void emptyTextsAndChineseTextVerifyAsWritten() {
        db = StorageTestSupport.openRegister(dir);
        AuditLog nobody = new AuditLog(StorageTestSupport.CLOCK, () -> "周振宇");
        db.write(c -> nobody.record(c, AuditLog.Action.INSERT, "document_number", 3, "", null, "崇检建〔2026〕1号"));
        db.write(c -> nobody.record(c, AuditLog.Action.UPDATE, "", -1, "\u0000 ü 𠀀", "", Map.of("名称", "")));
        assertEquals(AuditChain.Verdict.intact(2), verify());
    }

    @Test
    void anEmptyLogIsIntact() {
        db = StorageTestSupport.openRegister(dir);
        assertEquals(AuditChain.Verdict.intact(0), verify());
    }

    @FunctionalInterface
    interface Tampering {
        void apply(Connection c, AuditChainTest test) throws SQLException;
    }

    static Stream<Arguments> tamperings() {
        return Stream.of(
                Arguments.of("new value of a middle row edited", (Tampering) (c, t) ->
                        exec(c, "UPDATE audit_log SET new_value = '{\"name\":\"改过的\"}' WHERE id = 50"),
                        AuditChain.State.EDITED, 50L, 49L),
                Arguments.of("user of a middle row edited", (Tampering) (c, t) ->
                        exec(c, "UPDATE audit_log SET user_name = '别人' WHERE id = 77"),
                        AuditChain.State.EDITED, 77L, 76L),
                Arguments.of("edited row given a recomputed hash", (Tampering) (c, t) -> {
                    exec(c, "UPDATE audit_log SET action = 'INSERT' WHERE id = 30");
                    exec(c, "UPDATE audit_log SET hash = '" + rehash(c, 30) + "' WHERE id = 30");
                }, AuditChain.State.DELETED, 31L, 30L),
                Arguments.of("middle row deleted", (Tampering) (c, t) ->
                        exec(c, "DELETE FROM audit_log WHERE id = 50"),
                        AuditChain.State.DELETED, 51L, 49L),
                Arguments.of("first row deleted", (Tampering) (c, t) ->
                        exec(c, "DELETE FROM audit_log WHERE id = 1"),
                        AuditChain.State.DELETED, 2L, 0L),
                Arguments.of("forged row appended without a hash", (Tampering) (c, t) ->
                        exec(c, "INSERT INTO audit_log(at, user_name, action, entity, entity_id) "
                                + "VALUES ('2024-10-12T10:30:15+08:00', '林晓岚', 'DELETE', 'visit', 3)"),
                        AuditChain.State.INSERTED, (long) ROWS + 1, (long) ROWS),
                Arguments.of("forged row put in the place of a deleted one", (Tampering) (c, t) -> {
                    exec(c, "DELETE FROM audit_log WHERE id = 60");
                    exec(c, "INSERT INTO audit_log(id, at, user_name, action, entity, entity_id, prev_hash, hash) "
                            + "VALUES (60, '2024-10-12T10:30:15+08:00', '林晓岚', 'EXPORT', 'visit', 0, 'x', 'y')");
                }, AuditChain.State.EDITED, 60L, 59L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperings")
    void tamperingIsDetectedAndTheRowNamed(String name, Tampering tampering, AuditChain.State state, long brokenRow,
                                           long lastGoodRow) {
        registerWithHistory();
        db.write(c -> tampering.apply(c, this));
        AuditChain.Verdict verdict = verify();
        assertEquals(state, verdict.state(), verdict.toString());
        assertEquals(brokenRow, verdict.brokenRowId(), verdict.toString());
        assertEquals(lastGoodRow, verdict.lastGoodRowId(), verdict.toString());
        assertTrue(verdict.broken());
    }

    @Test
    void aRowWrittenAfterTamperingDoesNotHealTheChain() {
        registerWithHistory();
        db.write(c -> exec(c, "DELETE FROM audit_log WHERE id = 10"));
        db.write(c -> audit.record(c, AuditLog.Action.EXPORT, "visit", 0, null, null, Map.of("file", "后来.xlsx")));
        assertEquals(new AuditChain.Verdict(AuditChain.State.DELETED, 9, 11, 9), verify());
    }

    @Test
    void theCheckOfARegisterFileReportsTheChain() {
        registerWithHistory();
        db.write(c -> exec(c, "UPDATE audit_log SET old_value = '{}' WHERE id = 5"));
        db.close();
        db = null;
        Path file = dir.resolve(DataFolder.DATABASE_FILE);
        assertEquals(AuditChain.Verdict.NOT_VERIFIED,
                RegisterCheck.of(file, new Migrations(StorageTestSupport.CLOCK)).auditChain(), "only when asked");
        RegisterCheck check = RegisterCheck.of(file, new Migrations(StorageTestSupport.CLOCK), true);
        assertTrue(check.healthy(), "the file itself is sound");
        assertFalse(check.auditChainIntact());
        assertEquals(AuditChain.State.EDITED, check.auditChain().state());
        assertEquals(5, check.auditChain().brokenRowId());
    }

    /** Rows in the shape written before version 5: no chain columns yet. */
    private static void insertOldRow(Connection c, Long id, String action, String newValue) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log(id, at, user_name, action, entity, "
                + "entity_id, entity_uuid, old_value, new_value) VALUES (?,?,?,?,?,?,?,?,?)")) {
            Sql.setLong(ps, 1, id);
            ps.setString(2, StorageTestSupport.NOW);
            ps.setString(3, "周振宇");
            ps.setString(4, action);
            ps.setString(5, "visit");
            ps.setLong(6, 7);
            ps.setString(7, null);
            ps.setString(8, null);
            ps.setString(9, newValue);
            ps.executeUpdate();
        }
    }

    private Database openAtVersion4() {
        return Database.open(dir.resolve(DataFolder.DATABASE_FILE), dir.resolve("backups"),
                new Migrations(Migrations.SCRIPTS.subList(0, 4), StorageTestSupport.CLOCK));
    }

    @Test
    void theMigrationChainsTheRowsOfAVersion4RegisterAndNewRowsContinueTheChain() {
        int oldRows = 2_500; // more than one back-fill batch
        try (Database old = openAtVersion4()) {
            assertEquals(4, old.schemaVersion());
            assertEquals(AuditChain.Verdict.UNCHAINED, old.read(AuditChain::verify));
            old.write(c -> {
                for (int i = 0; i < oldRows; i++) {
                    insertOldRow(c, null, i % 3 == 0 ? "UPDATE" : "INSERT", "{\"summary\":\"来访 " + i + "\"}");
                }
            });
        }
        db = StorageTestSupport.openRegister(dir);
        assertEquals(Migrations.SCRIPTS.size(), db.schemaVersion());
        assertEquals(AuditChain.Verdict.intact(oldRows), verify());
        db.write(c -> audit.record(c, AuditLog.Action.EXPORT, "visit", 0, null, null, Map.of("file", "新.xlsx")));
        assertEquals(AuditChain.Verdict.intact(oldRows + 1), verify());

        db.write(c -> exec(c, "UPDATE audit_log SET new_value = NULL WHERE id = 1234"));
        assertEquals(new AuditChain.Verdict(AuditChain.State.EDITED, 1233, 1234, 1233), verify());
    }

    @Test
    void aCorrectlyChainedRowSlippedIntoAGapOfTheOldLogIsNamed() {
        try (Database old = openAtVersion4()) {
            old.write(c -> {
                for (long id : new long[] {1, 2, 3, 5, 6}) {
                    insertOldRow(c, id, "INSERT", "{\"n\":" + id + "}");
                }
            });
        }
        db = StorageTestSupport.openRegister(dir);
        assertEquals(AuditChain.Verdict.intact(5), verify(), "a gap left before the chain existed is no break");
        db.write(c -> {
            String previous = string(c, "SELECT hash FROM audit_log WHERE id = 3");
            String[] forged = {"4", StorageTestSupport.NOW, "周振宇", "DELETE", "visit", "7", null, null, null};
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log(" + AuditChain.COLUMNS
                    + ", prev_hash, hash) VALUES (4,?,?,?,?,7,NULL,NULL,NULL,?,?)")) {
                ps.setString(1, forged[1]);
                ps.setString(2, forged[2]);
                ps.setString(3, forged[3]);
                ps.setString(4, forged[4]);
                ps.setString(5, previous);
                ps.setString(6, AuditChain.hash(AuditChain.sha256(), previous, forged));
                ps.executeUpdate();
            }
        });
        assertEquals(new AuditChain.Verdict(AuditChain.State.INSERTED, 3, 4, 3), verify());
    }

    private static String rehash(Connection c, long id) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + AuditChain.COLUMNS + ", prev_hash FROM audit_log WHERE id = " + id)) {
            rs.next();
            String[] columns = new String[9];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = rs.getString(i + 1);
            }
            return AuditChain.hash(AuditChain.sha256(), rs.getString(10), columns);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
