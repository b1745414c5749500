package org.liaisondesk.register.roster.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaisondesk.common.model.Cursor;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.LiaisonQuery;
import org.liaisondesk.register.roster.model.LiaisonRow;
import org.liaisondesk.register.roster.model.LiaisonSort;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.Keyset;
import org.liaisondesk.storage.Sql;
import org.liaisondesk.storage.SqlWhere;
import org.liaisondesk.storage.TextSearch;

/** SQL for the {@code liaison} table: liaisons and volunteers, searched by name, grid and note. */
public final class LiaisonRepository {
    public static final String ENTITY = "liaison";
    private static final List<String> SEARCHED = List.of("l.name", "l.grid", "l.note");
    private static final String LEADS_SENT =
            "(SELECT count(*) FROM lead WHERE lead.reporter_liaison_id = l.id AND lead.deleted_at IS NULL)";
    private final AuditLog audit;

    public LiaisonRepository(AuditLog audit) {
        this.audit = audit;
    }

    /** The log this repository records changes in; exports of the liaison roster are recorded there too. */
    public AuditLog audit() {
        return audit;
    }

    public Liaison insert(Connection c, Liaison l) throws SQLException {
        String uuid = l.uuid() != null ? l.uuid() : UUID.randomUUID().toString();
        String now = audit.now();
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO liaison(uuid, name, role_id, station_id, grid, phone, "
                + "appointed_on, note, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id")) {
            ps.setString(1, uuid);
            int i = bind(ps, 2, l);
            ps.setString(i, now);
            ps.setString(i + 1, now);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        Liaison saved = l.withId(id, uuid);
        audit.record(c, AuditLog.Action.INSERT, ENTITY, id, uuid, null, saved);
        return saved;
    }

    public Liaison update(Connection c, Liaison l) throws SQLException {
        Liaison old = find(c, l.id()).orElseThrow(() -> new IllegalArgumentException("no liaison " + l.id()));
        try (PreparedStatement ps = c.prepareStatement("UPDATE liaison SET name=?, role_id=?, station_id=?, grid=?, "
                + "phone=?, appointed_on=?, note=?, updated_at=? WHERE id=?")) {
            int i = bind(ps, 1, l);
            ps.setString(i, audit.now());
            ps.setLong(i + 1, l.id());
            ps.executeUpdate();
        }
        Liaison saved = find(c, l.id()).orElseThrow();
        audit.record(c, AuditLog.Action.UPDATE, ENTITY, l.id(), old.uuid(), old, saved);
        return saved;
    }

    public void setDeleted(Connection c, long id, boolean deleted) throws SQLException {
        Liaison old = find(c, id).orElseThrow(() -> new IllegalArgumentException("no liaison " + id));
        Sql.setDeletedAt(c, "liaison", id, deleted ? audit.now() : null);
        audit.record(c, deleted ? AuditLog.Action.DELETE : AuditLog.Action.RESTORE, ENTITY, id, old.uuid(),
                deleted ? old : null, deleted ? null : old);
    }

    public Optional<Liaison> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM liaison WHERE id=?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /** A page of liaisons in the query's order, with role, station and the number of live leads each has sent. */
    public Page<LiaisonRow> page(Connection c, LiaisonQuery q) throws SQLException {
        String key = sortKey(q.sort());
        SqlWhere where = where(c, q);
        Keyset.after(where, key, "l.id", q.descending(), q.after());
        String sql = "SELECT l.*, r.name AS role_name, s.name AS station_name, " + LEADS_SENT + " AS leads_sent, "
                + key + " AS sort_key "
                + "FROM liaison l JOIN reference_item r ON r.id = l.role_id LEFT JOIN station s ON s.id = l.station_id "
                + where.sql() + " ORDER BY " + Keyset.orderBy(key, "l.id", q.descending()) + " LIMIT ?";
        List<Keyset.Row<LiaisonRow>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(where.bind(ps), q.limit() + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LiaisonRow row = new LiaisonRow(map(rs), rs.getString("role_name"),
                            Sql.text(rs, "station_name"), rs.getLong("leads_sent"));
                    rows.add(new Keyset.Row<>(row, new Cursor(rs.getObject("sort_key"), rs.getLong("id"))));
                }
            }
        }
        return Keyset.page(rows, q.limit());
    }

    /**
     * The sort key of each column: one never-NULL expression (keyset paging compares it with the id). Columns
     * other than the name sort by their value, then by name. Roles sort in the order of the role list.
     */
    private static String sortKey(LiaisonSort sort) {
        return switch (sort) {
            case NAME -> "l.name";
            case ROLE -> "printf('%08d|%s', r.sort_order, l.name)";
            case STATION -> "COALESCE(s.name, '') || '|' || l.name";
            case APPOINTED_ON -> "COALESCE(l.appointed_on, '') || '|' || l.name";
            case LEADS_SENT -> LEADS_SENT;
        };
    }

    /** Whether {@code id} is an entry of the liaison role list (deleted entries count: old records keep them). */
    public boolean isRole(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM reference_item WHERE id = ? AND list = 'LIAISON_ROLE'")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public boolean isStation(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM station WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public long count(Connection c, LiaisonQuery q) throws SQLException {
        SqlWhere where = where(c, q);
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM liaison l " + where.sql())) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static SqlWhere where(Connection c, LiaisonQuery q) throws SQLException {
        SqlWhere w = new SqlWhere();
        w.add(q.recycleBin() ? "l.deleted_at IS NOT NULL" : "l.deleted_at IS NULL");
        w.addIfSet("l.role_id = ?", q.roleId());
        w.addIfSet("l.station_id = ?", q.stationId());
        TextSearch.addWords(c, w, q.text(), "l.id", "liaison_fts", SEARCHED);
        return w;
    }

    private static int bind(PreparedStatement ps, int start, Liaison l) throws SQLException {
        int i = start;
        ps.setString(i++, l.name().strip());
        ps.setLong(i++, l.roleId());
        Sql.setLong(ps, i++, l.stationId());
        Sql.setText(ps, i++, l.grid());
        Sql.setText(ps, i++, l.phone());
        Sql.setDate(ps, i++, l.appointedOn());
        Sql.setText(ps, i++, l.note());
        return i;
    }

    private static Liaison map(ResultSet rs) throws SQLException {
        return new Liaison(rs.getLong("id"), rs.getString("uuid"), rs.getString("name"), rs.getLong("role_id"),
                Sql.nullableLong(rs, "station_id"), Sql.text(rs, "grid"), Sql.text(rs, "phone"),
                Sql.date(rs, "appointed_on"), Sql.text(rs, "note"));
    }
}
