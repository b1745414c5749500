package org.liaisondesk.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Plain-SQL helpers for the storage tests: rows without the repositories, file fingerprints, side files. */
final class StorageTestSupport {
    /** 2024-10-12 10:30:15 in Beijing. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-10-12T02:30:15Z"), ZoneId.of("Asia/Shanghai"));
    static final String NOW = "2024-10-12T10:30:15+08:00";

    private StorageTestSupport() {
    }

    static Database openRegister(Path dir) {
        return Database.open(dir.resolve(DataFolder.DATABASE_FILE), dir.resolve("backups"), new Migrations(CLOCK));
    }

    static long insertStation(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO station(uuid, name, kind, created_at, updated_at) VALUES (?,?,?,?,?)")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setString(2, name);
            ps.setString(3, "VILLAGE");
            ps.setString(4, NOW);
            ps.setString(5, NOW);
            ps.executeUpdate();
        }
        return lastId(c);
    }

    static long insertProsecutor(Connection c, String name, Long stationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO prosecutor(uuid, name, station_id, created_at, updated_at) VALUES (?,?,?,?,?)")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setString(2, name);
            Sql.setLong(ps, 3, stationId);
            ps.setString(4, NOW);
            ps.setString(5, NOW);
            ps.executeUpdate();
        }
        return lastId(c);
    }

    static long insertVisit(Connection c, long stationId, long prosecutorId, String summary) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO visit(uuid, visit_date, station_id, prosecutor_id, form, category, summary, handling, "
                        + "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setString(2, "2024-10-11");
            ps.setLong(3, stationId);
            ps.setLong(4, prosecutorId);
            ps.setString(5, "IN_PERSON");
            ps.setString(6, "CONSULTATION");
            ps.setString(7, summary);
            ps.setString(8, "ANSWERED_ON_SPOT");
            ps.setString(9, NOW);
            ps.setString(10, NOW);
            ps.executeUpdate();
        }
        return lastId(c);
    }

    static void softDelete(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET deleted_at = ? WHERE id = ?")) {
            ps.setString(1, NOW);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static boolean tableExists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_schema WHERE type='table' AND name=?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static int intPragma(Connection c, String pragma) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static String textPragma(Connection c, String pragma) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static long lastId(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The -wal, -shm and -journal files that exist next to {@code file}. */
    static List<Path> sideFiles(Path file) {
        List<Path> found = new ArrayList<>();
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            Path p = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(p)) {
                found.add(p);
            }
        }
        return found;
    }

    static List<String> fileNames(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
