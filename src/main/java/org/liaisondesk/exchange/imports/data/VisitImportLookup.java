package org.liaisondesk.exchange.imports.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.liaisondesk.storage.Sql;

/** What the register already holds that an imported visit could duplicate: ID numbers, and visitor name with date. */
public final class VisitImportLookup {
    /** The key of a visitor's name on a day, as {@link #nameDateKeys} returns them. */
    public static String nameDateKey(String name, java.time.LocalDate date) {
        return name + "|" + date;
    }

    public Set<String> idNumbers(Connection c) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT visitor_id_number FROM visit "
                + "WHERE deleted_at IS NULL AND visitor_id_number <> ''"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    public Set<String> nameDateKeys(Connection c) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT visitor_name, visit_date FROM visit "
                + "WHERE deleted_at IS NULL AND visitor_name <> ''"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(nameDateKey(rs.getString(1), Sql.date(rs, "visit_date")));
            }
        }
        return keys;
    }
}
