package org.liaisondesk.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The audit log as a hash chain (docs/decisions/0026). Every row stores {@code prev_hash}, the hash of the row before
 * it (64 zeros for the first row), and {@code hash}, the SHA-256 of that previous hash and every column of the row in
 * a fixed form. Editing a row breaks its own hash; deleting one breaks the link of the row after it; a row slipped in
 * is either unchained or skipped by the link of the row after it. {@link #verify} walks the rows in id order,
 * streaming, and names the first row where the chain breaks.
 */
public final class AuditChain {
    /** The previous hash of the chain's first row. */
    public static final String GENESIS = "0".repeat(64);

    /** The columns that are hashed, in their hashing order (after the previous hash). */
    static final String COLUMNS = "id, at, user_name, action, entity, entity_id, entity_uuid, old_value, new_value";

    private static final int BACKFILL_BATCH = 1000;

    private AuditChain() {
    }

    /** Where a verification ended. */
    public enum State {
        /** Every row's hash and link are right (also for an empty log). */
        INTACT,
        /** The register is older than the chain (schema version 4 or less): nothing to verify yet. */
        UNCHAINED,
        /** Not looked at (a check that only counts, e.g. of a backup offered for restore). */
        NOT_VERIFIED,
        /** A row's content no longer matches its hash: it was changed after it was written. */
        EDITED,
        /** A row's link does not point to the row before it: one or more rows before it were deleted. */
        DELETED,
        /** A row was added outside the audit log: it carries no hash, or the row after it links past it. */
        INSERTED;

        public boolean broken() {
            return this == EDITED || this == DELETED || this == INSERTED;
        }
    }

    /**
     * The outcome of {@link #verify}: the state, the number of rows that checked out, the id of the first broken row
     * (0 when none) and the id of the last good row before it (0 when none).
     */
    public record Verdict(State state, long verifiedRows, long brokenRowId, long lastGoodRowId) {
        public static Verdict intact(long rows) {
            return new Verdict(State.INTACT, rows, 0, 0);
        }

        public static final Verdict UNCHAINED = new Verdict(State.UNCHAINED, 0, 0, 0);
        public static final Verdict NOT_VERIFIED = new Verdict(State.NOT_VERIFIED, 0, 0, 0);

        public boolean broken() {
            return state.broken();
        }

        /** The message key that describes this verdict; its arguments are {@link #messageArgs()}. */
        public String messageKey() {
            return switch (state) {
                case INTACT -> "audit.chain.intact";
                case UNCHAINED -> "audit.chain.unchained";
                case NOT_VERIFIED -> "audit.chain.notVerified";
                case EDITED -> "audit.chain.edited";
                case DELETED -> "audit.chain.deleted";
                case INSERTED -> "audit.chain.inserted";
            };
        }

        public Object[] messageArgs() {
            return new Object[] {state == State.INTACT ? verifiedRows : brokenRowId, lastGoodRowId};
        }
    }

    /** The newest row of the chain: its id and hash. */
    public record Head(long id, String hash) {
        static final Head EMPTY = new Head(0, GENESIS);
    }

    /** The newest row of the log: its id and hash. */
    static final String HEAD_QUERY = "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1";

    /** The newest row of the log, or {@link Head#EMPTY} when the log is empty. */
    static Head head(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HEAD_QUERY)) {
            return head(ps);
        }
    }

    /** {@link #head(Connection)} with the query prepared by the caller. */
    static Head head(PreparedStatement headQuery) throws SQLException {
        try (ResultSet rs = headQuery.executeQuery()) {
            if (!rs.next()) {
                return Head.EMPTY;
            }
            String hash = rs.getString(2);
            return new Head(rs.getLong(1), hash == null ? GENESIS : hash);
        }
    }

    /** The head of the chain of a register file, read without writing anything; empty when it has no chain. */
    public static Optional<Head> headOf(Connection c) throws SQLException {
        if (!isChained(c)) {
            return Optional.empty();
        }
        return Optional.of(head(c));
    }

    /** True when the register's audit log has the chain's columns (schema version 5 or later). */
    static boolean isChained(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(audit_log)")) {
            while (rs.next()) {
                if ("hash".equals(rs.getString("name"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The hash of one row: SHA-256 over the previous hash, then each of {@code columns} (id, at, user_name, action,
     * entity, entity_id, entity_uuid, old_value, new_value, all as text) written as {@code N} for NULL or as
     * {@code S<length of the UTF-8 bytes>:<the bytes>}, so that no two rows share an encoding. Lower-case hex.
     */
    static String hash(MessageDigest sha, String previousHash, String... columns) {
        byte[][] bytes = new byte[columns.length][];
        for (int i = 0; i < columns.length; i++) {
            bytes[i] = columns[i] == null ? null : columns[i].getBytes(StandardCharsets.UTF_8);
        }
        return hash(sha, previousHash, bytes);
    }

    /** {@link #hash(MessageDigest, String, String...)} over the columns' UTF-8 bytes as SQLite stores them. */
    static String hash(MessageDigest sha, String previousHash, byte[]... columns) {
        sha.reset();
        sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        for (byte[] value : columns) {
            if (value == null) {
                sha.update((byte) 'N');
            } else {
                sha.update((byte) 'S');
                sha.update(Integer.toString(value.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(value);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String[] columns(ResultSet rs) throws SQLException {
        String[] values = new String[9];
        for (int i = 0; i < values.length; i++) {
            values[i] = rs.getString(i + 1);
        }
        return values;
    }

    /**
     * Chains the rows written before the chain existed, in id order, starting from {@link #GENESIS}. Runs inside the
     * migration's transaction; reads a batch, then updates it, so the table is never changed under an open cursor.
     */
    static void backfill(Connection c) throws SQLException {
        MessageDigest sha = sha256();
        String previous = GENESIS;
        long after = Long.MIN_VALUE;
        try (PreparedStatement read = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_log WHERE id > ? "
                + "ORDER BY id LIMIT " + BACKFILL_BATCH);
             PreparedStatement update = c.prepareStatement(
                     "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?")) {
            while (true) {
                List<String[]> batch = new ArrayList<>(BACKFILL_BATCH);
                read.setLong(1, after);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        batch.add(columns(rs));
                    }
                }
                if (batch.isEmpty()) {
                    return;
                }
                for (String[] row : batch) {
                    String hash = hash(sha, previous, row);
                    update.setString(1, previous);
                    update.setString(2, hash);
                    update.setLong(3, Long.parseLong(row[0]));
                    update.addBatch();
                    previous = hash;
                }
                update.executeBatch();
                after = Long.parseLong(batch.get(batch.size() - 1)[0]);
            }
        }
    }

    /**
     * Walks the whole log in id order and stops at the first broken row. Memory stays flat: one row at a time and
     * the hashes of the two rows before it (to tell a slipped-in row from a deleted one).
     */
    public static Verdict verify(Connection c) throws SQLException {
        if (!isChained(c)) {
            return Verdict.UNCHAINED;
        }
        MessageDigest sha = sha256();
        long verified = 0;
        long lastGoodId = 0;
        long beforeLastGoodId = 0;
        String expectedPrevious = GENESIS;
        String beforeLastGood = null;
        try (Statement st = c.createStatement()) {
            st.setFetchSize(1000);
            try (ResultSet rs = st.executeQuery("SELECT " + COLUMNS + ", prev_hash, hash FROM audit_log ORDER BY id")) {
                byte[][] row = new byte[9][];
                while (rs.next()) {
                    // The stored bytes are hashed as they are: no decoding to Java text and back.
                    for (int i = 0; i < row.length; i++) {
                        byte[] value = rs.getBytes(i + 1);
                        // SQLite hands out no bytes for an empty text; it is still a value, not NULL.
                        row[i] = value == null && !rs.wasNull() ? new byte[0] : value;
                    }
                    long id = rs.getLong(1);
                    String storedPrevious = rs.getString(10);
                    String stored = rs.getString(11);
                    if (stored == null || storedPrevious == null) {
                        return new Verdict(State.INSERTED, verified, id, lastGoodId);
                    }
                    if (!stored.equals(hash(sha, storedPrevious, row))) {
                        return new Verdict(State.EDITED, verified, id, lastGoodId);
                    }
                    if (!storedPrevious.equals(expectedPrevious)) {
                        // The row links to the one before the last good row: that last row was slipped in.
                        return storedPrevious.equals(beforeLastGood)
                                ? new Verdict(State.INSERTED, verified - 1, lastGoodId, beforeLastGoodId)
                                : new Verdict(State.DELETED, verified, id, lastGoodId);
                    }
                    beforeLastGood = expectedPrevious;
                    expectedPrevious = stored;
                    beforeLastGoodId = lastGoodId;
                    lastGoodId = id;
                    verified++;
                }
            }
        }
        return Verdict.intact(verified);
    }
}
