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
    public enum Action { INSERT, UPDATE, DELETE, RESTORE, EXPORT, GENERATE }

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Fixed width (seconds always written), so that stored times sort as text. */
    private static final java.time.format.DateTimeFormatter TIMESTAMP =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final Clock clock;
    private final Supplier<String> userName;

    public AuditLog(Clock clock, Supplier<String> userName) {
        this.clock = clock;
        this.userName = userName;
    }

    public void record(Connection c, Action action, String entity, long entityId, String entityUuid,
                       Object oldValue, Object newValue) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_log(at, user_name, action, entity, entity_id, entity_uuid, old_value, new_value) "
                        + "VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, now());
            ps.setString(2, currentUser());
            ps.setString(3, action.name());
            ps.setString(4, entity);
            ps.setLong(5, entityId);
            ps.setString(6, entityUuid);
            ps.setString(7, toJson(oldValue));
            ps.setString(8, toJson(newValue));
            ps.executeUpdate();
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

    static java.util.List<HistoryEntry.FieldChange> changes(String oldJson, String newJson) {
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
