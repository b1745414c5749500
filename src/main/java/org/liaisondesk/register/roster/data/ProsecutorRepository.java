package org.liaisondesk.register.roster.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.Sql;

/** SQL for the {@code prosecutor} table. */
public final class ProsecutorRepository {
    public static final String ENTITY = "prosecutor";
    private final AuditLog audit;

    public ProsecutorRepository(AuditLog audit) {
        this.audit = audit;
    }

    public List<Prosecutor> listLive(Connection c) throws SQLException {
        List<Prosecutor> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM prosecutor WHERE deleted_at IS NULL ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(map(rs));
            }
        }
        return result;
    }

    public Optional<Prosecutor> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM prosecutor WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public boolean nameTaken(Connection c, String name, Long exceptId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM prosecutor WHERE name = ? AND deleted_at IS NULL AND id IS NOT ?")) {
            ps.setString(1, name.strip());
            Sql.setLong(ps, 2, exceptId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public Prosecutor insert(Connection c, Prosecutor p) throws SQLException {
        String uuid = p.uuid() != null ? p.uuid() : UUID.randomUUID().toString();
        String now = audit.now();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO prosecutor(uuid, name, phone, station_id, note, created_at, updated_at) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, uuid);
            ps.setString(2, p.name().strip());
            Sql.setText(ps, 3, p.phone());
            Sql.setLong(ps, 4, p.stationId());
            Sql.setText(ps, 5, p.note());
            ps.setString(6, now);
            ps.setString(7, now);
            ps.executeUpdate();
        }
        Prosecutor saved = p.withId(StationRepository.lastId(c), uuid);
        audit.record(c, AuditLog.Action.INSERT, ENTITY, saved.id(), uuid, null, saved);
        return saved;
    }

    public Prosecutor update(Connection c, Prosecutor p) throws SQLException {
        Prosecutor old = find(c, p.id()).orElseThrow(() -> new IllegalArgumentException("no prosecutor " + p.id()));
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE prosecutor SET name=?, phone=?, station_id=?, note=?, updated_at=? WHERE id=?")) {
            ps.setString(1, p.name().strip());
            Sql.setText(ps, 2, p.phone());
            Sql.setLong(ps, 3, p.stationId());
            Sql.setText(ps, 4, p.note());
            ps.setString(5, audit.now());
            ps.setLong(6, p.id());
            ps.executeUpdate();
        }
        Prosecutor saved = find(c, p.id()).orElseThrow();
        audit.record(c, AuditLog.Action.UPDATE, ENTITY, p.id(), old.uuid(), old, saved);
        return saved;
    }

    public void softDelete(Connection c, long id) throws SQLException {
        Prosecutor old = find(c, id).orElseThrow(() -> new IllegalArgumentException("no prosecutor " + id));
        Sql.setDeletedAt(c, "prosecutor", id, audit.now());
        audit.record(c, AuditLog.Action.DELETE, ENTITY, id, old.uuid(), old, null);
    }

    private static Prosecutor map(ResultSet rs) throws SQLException {
        return new Prosecutor(rs.getLong("id"), rs.getString("uuid"), rs.getString("name"),
                Sql.text(rs, "phone"), Sql.nullableLong(rs, "station_id"), Sql.text(rs, "note"));
    }
}
