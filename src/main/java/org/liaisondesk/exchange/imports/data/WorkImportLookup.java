package org.liaisondesk.exchange.imports.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.liaisondesk.storage.Sql;

/**
 * What an imported activity refers to or could duplicate: the live cases by office number (the column 关联案件
 * names a case by its number), and the date, station, kind and title of every live activity.
 */
public final class WorkImportLookup {
    /** The key of an activity as {@link #activityKeys} returns them; {@code stationId} may be null. */
    public static String activityKey(LocalDate heldOn, Long stationId, String kind, String title) {
        return heldOn + "|" + (stationId == null ? "" : stationId) + "|" + kind + "|" + title;
    }

    /** Office number → id of the live case that uses it. */
    public Map<String, Long> matterIdsByOfficeNumber(Connection c) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT office_number, id FROM matter "
                + "WHERE deleted_at IS NULL AND office_number IS NOT NULL AND office_number <> ''");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    public Set<String> activityKeys(Connection c) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT held_on, station_id, kind, title FROM work_activity "
                + "WHERE deleted_at IS NULL"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long station = rs.getLong("station_id");
                keys.add(activityKey(Sql.date(rs, "held_on"), rs.wasNull() ? null : station, rs.getString("kind"),
                        rs.getString("title")));
            }
        }
        return keys;
    }
}
