package org.liaisondesk.audit.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.liaisondesk.audit.model.AuditEntry;
import org.liaisondesk.audit.model.AuditQuery;
import org.liaisondesk.common.model.Cursor;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.storage.Keyset;
import org.liaisondesk.storage.SqlWhere;

/** Reads the audit log, newest first, filtered and keyset-paged by the database (the log is never loaded whole). */
public final class AuditRepository {
    private static final String COLUMNS =
            "id, at, user_name, action, entity, entity_id, entity_uuid, old_value, new_value";

    public Page<AuditEntry> page(Connection c, AuditQuery q) throws SQLException {
        SqlWhere where = where(q);
        Keyset.after(where, "id", "id", true, q.after());
        String sql = "SELECT " + COLUMNS + " FROM audit_log " + where.sql() + " ORDER BY "
                + Keyset.orderBy("id", "id", true) + " LIMIT ?";
        List<Keyset.Row<AuditEntry>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(where.bind(ps), q.limit() + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AuditEntry e = map(rs);
                    rows.add(new Keyset.Row<>(e, new Cursor(e.id(), e.id())));
                }
            }
        }
        return Keyset.page(rows, q.limit());
    }

    public long count(Connection c, AuditQuery q) throws SQLException {
        SqlWhere where = where(q);
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_log " + where.sql())) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The names that occur in the log, for the user filter (read from the index, not the table). */
    public List<String> users(Connection c) throws SQLException {
        return distinct(c, "SELECT DISTINCT user_name FROM audit_log ORDER BY user_name");
    }

    /** The kinds of record that occur in the log, for the record filter. */
    public List<String> entities(Connection c) throws SQLException {
        return distinct(c, "SELECT DISTINCT entity FROM audit_log ORDER BY entity");
    }

    private static List<String> distinct(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static SqlWhere where(AuditQuery q) {
        SqlWhere where = new SqlWhere();
        // Stored times start with the ISO date, so whole days compare as text: from <= at < the day after "to".
        where.addIfSet("at >= ?", q.from() == null ? null : q.from().toString());
        where.addIfSet("at < ?", q.to() == null ? null : q.to().plusDays(1).toString());
        where.addIfSet("user_name = ?", blankToNull(q.user()));
        where.addIfSet("action = ?", blankToNull(q.action()));
        where.addIfSet("entity = ?", blankToNull(q.entity()));
        where.addIfSet("entity_id = ?", q.recordId());
        where.addIfSet("entity_uuid = ?", q.recordUuid());
        return where;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        long entityId = rs.getLong("entity_id");
        boolean noEntityId = rs.wasNull();
        return new AuditEntry(rs.getLong("id"), rs.getString("at"), rs.getString("user_name"), rs.getString("action"),
                rs.getString("entity"), noEntityId ? null : entityId, rs.getString("entity_uuid"),
                rs.getString("old_value"), rs.getString("new_value"));
    }
}
