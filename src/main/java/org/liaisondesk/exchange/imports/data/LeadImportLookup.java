package org.liaisondesk.exchange.imports.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.liaisondesk.storage.Sql;

/** What the register already holds that an imported lead could duplicate: its text, and its reporter on a day. */
public final class LeadImportLookup {
    public static String reporterDateKey(String reporter, LocalDate receivedOn) {
        return reporter + "|" + receivedOn;
    }

    public Set<String> descriptions(Connection c) throws SQLException {
        Set<String> values = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT description FROM lead WHERE deleted_at IS NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    public Set<String> reporterDateKeys(Connection c) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT reporter_name, received_on FROM lead "
                + "WHERE deleted_at IS NULL AND reporter_name <> ''"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(reporterDateKey(rs.getString(1), Sql.date(rs, "received_on")));
            }
        }
        return keys;
    }
}
