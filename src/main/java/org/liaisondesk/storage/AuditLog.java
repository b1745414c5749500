package org.liaisondesk.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.Supplier;
import org.liaisondesk.common.model.HistoryEntry;

/**
 * Who changed what, when, with the old and new values as JSON. Written by the repositories inside the
 * same transaction as the change itself, so a change and its audit row are committed together or not at all.
 */
public final class AuditLog {
    /**
     * What a row records. RESTORE brings one record back from the recycle bin; RESTORE_REGISTER puts a backup in the
     * place of the whole register; VIEW opens a record holding a protected person's data unmasked; IMPORT brings a
     * file into the register (its records have their own INSERT and UPDATE rows).
     */
    public enum Action { INSERT, UPDATE, DELETE, RESTORE, EXPORT, GENERATE, BACKUP, RESTORE_REGISTER, VIEW, IMPORT }

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Fixed width (seconds always written), so that stored times sort as text. */
    private static final java.time.format.DateTimeFormatter TIMESTAMP =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    /** The VIEW row's value: whose data an editor showed unmasked (docs/decisions/0026). */
    public record UnmaskedView(String protectedPerson) {
        public static final UnmaskedView MINOR = new UnmaskedView("MINOR");
    }

    private static final String INSERT =
            "INSERT INTO audit_log(" + AuditChain.COLUMNS + ", prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)";

    private final Clock clock;
    private final Supplier<String> userName;
    private final java.security.MessageDigest sha256 = AuditChain.sha256();
    /**
     * The head query and the insert, prepared once for the connection that writes (the register's one writer): the
     * bulk importers write thousands of rows in a transaction, and preparing two statements per row tripled the cost.
     */
    private Connection preparedFor;
    private PreparedStatement headQuery;
    private PreparedStatement insert;

    public AuditLog(Clock clock, Supplier<String> userName) {
        this.clock = clock;
        this.userName = userName;
    }

    /**
     * Appends one row to the chain (see {@link AuditChain}): its id is one past the newest row and its previous hash
     * that row's hash, both read inside the caller's write transaction, so two writers can never fork the chain.
     */
    public synchronized void record(Connection c, Action action, String entity, long entityId, String entityUuid,
                                    Object oldValue, Object newValue) throws SQLException {
        prepare(c);
        AuditChain.Head head = AuditChain.head(headQuery);
        long id = head.id() + 1;
        String[] columns = {Long.toString(id), now(), currentUser(), action.name(), entity, Long.toString(entityId),
                entityUuid, toJson(oldValue), toJson(newValue)};
        String hash = AuditChain.hash(sha256, head.hash(), columns);
        for (int i = 0; i < columns.length; i++) {
            insert.setString(i + 1, columns[i]);
        }
        // The keys as integers, so that they compare and index as the rest of the register's keys do.
        insert.setLong(1, id);
        insert.setLong(6, entityId);
        insert.setString(10, head.hash());
        insert.setString(11, hash);
        insert.executeUpdate();
    }

    private void prepare(Connection c) throws SQLException {
        if (c != preparedFor || headQuery.isClosed() || insert.isClosed()) {
            if (preparedFor != null) {
                headQuery.close();
                insert.close();
            }
            headQuery = c.prepareStatement(AuditChain.HEAD_QUERY);
            insert = c.prepareStatement(INSERT);
            preparedFor = c;
        }
    }

    /**
     * The history of one record, oldest first, with the fields that changed in each step. Reads the rows the
     * repositories wrote; fields whose value did not change are left out.
     */
    public static java.util.List<HistoryEntry> history(Connection c, String entity, long entityId) throws SQLException {
        java.util.List<HistoryEntry> entries = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT at, user_name, action, old_value, new_value FROM audit_log "
                + "WHERE entity = ? AND entity_id = ? ORDER BY id")) {
            ps.setString(1, entity);
            ps.setLong(2, entityId);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new HistoryEntry(rs.getString("at"), rs.getString("user_name"), rs.getString("action"),
                            changes(rs.getString("old_value"), rs.getString("new_value"))));
                }
            }
        }
        return entries;
    }

    /** The fields that differ between two audit values (JSON objects), id and uuid left out. */
    public static java.util.List<HistoryEntry.FieldChange> changes(String oldJson, String newJson) {
        com.fasterxml.jackson.databind.JsonNode before = parse(oldJson);
        com.fasterxml.jackson.databind.JsonNode after = parse(newJson);
        java.util.Set<String> fields = new java.util.LinkedHashSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        java.util.List<HistoryEntry.FieldChange> changes = new java.util.ArrayList<>();
        for (String f : fields) {
            if (f.equals("id") || f.equals("uuid")) {
                continue;
            }
            String o = text(before.get(f));
            String n = text(after.get(f));
            if (!o.equals(n)) {
                changes.add(new HistoryEntry.FieldChange(f, o, n));
            }
        }
        return changes;
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
        try {
            return json == null ? JSON.createObjectNode() : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode node) {
        return node == null || node.isNull() ? "" : node.isValueNode() ? node.asText() : node.toString();
    }

    /** The current time as stored in every {@code *_at} column: ISO-8601 with offset. */
    public String now() {
        return OffsetDateTime.now(clock).format(TIMESTAMP);
    }

    private String currentUser() {
        String name = userName.get();
        return name == null || name.isBlank() ? System.getProperty("user.name", "") : name;
    }

    private static String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write audit value of " + value.getClass(), e);
        }
    }
}
