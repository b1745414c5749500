package org.liaisondesk.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from conditions joined by AND, with its parameters in order. */
public final class SqlWhere {
    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    public SqlWhere add(String clause, Object... values) {
        clauses.add(clause);
        params.addAll(List.of(values));
        return this;
    }

    /** Adds {@code clause} only when {@code value} is not null, with the value as its one parameter. */
    public SqlWhere addIfSet(String clause, Object value) {
        return value == null ? this : add(clause, value);
    }

    /** Adds every condition of {@code other}, with its parameters, after this one's. */
    public SqlWhere and(SqlWhere other) {
        clauses.addAll(other.clauses);
        params.addAll(other.params);
        return this;
    }

    /** A copy that can be added to without changing this one. */
    public SqlWhere copy() {
        return new SqlWhere().and(this);
    }

    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    /** The parameters in order, for a query that nests this clause inside another one. */
    public Object[] parameters() {
        return params.toArray();
    }

    /** "WHERE a AND b ..." or "" when there is no condition. */
    public String sql() {
        return clauses.isEmpty() ? "" : "WHERE " + String.join(" AND ", clauses);
    }

    /** Binds the parameters from index 1; returns the next free index. */
    public int bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }
}
