package org.liaisondesk.register.reference.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.Sql;

/** SQL for the editable reference lists ({@code reference_item}). */
public final class ReferenceRepository {
    public static final String ENTITY = "reference_item";
    private final AuditLog audit;

    public ReferenceRepository(AuditLog audit) {
        this.audit = audit;
    }

    public List<ReferenceItem> listLive(Connection c, ReferenceList list) throws SQLException {
        List<ReferenceItem> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM reference_item WHERE list = ? AND deleted_at IS NULL ORDER BY sort_order, id")) {
            ps.setString(1, list.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(map(rs));
                }
            }
        }
        return items;
    }

    public Optional<ReferenceItem> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM reference_item WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public boolean nameTaken(Connection c, ReferenceList list, String name, Long exceptId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM reference_item WHERE list = ? AND name = ? "
                + "AND deleted_at IS NULL AND id IS NOT ?")) {
            ps.setString(1, list.name());
            ps.setString(2, name.strip());
            if (exceptId == null) {
                ps.setNull(3, java.sql.Types.INTEGER);
            } else {
                ps.setLong(3, exceptId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public ReferenceItem insert(Connection c, ReferenceItem item) throws SQLException {
        String uuid = item.uuid() != null ? item.uuid() : UUID.randomUUID().toString();
        String now = audit.now();
        int order = item.sortOrder();
        if (order == Integer.MAX_VALUE) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COALESCE(max(sort_order), 0) + 1 FROM reference_item WHERE list = ?")) {
                ps.setString(1, item.list().name());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    order = rs.getInt(1);
                }
            }
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reference_item(uuid, list, name, sort_order, "
                + "created_at, updated_at) VALUES (?,?,?,?,?,?) RETURNING id")) {
            ps.setString(1, uuid);
            ps.setString(2, item.list().name());
            ps.setString(3, item.name().strip());
            ps.setInt(4, order);
            ps.setString(5, now);
            ps.setString(6, now);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        ReferenceItem saved = new ReferenceItem(id, uuid, item.list(), item.name().strip(), order);
        audit.record(c, AuditLog.Action.INSERT, ENTITY, id, uuid, null, saved);
        return saved;
    }

    public ReferenceItem update(Connection c, ReferenceItem item) throws SQLException {
        ReferenceItem old = find(c, item.id()).orElseThrow(() -> new IllegalArgumentException("no item " + item.id()));
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE reference_item SET name = ?, sort_order = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, item.name().strip());
            ps.setInt(2, item.sortOrder());
            ps.setString(3, audit.now());
            ps.setLong(4, item.id());
            ps.executeUpdate();
        }
        ReferenceItem saved = find(c, item.id()).orElseThrow();
        audit.record(c, AuditLog.Action.UPDATE, ENTITY, item.id(), old.uuid(), old, saved);
        return saved;
    }

    public void softDelete(Connection c, long id) throws SQLException {
        ReferenceItem old = find(c, id).orElseThrow(() -> new IllegalArgumentException("no item " + id));
        Sql.setDeletedAt(c, "reference_item", id, audit.now());
        audit.record(c, AuditLog.Action.DELETE, ENTITY, id, old.uuid(), old, null);
    }

    /** Brings a deleted entry back into its pick list. */
    public void restore(Connection c, long id) throws SQLException {
        ReferenceItem item = find(c, id).orElseThrow(() -> new IllegalArgumentException("no item " + id));
        Sql.setDeletedAt(c, "reference_item", id, null);
        audit.record(c, AuditLog.Action.RESTORE, ENTITY, id, item.uuid(), null, item);
    }

    public boolean isDeleted(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT deleted_at IS NOT NULL FROM reference_item WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /**
     * How many live records use the entry: liaisons with this role, or cases of this business. Records in the
     * recycle bin do not count; they keep showing the entry's name whatever happens to it.
     */
    public long countUses(Connection c, ReferenceItem item) throws SQLException {
        String sql = switch (item.list()) {
            case LIAISON_ROLE -> "SELECT count(*) FROM liaison WHERE role_id = ? AND deleted_at IS NULL";
            case BUSINESS -> "SELECT count(*) FROM matter WHERE business_id = ? AND deleted_at IS NULL";
        };
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, item.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static ReferenceItem map(ResultSet rs) throws SQLException {
        return new ReferenceItem(rs.getLong("id"), rs.getString("uuid"), ReferenceList.valueOf(rs.getString("list")),
                rs.getString("name"), rs.getInt("sort_order"));
    }
}
