package org.liaisondesk.register.roster.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.Sql;

/** SQL for the {@code station} table. Methods take the connection of the caller's transaction. */
public final class StationRepository {
    public static final String ENTITY = "station";
    private final AuditLog audit;

    public StationRepository(AuditLog audit) {
        this.audit = audit;
    }

    public List<Station> listLive(Connection c) throws SQLException {
        List<Station> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM station WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(map(rs));
            }
        }
        return result;
    }

    public Optional<Station> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM station WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public boolean nameTaken(Connection c, String name, Long exceptId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM station WHERE name = ? AND deleted_at IS NULL AND id IS NOT ?")) {
            ps.setString(1, name.strip());
            Sql.setLong(ps, 2, exceptId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public Station insert(Connection c, Station s) throws SQLException {
        String uuid = s.uuid() != null ? s.uuid() : UUID.randomUUID().toString();
        String now = audit.now();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO station(uuid, name, kind, address, note, created_at, updated_at) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, uuid);
            ps.setString(2, s.name().strip());
            ps.setString(3, s.kind().name());
            Sql.setText(ps, 4, s.address());
            Sql.setText(ps, 5, s.note());
            ps.setString(6, now);
            ps.setString(7, now);
            ps.executeUpdate();
        }
        Station saved = s.withId(lastId(c), uuid);
        audit.record(c, AuditLog.Action.INSERT, ENTITY, saved.id(), uuid, null, saved);
        return saved;
    }

    public Station update(Connection c, Station s) throws SQLException {
        Station old = find(c, s.id()).orElseThrow(() -> new IllegalArgumentException("no station " + s.id()));
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE station SET name=?, kind=?, address=?, note=?, updated_at=? WHERE id=?")) {
            ps.setString(1, s.name().strip());
            ps.setString(2, s.kind().name());
            Sql.setText(ps, 3, s.address());
            Sql.setText(ps, 4, s.note());
            ps.setString(5, audit.now());
            ps.setLong(6, s.id());
            ps.executeUpdate();
        }
        Station saved = find(c, s.id()).orElseThrow();
        audit.record(c, AuditLog.Action.UPDATE, ENTITY, s.id(), old.uuid(), old, saved);
        return saved;
    }

    public void softDelete(Connection c, long id) throws SQLException {
        Station old = find(c, id).orElseThrow(() -> new IllegalArgumentException("no station " + id));
        Sql.setDeletedAt(c, "station", id, audit.now());
        audit.record(c, AuditLog.Action.DELETE, ENTITY, id, old.uuid(), old, null);
    }

    public long countLive(Connection c) throws SQLException {
        return Sql.countLive(c, "station");
    }

    static long lastId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Station map(ResultSet rs) throws SQLException {
        return new Station(rs.getLong("id"), rs.getString("uuid"), rs.getString("name"),
                StationKind.valueOf(rs.getString("kind")), Sql.text(rs, "address"), Sql.text(rs, "note"));
    }
}
