package org.liaisondesk.register.leads.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.leads.model.LeadQuery;
import org.liaisondesk.register.leads.model.LeadRow;
import org.liaisondesk.register.leads.model.LeadSort;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.register.leads.model.LinkedCase;
import org.liaisondesk.register.leads.model.LookAlike;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.SearchedPage;
import org.liaisondesk.storage.Sql;
import org.liaisondesk.storage.SqlWhere;
import org.liaisondesk.storage.TextSearch;

/**
 * SQL for the lead register. Lists are filtered, sorted and paged by SQLite; search uses the trigram FTS5
 * index for words of three or more characters and LIKE for shorter ones. Cases are linked to leads by the case
 * editor (table {@code matter_link}); here they are only read.
 */
public final class LeadRepository {
    public static final String ENTITY = "lead";
    private static final String COLUMNS = "received_on, source, reporter_liaison_id, reporter_name, reporter_phone, "
            + "station_id, prosecutor_id, visit_id, town, village, grid, field, problem, description, "
            + "rating_illegality, rating_investigability, rating_value, stars, triage, triaged_on, referred_to, "
            + "triage_reason, fed_back_on, feedback_note";
    private static final int COLUMN_COUNT = COLUMNS.split(", ").length;
    private static final List<String> SEARCHED = List.of("ld.description", "ld.reporter_name", "ld.town",
            "ld.village", "ld.grid", "ld.referred_to", "ld.triage_reason", "ld.feedback_note");
    /** The office numbers (or, lacking one, the names) of the live cases linked to the lead {@code ld}. */
    private static final String CASE_NUMBERS = "(SELECT GROUP_CONCAT(COALESCE(m.office_number, m.name), '、' "
            + "ORDER BY m.accepted_on, m.id) FROM matter_link ml JOIN matter m ON m.id = ml.matter_id "
            + "WHERE ml.record_kind = 'LEAD' AND ml.record_id = ld.id AND m.deleted_at IS NULL)";

    /** Written so that SQLite answers it from the index lead_by_place(field, town, village, received_on). */
    static final String LOOK_ALIKES = "SELECT id, received_on, source, town, village, grid, field, description, triage "
            + "FROM lead WHERE field = ? AND town = ? AND village = ? AND received_on BETWEEN ? AND ? "
            + "AND deleted_at IS NULL AND id <> ? ORDER BY received_on DESC, id DESC LIMIT ?";

    /**
     * The problems (问题类型) of live leads and cases, each with how often and when last it was used. Both halves are
     * answered from the partial indexes lead_by_problem and matter_by_problem; the field condition is added when a
     * field is given.
     */
    private static final String PROBLEMS_USED = "SELECT problem, count(*) AS uses, MAX(day) AS last_used FROM ("
            + "SELECT problem, received_on AS day FROM lead WHERE problem IS NOT NULL AND deleted_at IS NULL%1$s "
            + "UNION ALL SELECT problem, accepted_on FROM matter WHERE problem IS NOT NULL AND deleted_at IS NULL%1$s) "
            + "GROUP BY problem ORDER BY uses DESC, last_used DESC, problem LIMIT ?";

    private final AuditLog audit;

    public LeadRepository(AuditLog audit) {
        this.audit = audit;
    }

    /** The audit log this repository records into; an export of the lead list is recorded there too. */
    public AuditLog audit() {
        return audit;
    }

    public Lead insert(Connection c, Lead l) throws SQLException {
        String uuid = l.uuid() != null ? l.uuid() : UUID.randomUUID().toString();
        String now = audit.now();
        long id;
        String marks = String.join(", ", Collections.nCopies(COLUMN_COUNT + 3, "?"));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO lead(uuid, " + COLUMNS
                + ", created_at, updated_at) VALUES (" + marks + ") RETURNING id")) {
            ps.setString(1, uuid);
            int next = bind(ps, 2, l);
            ps.setString(next, now);
            ps.setString(next + 1, now);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        Lead saved = l.toBuilder().id(id).uuid(uuid).build();
        audit.record(c, AuditLog.Action.INSERT, ENTITY, id, uuid, null, saved);
        return saved;
    }

    public Lead update(Connection c, Lead l) throws SQLException {
        Lead old = find(c, l.id()).orElseThrow(() -> new IllegalArgumentException("no lead " + l.id()));
        String set = String.join("=?, ", COLUMNS.split(", ")) + "=?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE lead SET " + set + ", updated_at=? WHERE id=?")) {
            int next = bind(ps, 1, l);
            ps.setString(next, audit.now());
            ps.setLong(next + 1, l.id());
            ps.executeUpdate();
        }
        Lead saved = l.toBuilder().uuid(old.uuid()).build();
        audit.record(c, AuditLog.Action.UPDATE, ENTITY, l.id(), old.uuid(), old, saved);
        return saved;
    }

    /** Moves a lead to the recycle bin. Its links to cases stay, so a restore brings them back too. */
    public void softDelete(Connection c, long id) throws SQLException {
        Lead old = find(c, id).orElseThrow(() -> new IllegalArgumentException("no lead " + id));
        setDeleted(c, id, audit.now());
        audit.record(c, AuditLog.Action.DELETE, ENTITY, id, old.uuid(), old, null);
    }

    /** Brings a lead back from the recycle bin. */
    public void restore(Connection c, long id) throws SQLException {
        Lead l = find(c, id).orElseThrow(() -> new IllegalArgumentException("no lead " + id));
        setDeleted(c, id, null);
        audit.record(c, AuditLog.Action.RESTORE, ENTITY, id, l.uuid(), null, l);
    }

    private static void setDeleted(Connection c, long id, String at) throws SQLException {
        Sql.setDeletedAt(c, "lead", id, at);
    }

    public Optional<Lead> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM lead WHERE id=?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mapLead(rs)) : Optional.empty();
            }
        }
    }

    /** True when the visit exists and is not in the recycle bin (a lead may come from a visit). */
    public boolean visitExists(Connection c, long visitId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM visit WHERE id=? AND deleted_at IS NULL")) {
            ps.setLong(1, visitId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public Page<LeadRow> page(Connection c, LeadQuery q) throws SQLException {
        String columns = "ld.id, ld.received_on, ld.source, COALESCE(li.name, ld.reporter_name) AS reporter_name, "
                + "CASE WHEN ld.reporter_liaison_id IS NULL THEN ld.reporter_phone ELSE li.phone END AS reporter_phone, "
                + "r.name AS reporter_role, s.name AS station_name, p.name AS prosecutor_name, ld.town, ld.village, "
                + "ld.grid, ld.field, ld.problem, ld.description, ld.rating_illegality, ld.rating_investigability, "
                + "ld.rating_value, ld.stars, ld.triage, ld.triaged_on, ld.referred_to, ld.triage_reason, "
                + "ld.fed_back_on, ld.feedback_note, ld.deleted_at, " + CASE_NUMBERS + " AS case_numbers";
        String from = "lead ld LEFT JOIN liaison li ON li.id = ld.reporter_liaison_id "
                + "LEFT JOIN reference_item r ON r.id = li.role_id "
                + "LEFT JOIN station s ON s.id = ld.station_id LEFT JOIN prosecutor p ON p.id = ld.prosecutor_id";
        return SearchedPage.fetch(c, new SearchedPage.Shape(columns, from, "lead ld", "ld.id", sortKey(q.sort()),
                q.descending()), filters(q), words(c, q), q.after(), q.limit(),
                LeadRepository::mapRow);
    }

    public long count(Connection c, LeadQuery q) throws SQLException {
        SqlWhere where = where(c, q);
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM lead ld " + where.sql())) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    public long countLive(Connection c) throws SQLException {
        return Sql.countLive(c, "lead");
    }

    /**
     * Live leads other than {@code excludeId} with the same field, town and village, received from {@code from}
     * to {@code to}; newest first. Answered from the index {@code lead_by_place}.
     */
    public List<LookAlike> lookAlikes(Connection c, SupervisionField field, String town, String village,
                                      LocalDate from, LocalDate to, Long excludeId, int limit) throws SQLException {
        List<LookAlike> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(LOOK_ALIKES)) {
            ps.setString(1, field.name());
            ps.setString(2, town);
            ps.setString(3, village);
            ps.setString(4, from.toString());
            ps.setString(5, to.toString());
            ps.setLong(6, excludeId == null ? -1 : excludeId);
            ps.setInt(7, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new LookAlike(rs.getLong("id"), Sql.date(rs, "received_on"),
                            LeadSource.valueOf(rs.getString("source")), Sql.text(rs, "town"), Sql.text(rs, "village"),
                            Sql.text(rs, "grid"), SupervisionField.valueOf(rs.getString("field")),
                            rs.getString("description"), Triage.valueOf(rs.getString("triage"))));
                }
            }
        }
        return found;
    }

    /**
     * The distinct problems (问题类型) already given to live leads and cases of the field (null: of every field),
     * the most used first, then the most recently used: the suggestions of the editors and the list filter. Cases
     * are read here with plain SQL over their table, so that this feature does not depend on theirs.
     */
    public List<String> problemsUsed(Connection c, SupervisionField field, int limit) throws SQLException {
        String sql = problemsUsedSql(field != null);
        List<String> problems = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (field != null) {
                ps.setString(i++, field.name());
                ps.setString(i++, field.name());
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    problems.add(rs.getString("problem"));
                }
            }
        }
        return problems;
    }

    /** The query of {@link #problemsUsed}: with a field condition (bound twice, then the limit) or without. */
    static String problemsUsedSql(boolean byField) {
        return String.format(PROBLEMS_USED, byField ? " AND field = ?" : "");
    }

    /** The live cases the lead is linked to, in the order they were accepted. */
    public List<LinkedCase> linkedCases(Connection c, long leadId) throws SQLException {
        List<LinkedCase> cases = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.id, m.office_number, m.name FROM matter_link ml "
                + "JOIN matter m ON m.id = ml.matter_id WHERE ml.record_kind = 'LEAD' AND ml.record_id = ? "
                + "AND m.deleted_at IS NULL ORDER BY m.accepted_on, m.id")) {
            ps.setLong(1, leadId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cases.add(new LinkedCase(rs.getLong("id"), Sql.text(rs, "office_number"), rs.getString("name")));
                }
            }
        }
        return cases;
    }

    public List<HistoryEntry> history(Connection c, long id) throws SQLException {
        return AuditLog.history(c, ENTITY, id);
    }

    /**
     * The sort key of each column: one never-NULL expression (keyset paging compares it with the id). Columns
     * other than the date sort by their value, then by date; unrated leads sort as 0 stars, leads without a problem
     * before any problem, leads not fed back before any feedback date.
     */
    private static String sortKey(LeadSort sort) {
        return switch (sort) {
            case RECEIVED -> "ld.received_on";
            case SOURCE -> "ld.source || '|' || ld.received_on";
            case STATION -> "COALESCE(s.name, '') || '|' || ld.received_on";
            case FIELD -> "ld.field || '|' || ld.received_on";
            case PROBLEM -> "COALESCE(ld.problem, '') || '|' || ld.received_on";
            case STARS -> "COALESCE(ld.stars, 0) || '|' || ld.received_on";
            case TRIAGE -> "ld.triage || '|' || ld.received_on";
            case FED_BACK -> "COALESCE(ld.fed_back_on, '0000-00-00') || '|' || ld.received_on";
        };
    }

    /** The filters shared by the page and the count. */
    private static SqlWhere where(Connection c, LeadQuery q) throws SQLException {
        return filters(q).and(words(c, q).where());
    }

    private static TextSearch.Words words(Connection c, LeadQuery q) throws SQLException {
        return TextSearch.conditions(c, q.text(), "ld.id", "lead_fts", SEARCHED);
    }

    static SqlWhere filters(LeadQuery q) {
        SqlWhere w = new SqlWhere();
        w.add(q.recycleBin() ? "ld.deleted_at IS NOT NULL" : "ld.deleted_at IS NULL");
        w.addIfSet("ld.received_on >= ?", q.from() == null ? null : q.from().toString());
        w.addIfSet("ld.received_on <= ?", q.to() == null ? null : q.to().toString());
        w.addIfSet("ld.source = ?", q.source() == null ? null : q.source().name());
        w.addIfSet("ld.field = ?", q.field() == null ? null : q.field().name());
        w.addIfSet("ld.problem = ?", q.problem());
        w.addIfSet("ld.triage = ?", q.triage() == null ? null : q.triage().name());
        w.addIfSet("ld.stars >= ?", q.minStars());
        w.addIfSet("ld.station_id = ?", q.stationId());
        if (q.notFedBack()) {
            // The very condition of the partial index lead_not_told.
            w.add("ld.fed_back_on IS NULL AND ld.triage <> 'PENDING'");
        }
        return w;
    }

    private static int bind(PreparedStatement ps, int start, Lead l) throws SQLException {
        int i = start;
        Sql.setDate(ps, i++, l.receivedOn());
        ps.setString(i++, l.source().name());
        Sql.setLong(ps, i++, l.reporterLiaisonId());
        Sql.setText(ps, i++, l.reporterName());
        Sql.setText(ps, i++, l.reporterPhone());
        Sql.setLong(ps, i++, l.stationId());
        Sql.setLong(ps, i++, l.prosecutorId());
        Sql.setLong(ps, i++, l.visitId());
        Sql.setText(ps, i++, l.town());
        Sql.setText(ps, i++, l.village());
        Sql.setText(ps, i++, l.grid());
        ps.setString(i++, l.field().name());
        Sql.setText(ps, i++, l.problem());
        ps.setString(i++, l.description());
        setInteger(ps, i++, l.ratingIllegality());
        setInteger(ps, i++, l.ratingInvestigability());
        setInteger(ps, i++, l.ratingValue());
        setInteger(ps, i++, l.stars());
        ps.setString(i++, l.triage().name());
        Sql.setDate(ps, i++, l.triagedOn());
        Sql.setText(ps, i++, l.referredTo());
        Sql.setText(ps, i++, l.triageReason());
        Sql.setDate(ps, i++, l.fedBackOn());
        Sql.setText(ps, i++, l.feedbackNote());
        return i;
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Lead mapLead(ResultSet rs) throws SQLException {
        return Lead.builder()
                .id(rs.getLong("id"))
                .uuid(rs.getString("uuid"))
                .receivedOn(Sql.date(rs, "received_on"))
                .source(LeadSource.valueOf(rs.getString("source")))
                .reporterLiaisonId(Sql.nullableLong(rs, "reporter_liaison_id"))
                .reporterName(Sql.text(rs, "reporter_name"))
                .reporterPhone(Sql.text(rs, "reporter_phone"))
                .stationId(Sql.nullableLong(rs, "station_id"))
                .prosecutorId(Sql.nullableLong(rs, "prosecutor_id"))
                .visitId(Sql.nullableLong(rs, "visit_id"))
                .town(Sql.text(rs, "town"))
                .village(Sql.text(rs, "village"))
                .grid(Sql.text(rs, "grid"))
                .field(SupervisionField.valueOf(rs.getString("field")))
                .problem(Sql.text(rs, "problem"))
                .description(rs.getString("description"))
                .rating(integer(rs, "rating_illegality"), integer(rs, "rating_investigability"),
                        integer(rs, "rating_value"))
                .triage(Triage.valueOf(rs.getString("triage")))
                .triagedOn(Sql.date(rs, "triaged_on"))
                .referredTo(Sql.text(rs, "referred_to"))
                .triageReason(Sql.text(rs, "triage_reason"))
                .fedBackOn(Sql.date(rs, "fed_back_on"))
                .feedbackNote(Sql.text(rs, "feedback_note"))
                .build();
    }

    private static LeadRow mapRow(ResultSet rs) throws SQLException {
        return new LeadRow(rs.getLong("id"), Sql.date(rs, "received_on"), LeadSource.valueOf(rs.getString("source")),
                Sql.text(rs, "reporter_name"), Sql.text(rs, "reporter_phone"), Sql.text(rs, "reporter_role"),
                Sql.text(rs, "station_name"), Sql.text(rs, "prosecutor_name"), Sql.text(rs, "town"),
                Sql.text(rs, "village"), Sql.text(rs, "grid"), SupervisionField.valueOf(rs.getString("field")),
                Sql.text(rs, "problem"), rs.getString("description"), integer(rs, "rating_illegality"),
                integer(rs, "rating_investigability"), integer(rs, "rating_value"), integer(rs, "stars"),
                Triage.valueOf(rs.getString("triage")), Sql.date(rs, "triaged_on"), Sql.text(rs, "referred_to"),
                Sql.text(rs, "triage_reason"), Sql.date(rs, "fed_back_on"), Sql.text(rs, "feedback_note"),
                Sql.text(rs, "case_numbers"), rs.getString("deleted_at"));
    }
}
