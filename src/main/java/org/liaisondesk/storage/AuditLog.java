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

/**
 * Who changed what, when, with the old and new values as JSON. Written by the repositories inside the
 * same transaction as the change itself, so a change and its audit row are committed together or not at all.
 */
public final class AuditLog {
    public enum Action { INSERT, UPDATE, DELETE, RESTORE }

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

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

    /** The current time as stored in every {@code *_at} column: ISO-8601 with offset. */
    public String now() {
        return OffsetDateTime.now(clock).withNano(0).toString();
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
