package org.liaisondesk.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The planner statistics ({@code sqlite_stat1}) of the generated 1,000,000-record register at the latest schema,
 * from {@code org/liaisondesk/storage/stat1-1m.csv} (dumped from a copy of it opened by the app). Loaded into a small
 * test register, they make SQLite plan its statements as it does at 1M: with statistics it prices table look-ups and
 * chooses other indexes and join orders than without. The 1M register's samples (sqlite_stat4) are not in the file;
 * the small register's are removed, so ranges are estimated from sqlite_stat1 alone. Connections opened before the
 * load may keep the old figures.
 */
public final class MillionRecordStatistics {
    private static final String FILE = "/org/liaisondesk/storage/stat1-1m.csv";

    private MillionRecordStatistics() {
    }

    /** Replaces the register's statistics with the 1M register's, on {@code c} (in a write transaction). */
    public static void load(Connection c) throws SQLException {
        List<String[]> rows = rows();
        try (Statement st = c.createStatement()) {
            st.execute("ANALYZE");
            st.execute("DELETE FROM sqlite_stat1");
            // The engine keeps samples (sqlite_stat4) too; the small register's would steer range estimates.
            st.execute("DELETE FROM sqlite_stat4");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sqlite_stat1(tbl, idx, stat) VALUES (?, ?, ?)")) {
            for (String[] row : rows) {
                ps.setString(1, row[0]);
                ps.setString(2, row[1]);
                ps.setString(3, row[2]);
                ps.executeUpdate();
            }
        }
    }

    /** The rows of the file: table, index, figures; rows without an index are left out. */
    public static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = MillionRecordStatistics.class.getResourceAsStream(FILE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.split(",", 3);
                if (cells.length == 3 && !cells[1].isEmpty()) {
                    rows.add(new String[] {cells[0], cells[1], cells[2].replace("\"", "")});
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (rows.size() < 40) {
            throw new IllegalStateException("statistics rows: " + rows.size());
        }
        return rows;
    }
}
