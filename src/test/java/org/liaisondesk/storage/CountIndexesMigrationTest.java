package org.liaisondesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.storage.StorageTestSupport.CLOCK;
import static org.liaisondesk.storage.StorageTestSupport.insertProsecutor;
import static org.liaisondesk.storage.StorageTestSupport.insertStation;
import static org.liaisondesk.storage.StorageTestSupport.insertVisit;
import static org.liaisondesk.storage.StorageTestSupport.tableExists;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema V006 (docs/decisions/0029): the rebuilt count indexes, and their statistics kept where there were any. */
class CountIndexesMigrationTest {
    private static final int V006 = Migrations.SCRIPTS.indexOf("V006__count_indexes.sql") + 1;

    @TempDir
    Path dir;

    private Database openAt(int version) {
        return Database.open(dir.resolve(DataFolder.DATABASE_FILE), dir.resolve("backups"),
                new Migrations(Migrations.SCRIPTS.subList(0, version), CLOCK));
    }

    @Test
    void anAnalysedRegisterKeepsTheStatisticsOfTheRebuiltIndexes() {
        TreeSet<String> before;
        try (Database db = openAt(V006 - 1)) {
            db.write(c -> {
                long station = insertStation(c, "清溪村“微检治”联络站");
                long prosecutor = insertProsecutor(c, "李检察官", station);
                for (int i = 0; i < 3; i++) {
                    insertVisit(c, station, prosecutor, "反映欠薪" + i);
                }
                try (Statement st = c.createStatement()) {
                    st.execute("ANALYZE");
                }
            });
            before = db.read(CountIndexesMigrationTest::analysedRebuilt);
            assertTrue(before.contains("visit_by_date"), before.toString());
        }
        try (Database db = openAt(V006)) {
            assertEquals(V006, db.schemaVersion());
            assertEquals(before, db.read(CountIndexesMigrationTest::analysedRebuilt),
                    "dropping the index dropped its statistics; the step analyses it again");
            String visitDate = db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = 'visit_by_date'");
                     ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "";
                }
            });
            assertTrue(visitDate.contains("id DESC, deleted_at)"), visitDate);
        }
    }

    @Test
    void aRegisterWithoutStatisticsIsNotAnalysed() {
        try (Database db = openAt(V006)) {
            assertEquals(V006, db.schemaVersion());
            assertFalse(db.<Boolean>read(c -> tableExists(c, "sqlite_stat1")));
        }
    }

    /** Which of the rebuilt indexes have a row in sqlite_stat1. */
    private static TreeSet<String> analysedRebuilt(java.sql.Connection c) throws java.sql.SQLException {
        TreeSet<String> found = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT idx FROM sqlite_stat1");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String idx = rs.getString(1);
                if (idx != null && CountIndexes.REBUILT.containsKey(idx)) {
                    found.add(idx);
                }
            }
        }
        return found;
    }
}
