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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema versions that add or rebuild indexes (V006, docs/decisions/0029; V007, 0030): their indexes exist as
 * written, and get statistics where the register had statistics, none where it had none.
 */
class IndexStatisticsMigrationTest {
    @TempDir
    Path dir;

    /**
     * The version, the indexes its Java step analyses, one of them on the visits (the only rows these registers
     * hold, so the one sure to get statistics), and an index with a part of its definition.
     */
    static Stream<Arguments> versions() {
        String v6 = "V006__count_indexes.sql";
        String v7 = "V007__statistics_indexes.sql";
        return Stream.of(
                Arguments.of(v6, IndexStatistics.V006, "visit_by_date", "visit_by_date", "id DESC, deleted_at)"),
                Arguments.of(v7, IndexStatistics.V007, "visit_stats", "visit_stats",
                        "(visit_date, station_id, prosecutor_id, category, people_count, deleted_at)"),
                Arguments.of(v7, IndexStatistics.V007, "visit_stats", "lead_by_station",
                        "(station_id, received_on DESC, id DESC, deleted_at)"),
                Arguments.of(v7, IndexStatistics.V007, "visit_stats", "matter_by_station_accepted",
                        "(station_id, accepted_on DESC, id DESC, deleted_at)"),
                Arguments.of(v7, IndexStatistics.V007, "visit_stats", "visit_petition_by_concluded",
                        "(concluded_on, station_id, prosecutor_id, category, deleted_at)"));
    }

    private Database openAt(int version) {
        return Database.open(dir.resolve(DataFolder.DATABASE_FILE), dir.resolve("backups"),
                new Migrations(Migrations.SCRIPTS.subList(0, version), CLOCK));
    }

    private static int version(String script) {
        return Migrations.SCRIPTS.indexOf(script) + 1;
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("versions")
    void anAnalysedRegisterGetsTheStatisticsOfTheNewIndexes(String script, List<String> indexes, String visitIndex,
            String index, String definition) {
        int version = version(script);
        try (Database db = openAt(version - 1)) {
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
        }
        try (Database db = openAt(version)) {
            assertEquals(version, db.schemaVersion());
            TreeSet<String> analysed = db.read(c -> analysed(c, indexes));
            assertTrue(analysed.contains(visitIndex), analysed.toString());
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("ANALYZE");
                }
            });
            assertEquals(db.read(c -> analysed(c, indexes)), analysed,
                    "each index that a full ANALYZE gives statistics already had them after the migration");
            String sql = db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?")) {
                    ps.setString(1, index);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getString(1) : "";
                    }
                }
            });
            assertTrue(sql.replaceAll("\\s+", " ").contains(definition), sql);
            assertTrue(sql.contains("WHERE deleted_at IS NULL"), sql);
        }
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("versions")
    void aRegisterWithoutStatisticsIsNotAnalysed(String script, List<String> indexes, String visitIndex,
            String index, String definition) {
        int version = version(script);
        try (Database db = openAt(version - 1)) {
            db.write(c -> insertVisit(c, insertStation(c, "白沙村联络站"), insertProsecutor(c, "周检察官", null), "咨询"));
        }
        try (Database db = openAt(version)) {
            assertEquals(version, db.schemaVersion());
            assertFalse(db.<Boolean>read(c -> tableExists(c, "sqlite_stat1")));
        }
    }

    /** Which of {@code indexes} have a row in sqlite_stat1. */
    private static TreeSet<String> analysed(Connection c, List<String> indexes) throws SQLException {
        TreeSet<String> found = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT idx FROM sqlite_stat1");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String idx = rs.getString(1);
                if (idx != null && indexes.contains(idx)) {
                    found.add(idx);
                }
            }
        }
        return found;
    }
}
