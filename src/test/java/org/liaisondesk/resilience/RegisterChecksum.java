package org.liaisondesk.resilience;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * A digest of every table of a register file (FTS shadow tables included) and of its schema version and
 * application id: equal checksums mean not one row was added, removed or changed. Rows are hashed in rowid order,
 * and in sorted order for tables without a rowid. The file is opened read-only, and when it has no {@code -wal}
 * beside it with {@code immutable=1}, so taking a checksum never creates side files.
 */
final class RegisterChecksum {
    private RegisterChecksum() {
    }

    static Map<String, String> of(Path register) {
        Path wal = register.resolveSibling(register.getFileName() + "-wal");
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        String url = "jdbc:sqlite:" + register.toAbsolutePath().toUri() + (Files.exists(wal) ? "" : "?immutable=1");
        try (Connection c = DriverManager.getConnection(url, config.toProperties())) {
            Map<String, String> sums = new LinkedHashMap<>();
            sums.put("PRAGMA user_version", single(c, "PRAGMA user_version"));
            sums.put("PRAGMA application_id", single(c, "PRAGMA application_id"));
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                sums.put(table, digest(rows(c, table)));
            }
            return sums;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + register + ": " + e.getMessage(), e);
        }
    }

    private static List<String> rows(Connection c, String table) throws SQLException {
        boolean withoutRowid;
        try (var ps = c.prepareStatement("SELECT upper(sql) LIKE '%WITHOUT ROWID%' FROM sqlite_schema WHERE name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                withoutRowid = rs.next() && rs.getBoolean(1);
            }
        }
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"" + (withoutRowid ? "" : " ORDER BY rowid"))) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v)).append('\u0001');
                }
                rows.add(row.toString());
            }
        }
        if (withoutRowid) {
            rows.sort(null);
        }
        return rows;
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static String digest(List<String> rows) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String row : rows) {
                sha.update(row.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return rows.size() + ":" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
