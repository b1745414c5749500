package org.liaisondesk.register.work.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.register.work.model.MatterRef;
import org.liaisondesk.register.work.model.PanelMember;
import org.liaisondesk.register.work.model.ServiceSession;
import org.liaisondesk.register.work.model.WorkActivity;
import org.liaisondesk.register.work.model.WorkKind;
import org.liaisondesk.register.work.model.WorkQuery;
import org.liaisondesk.register.work.model.WorkRow;
import org.liaisondesk.register.work.model.WorkSort;
import org.liaisondesk.register.work.model.WorkTotals;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.SearchedPage;
import org.liaisondesk.storage.Sql;
import org.liaisondesk.storage.SqlWhere;
import org.liaisondesk.storage.TextSearch;

/**
 * SQL for work done: {@code work_activity} with its hearing panel ({@code work_panel_member}) and its
 * community-service log ({@code community_service_log}), which are written, audited and restored together with
 * the activity. Lists are filtered, sorted, paged and added up by SQLite; search goes through {@code work_fts}.
 * The linked-case picker reads {@code matter} and {@code matter_fts} directly.
 */
public final class WorkRepository {
    public static final String ENTITY = "work_activity";
    private static final String COLUMNS = "kind, held_on, station_id, prosecutor_id, matter_id, title, place, parties, "
            + "involves_minor, mediator, channel, outcome, resolved, applicant_name, applicant_id_number, "
            + "amount_approved_fen, amount_paid_fen, hearing_type, topic, audience_count, hours_agreed, assessment, note";
    private static final int COLUMN_COUNT = COLUMNS.split(", ").length;
    private static final List<String> SEARCHED = List.of("w.title", "w.place", "w.parties", "w.mediator", "w.outcome",
            "w.applicant_name", "w.topic", "w.assessment", "w.note");
    private static final List<String> MATTER_SEARCHED = List.of("m.name", "m.office_number", "m.unified_code",
            "m.parties", "m.summary");
    private static final String HOURS_DONE = "(SELECT COALESCE(SUM(l.hours), 0) FROM community_service_log l "
            + "WHERE l.activity_id = w.id)";
    private static final String PANEL_NAMES = "(SELECT group_concat(l.name, '、' ORDER BY l.name, l.id) "
            + "FROM work_panel_member pm JOIN liaison l ON l.id = pm.liaison_id WHERE pm.activity_id = w.id)";

    private final AuditLog audit;

    public WorkRepository(AuditLog audit) {
        this.audit = audit;
    }

    /** The log this repository records changes in; exports of the work list are recorded there too. */
    public AuditLog audit() {
        return audit;
    }

    public WorkActivity insert(Connection c, WorkActivity a) throws SQLException {
        String uuid = a.uuid() != null ? a.uuid() : UUID.randomUUID().toString();
        String now = audit.now();
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO work_activity(uuid, " + COLUMNS
                + ", created_at, updated_at) VALUES (?" + ",?".repeat(COLUMN_COUNT + 2) + ") RETURNING id")) {
            ps.setString(1, uuid);
            int next = bind(ps, 2, a);
            ps.setString(next, now);
            ps.setString(next + 1, now);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        writePanel(c, id, a.panel());
        writeLog(c, id, a.serviceLog(), now);
        WorkActivity saved = find(c, id).orElseThrow();
        audit.record(c, AuditLog.Action.INSERT, ENTITY, id, uuid, null, saved);
        return saved;
    }

    public WorkActivity update(Connection c, WorkActivity a) throws SQLException {
        WorkActivity old = find(c, a.id()).orElseThrow(() -> new IllegalArgumentException("no activity " + a.id()));
        String set = String.join("=?, ", COLUMNS.split(", ")) + "=?";
        String now = audit.now();
        try (PreparedStatement ps = c.prepareStatement("UPDATE work_activity SET " + set + ", updated_at=? WHERE id=?")) {
            int next = bind(ps, 1, a);
            ps.setString(next, now);
            ps.setLong(next + 1, a.id());
            ps.executeUpdate();
        }
        writePanel(c, a.id(), a.panel());
        writeLog(c, a.id(), a.serviceLog(), now);
        WorkActivity saved = find(c, a.id()).orElseThrow();
        audit.record(c, AuditLog.Action.UPDATE, ENTITY, a.id(), old.uuid(), old, saved);
        return saved;
    }

    /** Moves an activity to the recycle bin; its panel and log stay attached for a restore. */
    public void softDelete(Connection c, long id) throws SQLException {
        WorkActivity old = find(c, id).orElseThrow(() -> new IllegalArgumentException("no activity " + id));
        setDeleted(c, id, audit.now());
        audit.record(c, AuditLog.Action.DELETE, ENTITY, id, old.uuid(), old, null);
    }

    public void restore(Connection c, long id) throws SQLException {
        WorkActivity a = find(c, id).orElseThrow(() -> new IllegalArgumentException("no activity " + id));
        setDeleted(c, id, null);
        audit.record(c, AuditLog.Action.RESTORE, ENTITY, id, a.uuid(), null, a);
    }

    private static void setDeleted(Connection c, long id, String at) throws SQLException {
        Sql.setDeletedAt(c, "work_activity", id, at);
    }

    /** The panel as given (each member once); the names and roles stored are the roster's. */
    private static void writePanel(Connection c, long activityId, List<PanelMember> panel) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM work_panel_member WHERE activity_id=?")) {
            ps.setLong(1, activityId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO work_panel_member(activity_id, liaison_id) VALUES (?,?)")) {
            for (PanelMember m : panel) {
                ps.setLong(1, activityId);
                ps.setLong(2, m.liaisonId());
                ps.executeUpdate();
            }
        }
    }

    /**
     * Brings the stored log in line with {@code sessions}: sessions with an id of this activity are updated (their
     * UUID kept), sessions without one are added, stored sessions no longer listed are removed.
     */
    private static void writeLog(Connection c, long activityId, List<ServiceSession> sessions, String now)
            throws SQLException {
        List<Long> kept = sessions.stream().map(ServiceSession::id).filter(id -> id != null).toList();
        List<Long> stored = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM community_service_log WHERE activity_id=?")) {
            ps.setLong(1, activityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM community_service_log WHERE id=?")) {
            for (long id : stored) {
                if (!kept.contains(id)) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE community_service_log SET done_on=?, hours=?, note=? WHERE id=? AND activity_id=?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO community_service_log(uuid, activity_id, "
                     + "done_on, hours, note, created_at) VALUES (?,?,?,?,?,?)")) {
            for (ServiceSession s : sessions) {
                if (s.id() != null && stored.contains(s.id())) {
                    Sql.setDate(update, 1, s.doneOn());
                    update.setInt(2, s.hours());
                    Sql.setText(update, 3, s.note());
                    update.setLong(4, s.id());
                    update.setLong(5, activityId);
                    update.executeUpdate();
                } else {
                    insert.setString(1, s.uuid() != null && s.id() == null ? s.uuid() : UUID.randomUUID().toString());
                    insert.setLong(2, activityId);
                    Sql.setDate(insert, 3, s.doneOn());
                    insert.setInt(4, s.hours());
                    Sql.setText(insert, 5, s.note());
                    insert.setString(6, now);
                    insert.executeUpdate();
                }
            }
        }
    }

    /** The activity with its panel (by name) and log (by date), whether live or in the recycle bin. */
    public Optional<WorkActivity> find(Connection c, long id) throws SQLException {
        WorkActivity.Builder b;
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM work_activity WHERE id=?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                b = map(rs);
            }
        }
        return Optional.of(b.panel(panel(c, id)).serviceLog(log(c, id)).build());
    }

    private static List<PanelMember> panel(Connection c, long activityId) throws SQLException {
        List<PanelMember> members = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT l.id, l.name, COALESCE(r.name, '') AS role "
                + "FROM work_panel_member pm JOIN liaison l ON l.id = pm.liaison_id "
                + "LEFT JOIN reference_item r ON r.id = l.role_id WHERE pm.activity_id = ? ORDER BY l.name, l.id")) {
            ps.setLong(1, activityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    members.add(new PanelMember(rs.getLong("id"), rs.getString("name"), rs.getString("role")));
                }
            }
        }
        return members;
    }

    private static List<ServiceSession> log(Connection c, long activityId) throws SQLException {
        List<ServiceSession> sessions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, uuid, done_on, hours, note FROM community_service_log "
                + "WHERE activity_id = ? ORDER BY done_on, id")) {
            ps.setLong(1, activityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sessions.add(new ServiceSession(rs.getLong("id"), rs.getString("uuid"), Sql.date(rs, "done_on"),
                            rs.getInt("hours"), Sql.text(rs, "note")));
                }
            }
        }
        return sessions;
    }

    public Page<WorkRow> page(Connection c, WorkQuery q) throws SQLException {
        String columns = "w.id, w.held_on, w.kind, w.title, s.name AS station_name, p.name AS prosecutor_name, "
                + "w.parties, w.applicant_name, w.involves_minor, w.resolved, w.amount_paid_fen, w.hearing_type, "
                + "w.audience_count, w.hours_agreed, " + HOURS_DONE + " AS hours_done, "
                + "m.office_number AS matter_office_number, w.deleted_at, w.place, w.mediator, w.channel, w.outcome, "
                + "w.applicant_id_number, w.amount_approved_fen, " + PANEL_NAMES + " AS panel_names, w.topic, "
                + "w.assessment, w.note";
        String from = "work_activity w LEFT JOIN station s ON s.id = w.station_id "
                + "LEFT JOIN prosecutor p ON p.id = w.prosecutor_id LEFT JOIN matter m ON m.id = w.matter_id";
        return SearchedPage.fetch(c, new SearchedPage.Shape(columns, from, "work_activity w", "w.id",
                sortKey(q.sort()), q.descending()), filters(q), words(c, q), q.after(), q.limit(), WorkRepository::mapRow);
    }

    public long count(Connection c, WorkQuery q) throws SQLException {
        SqlWhere where = where(c, q);
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM work_activity w " + where.sql())) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The figures of everything the query selects (its sort and page do not matter), by SQL aggregates. */
    public WorkTotals totals(Connection c, WorkQuery q) throws SQLException {
        SqlWhere where = where(c, q);
        String sql = "SELECT count(*), "
                + "COALESCE(SUM(CASE WHEN w.kind = 'MEDIATION' AND w.resolved = 1 THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN w.kind = 'JUDICIAL_AID' THEN w.amount_paid_fen END), 0), "
                + "COALESCE(SUM(CASE WHEN w.kind = 'PUBLICITY' THEN w.audience_count END), 0), "
                + "COALESCE(SUM(CASE WHEN w.kind = 'COMMUNITY_SERVICE' THEN " + HOURS_DONE + " END), 0) "
                + "FROM work_activity w " + where.sql();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new WorkTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
            }
        }
    }

    public long countLive(Connection c) throws SQLException {
        return Sql.countLive(c, "work_activity");
    }

    /** The record's history, oldest first (panel and log changes included: they are part of its audit rows). */
    public List<HistoryEntry> history(Connection c, long id) throws SQLException {
        return AuditLog.history(c, ENTITY, id);
    }

    /** Live cases whose name, numbers, parties or summary contain every word, newest first: for the picker. */
    public List<MatterRef> searchMatters(Connection c, String text, int limit) throws SQLException {
        SqlWhere where = new SqlWhere().add("m.deleted_at IS NULL");
        TextSearch.addWords(c, where, text, "m.id", "matter_fts", MATTER_SEARCHED);
        List<MatterRef> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.id, m.office_number, m.name, m.accepted_on FROM matter m "
                + where.sql() + " ORDER BY m.accepted_on DESC, m.id DESC LIMIT ?")) {
            ps.setInt(where.bind(ps), limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(mapMatter(rs));
                }
            }
        }
        return found;
    }

    /** A case by id, also when it is in the recycle bin (an activity keeps showing the case it was linked to). */
    public Optional<MatterRef> findMatter(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT m.id, m.office_number, m.name, m.accepted_on FROM matter m WHERE m.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mapMatter(rs)) : Optional.empty();
            }
        }
    }

    private static MatterRef mapMatter(ResultSet rs) throws SQLException {
        return new MatterRef(rs.getLong("id"), Sql.text(rs, "office_number"), rs.getString("name"),
                Sql.date(rs, "accepted_on"));
    }

    /**
     * The sort key of each column: one never-NULL expression (keyset paging compares it with the id). Columns
     * other than the date and the title sort by their value, then by date.
     */
    private static String sortKey(WorkSort sort) {
        return switch (sort) {
            case DATE -> "w.held_on";
            case KIND -> "w.kind || '|' || w.held_on";
            case TITLE -> "w.title";
            case STATION -> "COALESCE(s.name, '') || '|' || w.held_on";
            case PROSECUTOR -> "COALESCE(p.name, '') || '|' || w.held_on";
            case MATTER -> "COALESCE(m.office_number, '') || '|' || w.held_on";
        };
    }

    /** The filters shared by the page, the count and the totals: on {@code w} only, so no join is needed. */
    private static SqlWhere where(Connection c, WorkQuery q) throws SQLException {
        return filters(q).and(words(c, q).where());
    }

    private static TextSearch.Words words(Connection c, WorkQuery q) throws SQLException {
        return TextSearch.conditions(c, q.text(), "w.id", "work_fts", SEARCHED);
    }

    private static SqlWhere filters(WorkQuery q) {
        SqlWhere w = new SqlWhere();
        w.add(q.recycleBin() ? "w.deleted_at IS NOT NULL" : "w.deleted_at IS NULL");
        w.addIfSet("w.held_on >= ?", q.from() == null ? null : q.from().toString());
        w.addIfSet("w.held_on <= ?", q.to() == null ? null : q.to().toString());
        w.addIfSet("w.kind = ?", q.kind() == null ? null : q.kind().name());
        w.addIfSet("w.station_id = ?", q.stationId());
        w.addIfSet("w.prosecutor_id = ?", q.prosecutorId());
        if (q.resolved() != null) {
            w.add("w.kind = 'MEDIATION' AND w.resolved = ?", q.resolved() ? 1 : 0);
        }
        return w;
    }

    private static int bind(PreparedStatement ps, int start, WorkActivity a) throws SQLException {
        int i = start;
        ps.setString(i++, a.kind().name());
        Sql.setDate(ps, i++, a.heldOn());
        Sql.setLong(ps, i++, a.stationId());
        Sql.setLong(ps, i++, a.prosecutorId());
        Sql.setLong(ps, i++, a.matterId());
        ps.setString(i++, a.title());
        Sql.setText(ps, i++, a.place());
        Sql.setText(ps, i++, a.parties());
        ps.setInt(i++, a.involvesMinor() ? 1 : 0);
        Sql.setText(ps, i++, a.mediator());
        Sql.setText(ps, i++, a.channel());
        Sql.setText(ps, i++, a.outcome());
        if (a.resolved() == null) {
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setInt(i++, a.resolved() ? 1 : 0);
        }
        Sql.setText(ps, i++, a.applicantName());
        Sql.setText(ps, i++, a.applicantIdNumber());
        Sql.setLong(ps, i++, a.amountApprovedFen());
        Sql.setLong(ps, i++, a.amountPaidFen());
        Sql.setText(ps, i++, a.hearingType());
        Sql.setText(ps, i++, a.topic());
        setInteger(ps, i++, a.audienceCount());
        setInteger(ps, i++, a.hoursAgreed());
        Sql.setText(ps, i++, a.assessment());
        Sql.setText(ps, i++, a.note());
        return i;
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value == 1;
    }

    private static WorkActivity.Builder map(ResultSet rs) throws SQLException {
        return WorkActivity.builder()
                .id(rs.getLong("id"))
                .uuid(rs.getString("uuid"))
                .kind(WorkKind.valueOf(rs.getString("kind")))
                .heldOn(Sql.date(rs, "held_on"))
                .stationId(Sql.nullableLong(rs, "station_id"))
                .prosecutorId(Sql.nullableLong(rs, "prosecutor_id"))
                .matterId(Sql.nullableLong(rs, "matter_id"))
                .title(rs.getString("title"))
                .place(Sql.text(rs, "place"))
                .parties(Sql.text(rs, "parties"))
                .involvesMinor(rs.getInt("involves_minor") == 1)
                .mediator(Sql.text(rs, "mediator"))
                .channel(Sql.text(rs, "channel"))
                .outcome(Sql.text(rs, "outcome"))
                .resolved(nullableBoolean(rs, "resolved"))
                .applicantName(Sql.text(rs, "applicant_name"))
                .applicantIdNumber(Sql.text(rs, "applicant_id_number"))
                .amountApprovedFen(Sql.nullableLong(rs, "amount_approved_fen"))
                .amountPaidFen(Sql.nullableLong(rs, "amount_paid_fen"))
                .hearingType(Sql.text(rs, "hearing_type"))
                .topic(Sql.text(rs, "topic"))
                .audienceCount(nullableInt(rs, "audience_count"))
                .hoursAgreed(nullableInt(rs, "hours_agreed"))
                .assessment(Sql.text(rs, "assessment"))
                .note(Sql.text(rs, "note"));
    }

    private static WorkRow mapRow(ResultSet rs) throws SQLException {
        return new WorkRow(rs.getLong("id"), Sql.date(rs, "held_on"), WorkKind.valueOf(rs.getString("kind")),
                rs.getString("title"), Sql.text(rs, "station_name"), Sql.text(rs, "prosecutor_name"),
                Sql.text(rs, "parties"), Sql.text(rs, "applicant_name"), rs.getInt("involves_minor") == 1,
                nullableBoolean(rs, "resolved"), Sql.nullableLong(rs, "amount_paid_fen"), Sql.text(rs, "hearing_type"),
                nullableInt(rs, "audience_count"), nullableInt(rs, "hours_agreed"), rs.getInt("hours_done"),
                Sql.text(rs, "matter_office_number"), rs.getString("deleted_at"), Sql.text(rs, "place"),
                Sql.text(rs, "mediator"), Sql.text(rs, "channel"), Sql.text(rs, "outcome"),
                Sql.text(rs, "applicant_id_number"), Sql.nullableLong(rs, "amount_approved_fen"),
                Sql.text(rs, "panel_names"), Sql.text(rs, "topic"), Sql.text(rs, "assessment"), Sql.text(rs, "note"));
    }
}
