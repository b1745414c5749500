package org.liaisondesk.holidays.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liaisondesk.holidays.model.DayKind;
import org.liaisondesk.holidays.model.HolidayEdit;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.Sql;

/**
 * SQL for the user's changes to the bundled holiday calendar (table holiday_edit, one row per day). Every
 * change writes its audit row in the same transaction; the audit id of a day is its epoch day.
 */
public final class HolidayEditRepository {
    public static final String ENTITY = "holiday_edit";

    private final AuditLog audit;

    public HolidayEditRepository(AuditLog audit) {
        this.audit = audit;
    }

    /** The audit log's id for a day. */
    public static long auditId(LocalDate day) {
        return day.toEpochDay();
    }

    /** Every edit, by date. A few hundred rows at most: one per changed day. */
    public List<HolidayEdit> all(Connection c) throws SQLException {
        List<HolidayEdit> edits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT day, kind, name FROM holiday_edit ORDER BY day");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                edits.add(map(rs));
            }
        }
        return edits;
    }

    public Optional<HolidayEdit> find(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT day, kind, name FROM holiday_edit WHERE day = ?")) {
            Sql.setDate(ps, 1, day);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Stores the edit of its day, replacing an earlier one. Returns false (nothing written) when the same edit
     * is stored already.
     */
    public boolean upsert(Connection c, HolidayEdit edit) throws SQLException {
        Optional<HolidayEdit> old = find(c, edit.day());
        if (old.isPresent() && old.get().equals(edit)) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO holiday_edit(day, kind, name, updated_at) "
                + "VALUES (?,?,?,?) ON CONFLICT(day) DO UPDATE SET kind = excluded.kind, name = excluded.name, "
                + "updated_at = excluded.updated_at")) {
            Sql.setDate(ps, 1, edit.day());
            ps.setString(2, edit.kind().name());
            Sql.setText(ps, 3, edit.name());
            ps.setString(4, audit.now());
            ps.executeUpdate();
        }
        audit.record(c, old.isPresent() ? AuditLog.Action.UPDATE : AuditLog.Action.INSERT, ENTITY,
                auditId(edit.day()), null, old.orElse(null), edit);
        return true;
    }

    /** Removes the edit of {@code day} (the bundled calendar applies again); false when there was none. */
    public boolean delete(Connection c, LocalDate day) throws SQLException {
        Optional<HolidayEdit> old = find(c, day);
        if (old.isEmpty()) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM holiday_edit WHERE day = ?")) {
            Sql.setDate(ps, 1, day);
            ps.executeUpdate();
        }
        audit.record(c, AuditLog.Action.DELETE, ENTITY, auditId(day), null, old.get(), null);
        return true;
    }

    /** Makes {@code edit} the stored edit of {@code day}, or removes the day's edit when empty; true when written. */
    public boolean replace(Connection c, LocalDate day, Optional<HolidayEdit> edit) throws SQLException {
        if (edit.isPresent() && !edit.get().day().equals(day)) {
            throw new IllegalArgumentException("edit of " + edit.get().day() + " given for " + day);
        }
        return edit.isPresent() ? upsert(c, edit.get()) : delete(c, day);
    }

    private static HolidayEdit map(ResultSet rs) throws SQLException {
        return new HolidayEdit(Sql.date(rs, "day"), DayKind.valueOf(rs.getString("kind")), Sql.text(rs, "name"));
    }
}
