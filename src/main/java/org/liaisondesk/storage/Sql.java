package org.liaisondesk.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Small JDBC helpers for the conventions of our schema: nullable text, ISO dates, 0/1 booleans. */
public final class Sql {
    private Sql() {
    }

    public static void setText(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null || value.isBlank()) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    public static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value.toString());
        }
    }

    public static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static String text(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? "" : value;
    }

    /** Escapes a term for {@code LIKE ... ESCAPE '\'}. */
    public static String likePattern(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Quotes a term as one FTS5 phrase, so that operators typed by a user are taken literally. */
    public static String ftsPhrase(String term) {
        return "\"" + term.replace("\"", "\"\"") + "\"";
    }
    /**
     * Moves a row into the recycle bin ({@code deletedAt} set) or back out of it ({@code null}). {@code table} is
     * one of the schema's own table names, never user input.
     */
    public static void setDeletedAt(java.sql.Connection c, String table, long id, String deletedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET deleted_at = ? WHERE id = ?")) {
            setText(ps, 1, deletedAt);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** How many rows of a soft-deleting table are not in the recycle bin. {@code table} is a schema name. */
    public static long countLive(java.sql.Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE deleted_at IS NULL");
             java.sql.ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * A sort key that orders an enum column by the enum's declaration order (刑事, 民事 … rather than by stored
     * name): {@code CASE column WHEN 'A' THEN 0 … ELSE 99 END}.
     */
    public static String enumOrder(String column, Enum<?>[] values) {
        StringBuilder sb = new StringBuilder("CASE ").append(column);
        for (Enum<?> v : values) {
            sb.append(" WHEN '").append(v.name()).append("' THEN ").append(v.ordinal());
        }
        return sb.append(" ELSE 99 END").toString();
    }
}
