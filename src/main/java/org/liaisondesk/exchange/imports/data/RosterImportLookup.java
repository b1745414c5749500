package org.liaisondesk.exchange.imports.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** What the roster already holds that an imported liaison could duplicate: names and phone numbers. */
public final class RosterImportLookup {
    public Set<String> names(Connection c) throws SQLException {
        return distinct(c, "SELECT DISTINCT name FROM liaison WHERE deleted_at IS NULL AND name <> ''");
    }

    public Set<String> phones(Connection c) throws SQLException {
        return distinct(c, "SELECT DISTINCT phone FROM liaison WHERE deleted_at IS NULL AND phone <> ''");
    }

    private static Set<String> distinct(Connection c, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
