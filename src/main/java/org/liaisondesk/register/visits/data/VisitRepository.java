package org.liaisondesk.register.visits.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.register.visits.model.Handling;
import org.liaisondesk.register.visits.model.StatusFilter;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.register.visits.model.VisitDeadlines;
import org.liaisondesk.register.visits.model.VisitForm;
import org.liaisondesk.register.visits.model.VisitQuery;
import org.liaisondesk.register.visits.model.VisitRow;
import org.liaisondesk.register.visits.model.VisitSort;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.SearchedPage;
import org.liaisondesk.storage.Sql;
import org.liaisondesk.storage.SqlWhere;
import org.liaisondesk.storage.TextSearch;

/**
 * SQL for the visit log. Lists are filtered, sorted and paged by SQLite; search uses the trigram FTS5
 * index for terms of three or more characters and LIKE for shorter ones (trigram finds nothing for those).
 */
public final class VisitRepository {
    public static final String ENTITY = "visit";
    private static final String COLUMNS = "visit_date, station_id, prosecutor_id, form, category, visitor_name, "
            + "visitor_phone, visitor_id_number, people_count, involves_minor, summary, handling, handling_note, "
            + "referred_to, follow_up_due, follow_up_result, notice_due, notice_sent_on, result_due, "
            + "result_extended, concluded_on, next_due";
    private static final List<String> SEARCHED = List.of("v.visitor_name", "v.summary", "v.handling_note",
            "v.referred_to", "v.follow_up_result");

    private final AuditLog audit;

    public VisitRepository(AuditLog audit) {
        this.audit = audit;
    }

    public Visit insert(Connection c, Visit v, VisitDeadlines deadlines) throws SQLException {
        String uuid = v.uuid() != null ? v.uuid() : UUID.randomUUID().toString();
        String now = audit.now();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO visit(uuid, " + COLUMNS
                + ", created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, uuid);
            int next = bind(ps, 2, v, deadlines);
            ps.setString(next, now);
            ps.setString(next + 1, now);
            ps.executeUpdate();
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        Visit saved = v.toBuilder().id(id).uuid(uuid).build();
        audit.record(c, AuditLog.Action.INSERT, ENTITY, id, uuid, null, saved);
        return saved;
    }

    public Visit update(Connection c, Visit v, VisitDeadlines deadlines) throws SQLException {
        Visit old = find(c, v.id()).orElseThrow(() -> new IllegalArgumentException("no visit " + v.id()));
        String set = String.join("=?, ", COLUMNS.split(", ")) + "=?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE visit SET " + set + ", updated_at=? WHERE id=?")) {
            int next = bind(ps, 1, v, deadlines);
            ps.setString(next, audit.now());
            ps.setLong(next + 1, v.id());
            ps.executeUpdate();
        }
        Visit saved = v.toBuilder().uuid(old.uuid()).build();
        audit.record(c, AuditLog.Action.UPDATE, ENTITY, v.id(), old.uuid(), old, saved);
        return saved;
    }

    /** A petition not yet concluded, with the deadlines stored for it (counted with the calendar of that time). */
    public record OpenPetition(Visit visit, VisitDeadlines stored) {
    }

    /** The two petition deadlines as the audit log records a recomputation (nextDue follows from them). */
    private record PetitionDueDates(LocalDate noticeDue, LocalDate resultDue) {
    }

    /** Every petition without a conclusion date, the recycle bin included, by id. */
    public List<OpenPetition> openPetitions(Connection c) throws SQLException {
        List<OpenPetition> petitions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM visit WHERE category = ? "
                + "AND concluded_on IS NULL ORDER BY id")) {
            ps.setString(1, VisitCategory.PETITION.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    petitions.add(new OpenPetition(mapVisit(rs), new VisitDeadlines(Sql.date(rs, "notice_due"),
                            Sql.date(rs, "result_due"), Sql.date(rs, "next_due"))));
                }
            }
        }
        return petitions;
    }

    /** Stores recomputed deadlines of a petition, with an audit row showing the dates that moved. */
    public void updateDeadlines(Connection c, OpenPetition petition, VisitDeadlines now) throws SQLException {
        long id = petition.visit().id();
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE visit SET notice_due = ?, result_due = ?, next_due = ?, updated_at = ? WHERE id = ?")) {
            Sql.setDate(ps, 1, now.noticeDue());
            Sql.setDate(ps, 2, now.resultDue());
            Sql.setDate(ps, 3, now.nextDue());
            ps.setString(4, audit.now());
            ps.setLong(5, id);
            ps.executeUpdate();
        }
        VisitDeadlines old = petition.stored();
        audit.record(c, AuditLog.Action.UPDATE, ENTITY, id, petition.visit().uuid(),
                new PetitionDueDates(old.noticeDue(), old.resultDue()), new PetitionDueDates(now.noticeDue(), now.resultDue()));
    }

    /** Moves a visit to the recycle bin. */
    public void softDelete(Connection c, long id) throws SQLException {
        Visit old = find(c, id).orElseThrow(() -> new IllegalArgumentException("no visit " + id));
        setDeleted(c, id, audit.now());
        audit.record(c, AuditLog.Action.DELETE, ENTITY, id, old.uuid(), old, null);
    }

    /** Brings a visit back from the recycle bin. */
    public void restore(Connection c, long id) throws SQLException {
        Visit v = find(c, id).orElseThrow(() -> new IllegalArgumentException("no visit " + id));
        setDeleted(c, id, null);
        audit.record(c, AuditLog.Action.RESTORE, ENTITY, id, v.uuid(), null, v);
    }

    private static void setDeleted(Connection c, long id, String at) throws SQLException {
        Sql.setDeletedAt(c, "visit", id, at);
    }

    public Optional<Visit> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM visit WHERE id=?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mapVisit(rs)) : Optional.empty();
            }
        }
    }

    public Page<VisitRow> page(Connection c, VisitQuery q, LocalDate today, int leadDays) throws SQLException {
        String key = sortKey(q.sort());
        String columns = "v.id, v.visit_date, s.name AS station_name, p.name AS prosecutor_name, v.form, "
                + "v.category, v.visitor_name, v.visitor_phone, v.visitor_id_number, v.people_count, v.involves_minor, "
                + "v.summary, v.handling, v.next_due, v.concluded_on, v.deleted_at";
        String from = "visit v JOIN station s ON s.id = v.station_id JOIN prosecutor p ON p.id = v.prosecutor_id";
        return SearchedPage.fetch(c, new SearchedPage.Shape(columns, from, "visit v", "v.id", key, q.descending()),
                filters(q, today, leadDays), words(c, q), q.after(), q.limit(),
                VisitRepository::mapRow);
    }

    public long count(Connection c, VisitQuery q, LocalDate today, int leadDays) throws SQLException {
        SqlWhere where = where(c, q, today, leadDays);
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM visit v " + where.sql())) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /**
     * Live visits other than {@code v} that look like the same person: the same ID number, the same phone, or
     * the same visitor name on the same day. At most {@code limit}, newest first.
     */
    public List<VisitRow> lookAlikes(Connection c, Visit v, int limit) throws SQLException {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!v.visitorIdNumber().isBlank()) {
            clauses.add("v.visitor_id_number = ?");
            params.add(v.visitorIdNumber());
        }
        if (!v.visitorPhone().isBlank()) {
            clauses.add("v.visitor_phone = ?");
            params.add(v.visitorPhone());
        }
        if (!v.visitorName().isBlank() && v.date() != null) {
            clauses.add("(v.visitor_name = ? AND v.visit_date = ?)");
            params.add(v.visitorName());
            params.add(v.date().toString());
        }
        if (clauses.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT v.id, v.visit_date, s.name AS station_name, p.name AS prosecutor_name, v.form, v.category, "
                + "v.visitor_name, v.visitor_phone, v.visitor_id_number, v.people_count, v.involves_minor, v.summary, "
                + "v.handling, v.next_due, v.concluded_on, v.deleted_at "
                + "FROM visit v JOIN station s ON s.id = v.station_id JOIN prosecutor p ON p.id = v.prosecutor_id "
                + "WHERE v.deleted_at IS NULL AND v.id IS NOT ? AND (" + String.join(" OR ", clauses) + ") "
                + "ORDER BY v.visit_date DESC, v.id DESC LIMIT ?";
        List<VisitRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            Sql.setLong(ps, i++, v.id());
            for (Object p : params) {
                ps.setObject(i++, p);
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapRow(rs));
                }
            }
        }
        return rows;
    }

    public long countLive(Connection c) throws SQLException {
        return Sql.countLive(c, "visit");
    }

    /**
     * The sort key of each column: one never-NULL expression (keyset paging compares it with the id). Columns
     * other than the date sort by their value, then by date.
     */
    private static String sortKey(VisitSort sort) {
        return switch (sort) {
            case DATE -> "v.visit_date";
            case STATION -> "s.name || '|' || v.visit_date";
            case PROSECUTOR -> "p.name || '|' || v.visit_date";
            case FORM -> "v.form || '|' || v.visit_date";
            case CATEGORY -> "v.category || '|' || v.visit_date";
            case HANDLING -> "v.handling || '|' || v.visit_date";
            case NEXT_DUE -> "COALESCE(v.next_due, '9999-12-31')";
        };
    }

    /** The filters and words shared by the page and the count. */
    private static SqlWhere where(Connection c, VisitQuery q, LocalDate today, int leadDays) throws SQLException {
        return filters(q, today, leadDays).and(words(c, q).where());
    }

    private static TextSearch.Words words(Connection c, VisitQuery q) throws SQLException {
        return TextSearch.conditions(c, q.text(), "v.id", "visit_fts", SEARCHED);
    }

    private static SqlWhere filters(VisitQuery q, LocalDate today, int leadDays) {
        SqlWhere w = new SqlWhere();
        w.add(q.recycleBin() ? "v.deleted_at IS NOT NULL" : "v.deleted_at IS NULL");
        w.addIfSet("v.visit_date >= ?", q.from() == null ? null : q.from().toString());
        w.addIfSet("v.visit_date <= ?", q.to() == null ? null : q.to().toString());
        w.addIfSet("v.station_id = ?", q.stationId());
        w.addIfSet("v.prosecutor_id = ?", q.prosecutorId());
        w.addIfSet("v.form = ?", q.form() == null ? null : q.form().name());
        w.addIfSet("v.category = ?", q.category() == null ? null : q.category().name());
        StatusFilter status = q.status() == null ? StatusFilter.ALL : q.status();
        switch (status) {
            case OPEN -> w.add("v.concluded_on IS NULL");
            case CONCLUDED -> w.add("v.concluded_on IS NOT NULL");
            case DUE -> w.add("v.next_due IS NOT NULL AND v.next_due <= ?", today.plusDays(leadDays).toString());
            case OVERDUE -> w.add("v.next_due IS NOT NULL AND v.next_due < ?", today.toString());
            case ALL -> { }
        }
        return w;
    }

    private static int bind(PreparedStatement ps, int start, Visit v, VisitDeadlines d) throws SQLException {
        int i = start;
        Sql.setDate(ps, i++, v.date());
        ps.setLong(i++, v.stationId());
        ps.setLong(i++, v.prosecutorId());
        ps.setString(i++, v.form().name());
        ps.setString(i++, v.category().name());
        Sql.setText(ps, i++, v.visitorName());
        Sql.setText(ps, i++, v.visitorPhone());
        Sql.setText(ps, i++, v.visitorIdNumber());
        ps.setInt(i++, v.peopleCount());
        ps.setInt(i++, v.involvesMinor() ? 1 : 0);
        ps.setString(i++, v.summary());
        ps.setString(i++, v.handling().name());
        Sql.setText(ps, i++, v.handlingNote());
        Sql.setText(ps, i++, v.referredTo());
        Sql.setDate(ps, i++, v.followUpDue());
        Sql.setText(ps, i++, v.followUpResult());
        Sql.setDate(ps, i++, d.noticeDue());
        Sql.setDate(ps, i++, v.noticeSentOn());
        Sql.setDate(ps, i++, d.resultDue());
        ps.setInt(i++, v.resultExtended() ? 1 : 0);
        Sql.setDate(ps, i++, v.concludedOn());
        Sql.setDate(ps, i++, d.nextDue());
        return i;
    }

    private static Visit mapVisit(ResultSet rs) throws SQLException {
        return Visit.builder()
                .id(rs.getLong("id"))
                .uuid(rs.getString("uuid"))
                .date(Sql.date(rs, "visit_date"))
                .stationId(rs.getLong("station_id"))
                .prosecutorId(rs.getLong("prosecutor_id"))
                .form(VisitForm.valueOf(rs.getString("form")))
                .category(VisitCategory.valueOf(rs.getString("category")))
                .visitorName(Sql.text(rs, "visitor_name"))
                .visitorPhone(Sql.text(rs, "visitor_phone"))
                .visitorIdNumber(Sql.text(rs, "visitor_id_number"))
                .peopleCount(rs.getInt("people_count"))
                .involvesMinor(rs.getInt("involves_minor") == 1)
                .summary(rs.getString("summary"))
                .handling(Handling.valueOf(rs.getString("handling")))
                .handlingNote(Sql.text(rs, "handling_note"))
                .referredTo(Sql.text(rs, "referred_to"))
                .followUpDue(Sql.date(rs, "follow_up_due"))
                .followUpResult(Sql.text(rs, "follow_up_result"))
                .noticeSentOn(Sql.date(rs, "notice_sent_on"))
                .resultExtended(rs.getInt("result_extended") == 1)
                .concludedOn(Sql.date(rs, "concluded_on"))
                .build();
    }

    private static VisitRow mapRow(ResultSet rs) throws SQLException {
        return new VisitRow(rs.getLong("id"), Sql.date(rs, "visit_date"), rs.getString("station_name"),
                rs.getString("prosecutor_name"), VisitForm.valueOf(rs.getString("form")),
                VisitCategory.valueOf(rs.getString("category")), Sql.text(rs, "visitor_name"),
                Sql.text(rs, "visitor_phone"), Sql.text(rs, "visitor_id_number"), rs.getInt("people_count"), rs.getInt("involves_minor") == 1,
                rs.getString("summary"), Handling.valueOf(rs.getString("handling")), Sql.date(rs, "next_due"),
                Sql.date(rs, "concluded_on"), rs.getString("deleted_at"));
    }
}
