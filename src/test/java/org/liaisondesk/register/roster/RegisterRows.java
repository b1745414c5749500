package org.liaisondesk.register.roster;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;
import org.liaisondesk.storage.Database;

/**
 * Rows of the other features (leads, cases, work done, hearing panels) written straight into the register, so
 * that the roster's own tests can check what refers to a roster entry without depending on those features.
 */
public final class RegisterRows {
    private static final String NOW = "2026-11-20T09:00:00+08:00";
    private final Database db;

    public RegisterRows(Database db) {
        this.db = db;
    }

    public long lead(Long reporterLiaisonId, Long stationId, Long prosecutorId) {
        return insert("INSERT INTO lead(uuid, received_on, source, reporter_liaison_id, station_id, prosecutor_id, "
                + "field, description, created_at, updated_at) VALUES (?, '2026-11-02', 'GRID_WORKER', ?, ?, ?, "
                + "'ECOLOGY', '清溪村河道有人倾倒生活垃圾', ?, ?) RETURNING id", reporterLiaisonId, stationId, prosecutorId);
    }

    public long matter(Long businessId, Long stationId, Long prosecutorId) {
        return insert("INSERT INTO matter(uuid, business_line, business_id, field, name, station_id, prosecutor_id, "
                + "accepted_on, status, created_at, updated_at) VALUES (?, 'PUBLIC_INTEREST', ?, 'ECOLOGY', "
                + "'清溪村河道垃圾污染行政公益诉讼案', ?, ?, '2026-11-05', 'OPEN', ?, ?) RETURNING id",
                businessId, stationId, prosecutorId);
    }

    public long activity(Long stationId, Long prosecutorId) {
        return insert("INSERT INTO work_activity(uuid, kind, held_on, station_id, prosecutor_id, title, created_at, "
                + "updated_at) VALUES (?, 'HEARING', '2026-11-10', ?, ?, '不起诉案件公开听证', ?, ?) RETURNING id",
                stationId, prosecutorId);
    }

    public void panelMember(long activityId, long liaisonId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO work_panel_member(activity_id, liaison_id) VALUES (?, ?)")) {
                ps.setLong(1, activityId);
                ps.setLong(2, liaisonId);
                ps.executeUpdate();
            }
        });
    }

    /** Moves a row of {@code table} to the recycle bin. */
    public void softDelete(String table, long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET deleted_at = ? WHERE id = ?")) {
                ps.setString(1, NOW);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        });
    }

    /** Runs an INSERT … RETURNING id whose parameters are a new uuid, the {@code ids}, then created/updated times. */
    private long insert(String sql, Long... ids) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setString(i++, UUID.randomUUID().toString());
                for (Long id : ids) {
                    setLong(ps, i++, id);
                }
                ps.setString(i++, NOW);
                ps.setString(i, NOW);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, v);
        }
    }
}
