package org.liaisondesk.exchange.imports.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the case register already holds that an imported case could collide with: the office numbers of live
 * cases (a number belongs to one live case only) with the case using each, and the unified case codes.
 */
public final class CaseImportLookup {
    /** Office number → name of the live case that uses it. */
    public Map<String, String> officeNumberOwners(Connection c) throws SQLException {
        Map<String, String> owners = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT office_number, name FROM matter "
                + "WHERE deleted_at IS NULL AND office_number IS NOT NULL AND office_number <> ''");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                owners.put(rs.getString(1), rs.getString(2));
            }
        }
        return owners;
    }

    public Set<String> unifiedCodes(Connection c) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT unified_code FROM matter "
                + "WHERE deleted_at IS NULL AND unified_code IS NOT NULL AND unified_code <> ''");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }
}
