package org.liaisondesk.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only health check of a register file: schema version, {@code PRAGMA integrity_check}, the number of live
 * records per table and the verdict on the audit log's hash chain. Opens nothing for writing and migrates nothing.
 */
public record RegisterCheck(Path file, int schemaVersion, List<String> integrity, Map<String, Long> liveCounts,
                            AuditChain.Verdict auditChain) {

    /** A check whose audit chain was not looked at. */
    public RegisterCheck(Path file, int schemaVersion, List<String> integrity, Map<String, Long> liveCounts) {
        this(file, schemaVersion, integrity, liveCounts, AuditChain.Verdict.NOT_VERIFIED);
    }

    /** The file itself is sound (the audit chain is judged apart: see {@link #auditChainIntact()}). */
    public boolean healthy() {
        return List.of("ok").equals(integrity);
    }

    /** False when an audit row was edited, deleted or slipped in; true for an intact or not yet chained log. */
    public boolean auditChainIntact() {
        return !auditChain.broken();
    }

    /**
     * The check without the audit chain, which takes as long as reading the whole log (lists of backups count many
     * files): see {@link #of(Path, Migrations, boolean)}.
     */
    public static RegisterCheck of(Path file, Migrations migrations) {
        return of(file, migrations, false);
    }

    /** Checks the file; with {@code verifyAuditChain} also walks the audit log's hash chain ({@code check} does). */
    public static RegisterCheck of(Path file, Migrations migrations, boolean verifyAuditChain) {
        if (!Files.exists(file)) {
            throw new StorageException("storage.noRegister", file);
        }
        Database.inspectExisting(file, migrations.latestVersion());
        // Not a plain read-only connection: on a closed WAL-mode register that would leave -wal/-shm files behind.
        try (Connection c = Database.connectForInspection(file); Statement st = c.createStatement()) {
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            List<String> integrity = Database.integrityCheck(c);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : Migrations.userTables(c)) {
                counts.put(table, liveCount(c, table));
            }
            // A damaged file's rows cannot be trusted to read back as written, so its chain is not judged.
            AuditChain.Verdict chain = verifyAuditChain && List.of("ok").equals(integrity) ? AuditChain.verify(c)
                    : AuditChain.Verdict.NOT_VERIFIED;
            return new RegisterCheck(file, version, integrity, counts, chain);
        } catch (SQLException e) {
            throw Database.translate(e, file);
        }
    }

    static long liveCount(Connection c, String table) throws SQLException {
        boolean soft = false;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
            while (rs.next()) {
                soft |= "deleted_at".equals(rs.getString("name"));
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + table + "\"" + (soft ? " WHERE deleted_at IS NULL" : ""))) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
