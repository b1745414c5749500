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
import org.liaisondesk.register.roster.model.Recipient;
import org.liaisondesk.register.roster.model.RecipientQuery;
import org.liaisondesk.register.roster.model.RecipientRow;
import org.liaisondesk.register.roster.model.RecipientSort;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.Keyset;
import org.liaisondesk.storage.Sql;
import org.liaisondesk.storage.SqlWhere;
import org.liaisondesk.storage.TextSearch;

/**
 * SQL for the {@code recipient} table: the directory of organisations that receive recommendations, each
 * with its superior authority. Searched by name, address, contact person and note.
 */
public final class RecipientRepository {
    public static final String ENTITY = "recipient";
    private static final List<String> SEARCHED = List.of("r.name", "r.address", "r.contact", "r.note");
    private final AuditLog audit;

    public RecipientRepository(AuditLog audit) {
        this.audit = audit;
    }

    /** The log this repository records changes in; exports of the recipient directory are recorded there too. */
    public AuditLog audit() {
        return audit;
    }

    public Recipient insert(Connection c, Recipient r) throws SQLException {
        String uuid = r.uuid() != null ? r.uuid() : UUID.randomUUID().toString();
        String now = audit.now();
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO recipient(uuid, name, superior_id, address, "
                + "contact, phone, note, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id")) {
            ps.setString(1, uuid);
            int i = bind(ps, 2, r);
            ps.setString(i, now);
            ps.setString(i + 1, now);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        Recipient saved = find(c, id).orElseThrow();
        audit.record(c, AuditLog.Action.INSERT, ENTITY, id, uuid, null, saved);
        return saved;
    }

    public Recipient update(Connection c, Recipient r) throws SQLException {
        Recipient old = find(c, r.id()).orElseThrow(() -> new IllegalArgumentException("no recipient " + r.id()));
        try (PreparedStatement ps = c.prepareStatement("UPDATE recipient SET name=?, superior_id=?, address=?, "
                + "contact=?, phone=?, note=?, updated_at=? WHERE id=?")) {
            int i = bind(ps, 1, r);
            ps.setString(i, audit.now());
            ps.setLong(i + 1, r.id());
            ps.executeUpdate();
        }
        Recipient saved = find(c, r.id()).orElseThrow();
        audit.record(c, AuditLog.Action.UPDATE, ENTITY, r.id(), old.uuid(), old, saved);
        return saved;
    }

    public void setDeleted(Connection c, long id, boolean deleted) throws SQLException {
        Recipient old = find(c, id).orElseThrow(() -> new IllegalArgumentException("no recipient " + id));
        Sql.setDeletedAt(c, "recipient", id, deleted ? audit.now() : null);
        audit.record(c, deleted ? AuditLog.Action.DELETE : AuditLog.Action.RESTORE, ENTITY, id, old.uuid(),
                deleted ? old : null, deleted ? null : old);
    }

    public Optional<Recipient> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM recipient WHERE id=?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public boolean isDeleted(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT deleted_at IS NOT NULL FROM recipient WHERE id=?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Whether a live organisation other than {@code exceptId} has this name. */
    public boolean nameTaken(Connection c, String name, Long exceptId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM recipient WHERE name = ? AND deleted_at IS NULL AND id IS NOT ?")) {
            ps.setString(1, name.strip());
            Sql.setLong(ps, 2, exceptId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Whether {@code candidateId} is {@code id} itself or lies under it (its subordinate, a subordinate's
     * subordinate …), counting deleted entries too, so that no chain of superiors can ever loop.
     */
    public boolean isSelfOrBelow(Connection c, long candidateId, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("WITH RECURSIVE up(id) AS (SELECT ?1 "
                + "UNION SELECT r.superior_id FROM recipient r JOIN up ON r.id = up.id WHERE r.superior_id IS NOT NULL) "
                + "SELECT 1 FROM up WHERE id = ?2")) {
            ps.setLong(1, candidateId);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The live organisations that may be the superior of {@code id}: all but itself and those under it. */
    public List<Recipient> superiorChoices(Connection c, Long id) throws SQLException {
        String sql = "WITH RECURSIVE below(id) AS (SELECT ?1 UNION SELECT r.id FROM recipient r JOIN below "
                + "ON r.superior_id = below.id) "
                + "SELECT * FROM recipient WHERE deleted_at IS NULL AND id NOT IN (SELECT id FROM below WHERE id IS NOT NULL) "
                + "ORDER BY name, id";
        List<Recipient> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.setLong(ps, 1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(map(rs));
                }
            }
        }
        return result;
    }

    /** How many live organisations name {@code id} as their superior. */
    public long countLiveSubordinates(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM recipient WHERE superior_id = ? AND deleted_at IS NULL")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    public Page<RecipientRow> page(Connection c, RecipientQuery q) throws SQLException {
        String key = sortKey(q.sort());
        SqlWhere where = where(c, q);
        Keyset.after(where, key, "r.id", q.descending(), q.after());
        String sql = "SELECT r.*, sup.name AS superior_name, " + key + " AS sort_key "
                + "FROM recipient r LEFT JOIN recipient sup ON sup.id = r.superior_id "
                + where.sql() + " ORDER BY " + Keyset.orderBy(key, "r.id", q.descending()) + " LIMIT ?";
        List<Keyset.Row<RecipientRow>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(where.bind(ps), q.limit() + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Keyset.Row<>(new RecipientRow(map(rs), Sql.text(rs, "superior_name")),
                            new Cursor(rs.getObject("sort_key"), rs.getLong("id"))));
                }
            }
        }
        return Keyset.page(rows, q.limit());
    }

    public long count(Connection c, RecipientQuery q) throws SQLException {
        SqlWhere where = where(c, q);
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM recipient r " + where.sql())) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Never-NULL sort keys: units without a superior sort before the others when sorted by superior. */
    private static String sortKey(RecipientSort sort) {
        return switch (sort) {
            case NAME -> "r.name";
            case SUPERIOR -> "COALESCE(sup.name, '') || '|' || r.name";
        };
    }

    private static SqlWhere where(Connection c, RecipientQuery q) throws SQLException {
        SqlWhere w = new SqlWhere();
        w.add(q.recycleBin() ? "r.deleted_at IS NOT NULL" : "r.deleted_at IS NULL");
        w.addIfSet("r.superior_id = ?", q.superiorId());
        TextSearch.addWords(c, w, q.text(), "r.id", "recipient_fts", SEARCHED);
        return w;
    }

    private static int bind(PreparedStatement ps, int start, Recipient r) throws SQLException {
        int i = start;
        ps.setString(i++, r.name().strip());
        Sql.setLong(ps, i++, r.superiorId());
        Sql.setText(ps, i++, strip(r.address()));
        Sql.setText(ps, i++, strip(r.contact()));
        Sql.setText(ps, i++, r.phone());
        Sql.setText(ps, i++, r.note());
        return i;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static Recipient map(ResultSet rs) throws SQLException {
        return new Recipient(rs.getLong("id"), rs.getString("uuid"), rs.getString("name"),
                Sql.nullableLong(rs, "superior_id"), Sql.text(rs, "address"), Sql.text(rs, "contact"),
                Sql.text(rs, "phone"), Sql.text(rs, "note"));
    }
}
