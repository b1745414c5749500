package org.liaisondesk.register.roster.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.liaisondesk.register.roster.model.RecordUsage;

/**
 * Counts the live records that point at a station, a prosecutor or a liaison, across the whole register
 * (visits, leads, cases, work done, hearing panels, the roster itself). Records in the recycle bin do not
 * count: they keep showing the name of what they point at, whatever happens to it.
 */
public final class UsageRepository {
    private static final String STATION = "SELECT "
            + "(SELECT count(*) FROM visit WHERE station_id = ?1 AND deleted_at IS NULL), "
            + "(SELECT count(*) FROM lead WHERE station_id = ?1 AND deleted_at IS NULL), "
            + "(SELECT count(*) FROM matter WHERE station_id = ?1 AND deleted_at IS NULL), "
            + "(SELECT count(*) FROM work_activity WHERE station_id = ?1 AND deleted_at IS NULL), "
            + "(SELECT count(*) FROM liaison WHERE station_id = ?1 AND deleted_at IS NULL), "
            + "(SELECT count(*) FROM prosecutor WHERE station_id = ?1 AND deleted_at IS NULL), "
            + "0";
    private static final String PROSECUTOR = "SELECT "
            + "(SELECT count(*) FROM visit WHERE prosecutor_id = ?1 AND deleted_at IS NULL), "
            + "(SELECT count(*) FROM lead WHERE prosecutor_id = ?1 AND deleted_at IS NULL), "
            + "(SELECT count(*) FROM matter WHERE prosecutor_id = ?1 AND deleted_at IS NULL), "
            + "(SELECT count(*) FROM work_activity WHERE prosecutor_id = ?1 AND deleted_at IS NULL), "
            + "0, 0, 0";
    private static final String LIAISON = "SELECT 0, "
            + "(SELECT count(*) FROM lead WHERE reporter_liaison_id = ?1 AND deleted_at IS NULL), "
            + "0, 0, 0, 0, "
            + "(SELECT count(*) FROM work_panel_member m JOIN work_activity a ON a.id = m.activity_id "
            + "WHERE m.liaison_id = ?1 AND a.deleted_at IS NULL)";

    public RecordUsage ofStation(Connection c, long stationId) throws SQLException {
        return count(c, STATION, stationId);
    }

    public RecordUsage ofProsecutor(Connection c, long prosecutorId) throws SQLException {
        return count(c, PROSECUTOR, prosecutorId);
    }

    public RecordUsage ofLiaison(Connection c, long liaisonId) throws SQLException {
        return count(c, LIAISON, liaisonId);
    }

    private static RecordUsage count(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new RecordUsage(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7));
            }
        }
    }
}
