package org.liaisondesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.register.roster.data.StationRepository;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;

class AuditLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Database db;
    private final AtomicReference<String> user = new AtomicReference<>("林晓岚");
    private StationRepository stations;

    record AuditRow(String at, String userName, String action, String entity, long entityId, String entityUuid,
                    JsonNode oldValue, JsonNode newValue) {
    }

    @BeforeEach
    void open() {
        db = StorageTestSupport.openRegister(dir);
        stations = new StationRepository(new AuditLog(StorageTestSupport.CLOCK, user::get));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void insertUpdateAndDeleteAreRecordedWithOldAndNewValues() throws Exception {
        Station saved = db.inTransaction(c -> stations.insert(c,
                new Station(null, null, "清溪村联络站", StationKind.VILLAGE, "清溪镇清溪村", "")));
        user.set("周振宇");
        db.inTransaction(c -> stations.update(c,
                new Station(saved.id(), saved.uuid(), "清溪村“微检治”联络站", StationKind.VILLAGE, "清溪镇清溪村党群服务中心", "生态保护")));
        user.set("高建平");
        db.write(c -> stations.softDelete(c, saved.id()));

        List<AuditRow> rows = db.read(AuditLogTest::auditRows);
        assertEquals(3, rows.size(), rows.toString());

        AuditRow insert = rows.get(0);
        assertEquals("INSERT", insert.action());
        assertEquals("station", insert.entity());
        assertEquals(saved.id().longValue(), insert.entityId());
        assertEquals(saved.uuid(), insert.entityUuid());
        assertEquals("林晓岚", insert.userName());
        assertNull(insert.oldValue());
        assertEquals("清溪村联络站", insert.newValue().get("name").asText());
        assertEquals("VILLAGE", insert.newValue().get("kind").asText());
        assertEquals("清溪镇清溪村", insert.newValue().get("address").asText());
        assertEquals(saved.id().longValue(), insert.newValue().get("id").asLong());
        assertEquals(saved.uuid(), insert.newValue().get("uuid").asText());

        AuditRow update = rows.get(1);
        assertEquals("UPDATE", update.action());
        assertEquals("周振宇", update.userName());
        assertEquals(saved.id().longValue(), update.entityId());
        assertEquals("清溪村联络站", update.oldValue().get("name").asText());
        assertEquals("清溪镇清溪村", update.oldValue().get("address").asText());
        assertEquals("清溪村“微检治”联络站", update.newValue().get("name").asText());
        assertEquals("清溪镇清溪村党群服务中心", update.newValue().get("address").asText());
        assertEquals("生态保护", update.newValue().get("note").asText());

        AuditRow delete = rows.get(2);
        assertEquals("DELETE", delete.action());
        assertEquals("高建平", delete.userName());
        assertEquals(saved.uuid(), delete.entityUuid());
        assertEquals("清溪村“微检治”联络站", delete.oldValue().get("name").asText());
        assertNull(delete.newValue());

        for (AuditRow row : rows) {
            assertEquals(StorageTestSupport.CLOCK.instant(), OffsetDateTime.parse(row.at()).toInstant());
            assertEquals(StorageTestSupport.NOW, row.at(), "ISO with the clock's offset");
        }
    }

    @Test
    void timeComesFromTheClockWithItsOffset() throws Exception {
        Clock utc = Clock.fixed(Instant.parse("2025-01-31T23:59:58.750Z"), ZoneId.of("UTC"));
        StationRepository repo = new StationRepository(new AuditLog(utc, () -> "测试"));
        db.inTransaction(c -> repo.insert(c, Station.draft("移动联络站", StationKind.MOBILE)));
        AuditRow row = db.read(AuditLogTest::auditRows).get(0);
        assertEquals("2025-01-31T23:59:58Z", row.at(), "seconds, no fraction, offset Z");
        assertEquals(row.at(), db.read(c -> single(c, "SELECT created_at FROM station")),
                "the row and its audit entry carry the same time");
    }

    @Test
    void blankUserNameFallsBackToTheSystemUser() throws Exception {
        user.set("  ");
        db.inTransaction(c -> stations.insert(c, Station.draft("崇阳街道联络站", StationKind.COMMUNITY)));
        user.set(null);
        db.inTransaction(c -> stations.insert(c, Station.draft("双河街道联络站", StationKind.COMMUNITY)));
        List<AuditRow> rows = db.read(AuditLogTest::auditRows);
        String system = System.getProperty("user.name", "");
        assertEquals(List.of(system, system), rows.stream().map(AuditRow::userName).toList());
    }

    @Test
    void auditRowIsRolledBackWithTheChange() {
        assertThrows(IllegalStateException.class, () -> db.inTransaction(c -> {
            stations.insert(c, Station.draft("城西工业园区联络站", StationKind.INDUSTRIAL_PARK));
            throw new IllegalStateException("the rest of the save failed");
        }));
        assertEquals(0L, (long) db.read(c -> StorageTestSupport.count(c, "audit_log")));
        assertEquals(0L, (long) db.read(c -> StorageTestSupport.count(c, "station")));
    }

    @Test
    void recordWritesExactlyWhatItIsGiven() throws Exception {
        AuditLog log = new AuditLog(StorageTestSupport.CLOCK, () -> "许静怡");
        db.write(c -> log.record(c, AuditLog.Action.RESTORE, "visit", 42L, "uuid-42",
                null, java.util.Map.of("summary", "恢复的接访记录", "peopleCount", 3)));
        AuditRow row = db.read(AuditLogTest::auditRows).get(0);
        assertEquals(new AuditRow(StorageTestSupport.NOW, "许静怡", "RESTORE", "visit", 42L, "uuid-42", null,
                row.newValue()), row);
        assertEquals("恢复的接访记录", row.newValue().get("summary").asText());
        assertEquals(3, row.newValue().get("peopleCount").asInt());
        assertTrue(row.newValue().isObject());
    }

    private static List<AuditRow> auditRows(Connection c) throws SQLException {
        List<AuditRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_log ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new AuditRow(rs.getString("at"), rs.getString("user_name"), rs.getString("action"),
                        rs.getString("entity"), rs.getLong("entity_id"), rs.getString("entity_uuid"),
                        parse(rs.getString("old_value")), parse(rs.getString("new_value"))));
            }
        }
        return rows;
    }

    private static JsonNode parse(String json) throws SQLException {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new SQLException("audit value is not JSON: " + json, e);
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
