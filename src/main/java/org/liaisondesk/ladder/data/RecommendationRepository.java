package org.liaisondesk.ladder.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaisondesk.common.model.Cursor;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.ladder.model.ChainLink;
import org.liaisondesk.ladder.model.DueItem;
import org.liaisondesk.ladder.model.Escalation;
import org.liaisondesk.ladder.model.EscalationReason;
import org.liaisondesk.ladder.model.LadderState;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.LinkSummary;
import org.liaisondesk.ladder.model.Recommendation;
import org.liaisondesk.ladder.model.RecommendationQuery;
import org.liaisondesk.ladder.model.RecommendationRow;
import org.liaisondesk.ladder.model.RecommendationSort;
import org.liaisondesk.ladder.model.RecipientRef;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.ladder.model.Rectification;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.LinkedRecord;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.Keyset;
import org.liaisondesk.storage.Sql;
import org.liaisondesk.storage.SqlWhere;
import org.liaisondesk.storage.TextSearch;

/**
 * SQL for recommendations: their content, copies, linked cases and leads, the ladder between them, and the
 * columns derived from their events ({@link LadderState}). Recipients, cases and leads are read with plain SQL
 * over their tables. The audit value of a recommendation holds its content and where it stands, so an event shows
 * in the history as the status and dates it changed.
 */
public final class RecommendationRepository {
    public static final String ENTITY = "recommendation";
    private static final String CONTENT = "tier, type, business_line, field, problem, title, recipient_id, superior_id, "
            + "station_id, prosecutor_id, problem_source, facts, violation, items, legal_basis, objection_days, urgent, "
            + "drafted_on";
    private static final List<String> SEARCHED = List.of("r.title", "r.number", "r.problem", "r.facts", "r.violation",
            "r.items", "r.legal_basis");
    private static final String ROW_SELECT = "SELECT r.id, r.drafted_on, r.number, r.tier, r.type, r.title, "
            + "rc.name AS recipient_name, r.status, r.served_on, r.reply_due_on, r.replied_on, r.reply_outcome, "
            + "r.rectification, r.urgent, r.deleted_at";

    private final AuditLog audit;

    public RecommendationRepository(AuditLog audit) {
        this.audit = audit;
    }

    public AuditLog audit() {
        return audit;
    }

    public Recommendation insert(Connection c, Recommendation r) throws SQLException {
        String uuid = r.uuid() != null ? r.uuid() : UUID.randomUUID().toString();
        String now = audit.now();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO recommendation(uuid, " + CONTENT
                + ", created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, uuid);
            int next = bind(ps, 2, r);
            ps.setString(next, now);
            ps.setString(next + 1, now);
            ps.executeUpdate();
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        Recommendation saved = r.toBuilder().id(id).uuid(uuid).build();
        writeRelations(c, saved);
        audit.record(c, AuditLog.Action.INSERT, ENTITY, id, uuid, null, auditValue(saved, "", LadderState.DRAFT));
        return saved;
    }

    /** Rewrites the content (copies, links and escalations included); the derived columns are left alone. */
    public Recommendation update(Connection c, Recommendation r, String number, LadderState state) throws SQLException {
        Recommendation old = find(c, r.id()).orElseThrow(() -> new IllegalArgumentException("no recommendation " + r.id()));
        String set = String.join("=?, ", CONTENT.split(", ")) + "=?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE recommendation SET " + set + ", updated_at=? WHERE id=?")) {
            int next = bind(ps, 1, r);
            ps.setString(next, audit.now());
            ps.setLong(next + 1, r.id());
            ps.executeUpdate();
        }
        for (String table : List.of("recommendation_copy", "recommendation_link")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE recommendation_id=?")) {
                ps.setLong(1, r.id());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM recommendation_escalation WHERE later_id=?")) {
            ps.setLong(1, r.id());
            ps.executeUpdate();
        }
        Recommendation saved = r.toBuilder().uuid(old.uuid()).build();
        writeRelations(c, saved);
        audit.record(c, AuditLog.Action.UPDATE, ENTITY, r.id(), old.uuid(), auditValue(old, number, state),
                auditValue(saved, number, state));
        return saved;
    }

    /**
     * Stores where the recommendation stands after an event and records the step in its history ({@code before}
     * and {@code after} are the states either side of it).
     */
    public void writeState(Connection c, Recommendation r, String numberBefore, LadderState before, String number,
                           LadderState after) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE recommendation SET status=?, number=?, issued_on=?, "
                + "served_on=?, reply_due_on=?, replied_on=?, reply_outcome=?, rectification=?, return_visit_due_on=?, "
                + "cause_above_recipient=?, filed_on=?, last_event_on=?, updated_at=? WHERE id=?")) {
            int i = 1;
            ps.setString(i++, after.status().name());
            Sql.setText(ps, i++, number);
            Sql.setDate(ps, i++, after.issuedOn());
            Sql.setDate(ps, i++, after.servedOn());
            Sql.setDate(ps, i++, after.replyDueOn());
            Sql.setDate(ps, i++, after.repliedOn());
            Sql.setText(ps, i++, after.replyOutcome() == null ? null : after.replyOutcome().name());
            Sql.setText(ps, i++, after.rectification() == null ? null : after.rectification().name());
            Sql.setDate(ps, i++, after.returnVisitDueOn());
            ps.setInt(i++, after.causeAboveRecipient() ? 1 : 0);
            Sql.setDate(ps, i++, after.filedOn());
            Sql.setDate(ps, i++, after.lastEventOn());
            ps.setString(i++, audit.now());
            ps.setLong(i, r.id());
            ps.executeUpdate();
        }
        Map<String, Object> old = auditValue(r, numberBefore, before);
        Map<String, Object> now = auditValue(r, number, after);
        if (!old.equals(now)) {
            audit.record(c, AuditLog.Action.UPDATE, ENTITY, r.id(), r.uuid(), old, now);
        }
    }

    public void softDelete(Connection c, long id) throws SQLException {
        Recommendation old = find(c, id).orElseThrow(() -> new IllegalArgumentException("no recommendation " + id));
        Sql.setDeletedAt(c, "recommendation", id, audit.now());
        audit.record(c, AuditLog.Action.DELETE, ENTITY, id, old.uuid(), auditValue(old, "", LadderState.DRAFT), null);
    }

    public void restore(Connection c, long id) throws SQLException {
        Recommendation r = find(c, id).orElseThrow(() -> new IllegalArgumentException("no recommendation " + id));
        Sql.setDeletedAt(c, "recommendation", id, null);
        audit.record(c, AuditLog.Action.RESTORE, ENTITY, id, r.uuid(), null, auditValue(r, "", LadderState.DRAFT));
    }

    private static void writeRelations(Connection c, Recommendation r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO recommendation_copy(recommendation_id, recipient_id, position) VALUES (?,?,?)")) {
            int position = 0;
            for (long recipient : r.copyToIds()) {
                ps.setLong(1, r.id());
                ps.setLong(2, recipient);
                ps.setInt(3, position++);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO recommendation_link(recommendation_id, record_kind, record_id) VALUES (?,?,?)")) {
            for (RecordLink link : r.links()) {
                ps.setLong(1, r.id());
                ps.setString(2, link.kind().name());
                ps.setLong(3, link.recordId());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO recommendation_escalation(later_id, earlier_id, reason) VALUES (?,?,?)")) {
            for (Escalation e : r.escalatesFrom()) {
                ps.setLong(1, r.id());
                ps.setLong(2, e.earlierId());
                ps.setString(3, e.reason().name());
                ps.executeUpdate();
            }
        }
    }

    /** What the history keeps of a recommendation: its content by model names and where it stands. */
    static Map<String, Object> auditValue(Recommendation r, String number, LadderState s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", r.id());
        v.put("uuid", r.uuid());
        v.put("tier", r.tier());
        v.put("type", r.type());
        v.put("businessLine", r.businessLine());
        v.put("field", r.field());
        v.put("problem", r.problem());
        v.put("title", r.title());
        v.put("recipientId", r.recipientId());
        v.put("superiorId", r.superiorId());
        v.put("copyToIds", r.copyToIds().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        v.put("links", r.links().stream().map(RecordLink::key).collect(Collectors.joining(", ")));
        v.put("escalatesFrom", r.escalatesFrom().stream().map(Escalation::key).collect(Collectors.joining(", ")));
        v.put("stationId", r.stationId());
        v.put("prosecutorId", r.prosecutorId());
        v.put("problemSource", r.problemSource());
        v.put("facts", r.facts());
        v.put("violation", r.violation());
        v.put("items", String.join("\n", r.items()));
        v.put("legalBasis", r.legalBasis());
        v.put("objectionDays", r.objectionDays());
        v.put("urgent", r.urgent());
        v.put("draftedOn", r.draftedOn());
        v.put("status", s.status());
        v.put("number", number == null ? "" : number);
        v.put("servedOn", s.servedOn());
        v.put("replyDueOn", s.replyDueOn());
        v.put("repliedOn", s.repliedOn());
        v.put("replyOutcome", s.replyOutcome());
        v.put("rectification", s.rectification());
        v.put("filedOn", s.filedOn());
        return v;
    }

    public Optional<Recommendation> find(Connection c, long id) throws SQLException {
        Recommendation.Builder b;
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM recommendation WHERE id=?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                b = map(rs);
            }
        }
        return Optional.of(b.copyToIds(copies(c, id)).links(links(c, id)).escalatesFrom(escalatesFrom(c, id)).build());
    }

    /** The number given at issue, or "" before. */
    public String number(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT number FROM recommendation WHERE id=?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1) != null ? rs.getString(1) : "";
            }
        }
    }

    public boolean isDeleted(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT deleted_at FROM recommendation WHERE id=?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1) != null;
            }
        }
    }

    private static List<Long> copies(Connection c, long id) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT recipient_id FROM recommendation_copy WHERE recommendation_id=? ORDER BY position")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<RecordLink> links(Connection c, long id) throws SQLException {
        List<RecordLink> links = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT record_kind, record_id FROM recommendation_link WHERE recommendation_id=?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    links.add(new RecordLink(RecordLink.Kind.valueOf(rs.getString(1)), rs.getLong(2)));
                }
            }
        }
        return links;
    }

    private static List<Escalation> escalatesFrom(Connection c, long id) throws SQLException {
        List<Escalation> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT earlier_id, reason FROM recommendation_escalation WHERE later_id=?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Escalation(rs.getLong(1), EscalationReason.valueOf(rs.getString(2))));
                }
            }
        }
        return list;
    }

    /** The live (not deleted) recommendations that escalate from {@code id}: (later id, reason). */
    public List<Escalation> escalatedBy(Connection c, long id) throws SQLException {
        List<Escalation> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.later_id, e.reason FROM recommendation_escalation e "
                + "JOIN recommendation r ON r.id = e.later_id WHERE e.earlier_id=? AND r.deleted_at IS NULL "
                + "ORDER BY e.later_id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Escalation(rs.getLong(1), EscalationReason.valueOf(rs.getString(2))));
                }
            }
        }
        return list;
    }

    /**
     * The ladder around {@code id}: every document it escalates from (followed down) and every live document that
     * escalates it (followed up), each once, nearest first.
     */
    public List<ChainLink> chain(Connection c, long id) throws SQLException {
        List<ChainLink> result = new ArrayList<>();
        Map<Long, Boolean> seen = new LinkedHashMap<>();
        seen.put(id, true);
        result.add(chainNode(c, id, 0, null, null));
        follow(c, id, -1, seen, result);
        follow(c, id, 1, seen, result);
        result.sort((a, b) -> Integer.compare(a.step(), b.step()));
        return result;
    }

    private void follow(Connection c, long from, int step, Map<Long, Boolean> seen, List<ChainLink> out)
            throws SQLException {
        List<Escalation> next = step < 0 ? escalatesFrom(c, from) : escalatedBy(c, from);
        for (Escalation e : next) {
            if (seen.putIfAbsent(e.earlierId(), true) == null) {
                out.add(chainNode(c, e.earlierId(), step, from, e.reason()));
                follow(c, e.earlierId(), step + Integer.signum(step), seen, out);
            }
        }
    }

    private static ChainLink chainNode(Connection c, long id, int step, Long fromId, EscalationReason reason)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT tier, number, title, status FROM recommendation WHERE id=?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new ChainLink(id, step, Tier.valueOf(rs.getString("tier")), Sql.text(rs, "number"),
                        rs.getString("title"), LadderStatus.valueOf(rs.getString("status")), fromId, reason);
            }
        }
    }

    /** The recipient's name and its superior's id, when the recipient exists and is live. */
    public Optional<RecipientRef> recipient(Connection c, long recipientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name, superior_id FROM recipient WHERE id=? AND deleted_at IS NULL")) {
            ps.setLong(1, recipientId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new RecipientRef(recipientId, rs.getString(1), Sql.nullableLong(rs, "superior_id")))
                        : Optional.empty();
            }
        }
    }

    /** True when the case or lead exists and is not in its recycle bin. */
    public boolean isLive(Connection c, RecordLink link) throws SQLException {
        String table = link.kind() == RecordLink.Kind.MATTER ? "matter" : "lead";
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM " + table + " WHERE id = ? AND deleted_at IS NULL")) {
            ps.setLong(1, link.recordId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The tier and deletion mark of another recommendation, when it exists. */
    public Optional<Tier> tierOf(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT tier FROM recommendation WHERE id=? AND deleted_at IS NULL")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Tier.valueOf(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** The reply and return-visit due dates stored in the row (either may be null). */
    public Map.Entry<LocalDate, LocalDate> storedDueDates(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT reply_due_on, return_visit_due_on FROM recommendation WHERE id=?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new java.util.AbstractMap.SimpleEntry<>(Sql.date(rs, "reply_due_on"),
                        Sql.date(rs, "return_visit_due_on"));
            }
        }
    }

    /** Ids of live recommendations that were served and are not finished: their deadlines depend on the calendar. */
    public List<Long> servedAndOpen(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM recommendation WHERE deleted_at IS NULL "
                + "AND served_on IS NOT NULL AND status NOT IN ('CLOSED','WITHDRAWN','LAWSUIT_FILED') ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /**
     * What needs doing on the ladder by {@code asOf + soonDays}: overdue replies, replies due soon, objections
     * waiting for review, return visits due (overdue ones included). Most urgent first within each kind.
     */
    public List<DueItem> due(Connection c, LocalDate asOf, int soonDays) throws SQLException {
        String horizon = asOf.plusDays(soonDays).toString();
        String today = asOf.toString();
        String base = "SELECT r.id, r.number, r.tier, r.title, rc.name AS recipient_name, r.reply_due_on, "
                + "r.return_visit_due_on, r.last_event_on, r.served_on FROM recommendation r "
                + "JOIN recipient rc ON rc.id = r.recipient_id WHERE r.deleted_at IS NULL AND ";
        List<DueItem> items = new ArrayList<>();
        collect(c, base + "r.status IN ('SERVED','UNDER_REVIEW') AND r.replied_on IS NULL AND r.reply_due_on < ? "
                + "ORDER BY r.reply_due_on, r.id", List.of(today), DueItem.Kind.REPLY_OVERDUE, "reply_due_on", items);
        collect(c, base + "r.status IN ('SERVED','UNDER_REVIEW') AND r.replied_on IS NULL AND r.reply_due_on >= ? "
                + "AND r.reply_due_on <= ? ORDER BY r.reply_due_on, r.id", List.of(today, horizon),
                DueItem.Kind.REPLY_DUE_SOON, "reply_due_on", items);
        collect(c, base + "r.status = 'UNDER_REVIEW' ORDER BY r.last_event_on, r.id", List.of(),
                DueItem.Kind.OBJECTION_WAITING, null, items);
        collect(c, base + "r.return_visit_due_on IS NOT NULL AND r.return_visit_due_on <= ? "
                + "AND r.status NOT IN ('CLOSED','WITHDRAWN','LAWSUIT_FILED') ORDER BY r.return_visit_due_on, r.id",
                List.of(horizon), DueItem.Kind.RETURN_VISIT_DUE, "return_visit_due_on", items);
        return items;
    }

    private static void collect(Connection c, String sql, List<String> args, DueItem.Kind kind, String dueColumn,
                                List<DueItem> out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DueItem(kind, rs.getLong("id"), Sql.text(rs, "number"), Tier.valueOf(rs.getString("tier")),
                            rs.getString("title"), rs.getString("recipient_name"),
                            dueColumn == null ? null : Sql.date(rs, dueColumn),
                            kind == DueItem.Kind.OBJECTION_WAITING ? Sql.date(rs, "last_event_on")
                                    : Sql.date(rs, "served_on")));
                }
            }
        }
    }

    public Page<RecommendationRow> page(Connection c, RecommendationQuery q) throws SQLException {
        String key = sortKey(q.sort());
        SqlWhere where = where(c, q);
        Keyset.after(where, key, "r.id", q.descending(), q.after());
        String sql = ROW_SELECT + ", " + key + " AS sort_key FROM recommendation r "
                + "JOIN recipient rc ON rc.id = r.recipient_id " + where.sql() + " ORDER BY "
                + Keyset.orderBy(key, "r.id", q.descending()) + " LIMIT ?";
        List<Keyset.Row<RecommendationRow>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(where.bind(ps), q.limit() + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Keyset.Row<>(mapRow(rs), new Cursor(rs.getObject("sort_key"), rs.getLong("id"))));
                }
            }
        }
        return Keyset.page(rows, q.limit());
    }

    public long count(Connection c, RecommendationQuery q) throws SQLException {
        SqlWhere where = where(c, q);
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM recommendation r "
                + "JOIN recipient rc ON rc.id = r.recipient_id " + where.sql())) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    public long countLive(Connection c) throws SQLException {
        return Sql.countLive(c, "recommendation");
    }

    /** Never-NULL sort keys; enum columns sort in the ladder's order, then by the drafting date. */
    static String sortKey(RecommendationSort sort) {
        return switch (sort) {
            case DRAFTED_ON -> "r.drafted_on";
            case NUMBER -> "COALESCE(r.number, '') || '|' || r.drafted_on";
            case TIER -> "printf('%02d|%s', " + Sql.enumOrder("r.tier", Tier.values()) + ", r.drafted_on)";
            case TITLE -> "r.title || '|' || r.drafted_on";
            case RECIPIENT -> "rc.name || '|' || r.drafted_on";
            case STATUS -> "printf('%02d|%s', " + Sql.enumOrder("r.status", LadderStatus.values()) + ", r.drafted_on)";
            case REPLY_DUE -> "COALESCE(r.reply_due_on, '9999-12-31') || '|' || r.drafted_on";
        };
    }


    private static SqlWhere where(Connection c, RecommendationQuery q) throws SQLException {
        SqlWhere w = new SqlWhere();
        w.add(q.recycleBin() ? "r.deleted_at IS NOT NULL" : "r.deleted_at IS NULL");
        w.addIfSet("r.tier = ?", q.tier() == null ? null : q.tier().name());
        w.addIfSet("r.type = ?", q.type() == null ? null : q.type().name());
        w.addIfSet("r.status = ?", q.status() == null ? null : q.status().name());
        if (q.recipientId() != null) {
            w.add("(r.recipient_id = ? OR r.id IN (SELECT recommendation_id FROM recommendation_copy "
                    + "WHERE recipient_id = ?))", q.recipientId(), q.recipientId());
        }
        LocalDate asOf = q.asOf();
        if (q.overdueOnly()) {
            w.add("r.status IN ('SERVED','UNDER_REVIEW') AND r.replied_on IS NULL AND r.reply_due_on < ?",
                    asOf.toString());
        }
        if (q.dueWithinDays() > 0) {
            w.add("r.status IN ('SERVED','UNDER_REVIEW') AND r.replied_on IS NULL AND r.reply_due_on >= ? "
                    + "AND r.reply_due_on <= ?", asOf.toString(), asOf.plusDays(q.dueWithinDays()).toString());
        }
        TextSearch.addWords(c, w, q.text(), "r.id", "recommendation_fts", SEARCHED);
        return w;
    }

    private static int bind(PreparedStatement ps, int start, Recommendation r) throws SQLException {
        int i = start;
        ps.setString(i++, r.tier().name());
        ps.setString(i++, r.type().name());
        ps.setString(i++, r.businessLine().name());
        ps.setString(i++, r.field().name());
        Sql.setText(ps, i++, r.problem());
        ps.setString(i++, r.title());
        ps.setLong(i++, r.recipientId());
        Sql.setLong(ps, i++, r.superiorId());
        Sql.setLong(ps, i++, r.stationId());
        Sql.setLong(ps, i++, r.prosecutorId());
        Sql.setText(ps, i++, r.problemSource());
        Sql.setText(ps, i++, r.facts());
        Sql.setText(ps, i++, r.violation());
        Sql.setText(ps, i++, String.join("\n", r.items()));
        Sql.setText(ps, i++, r.legalBasis());
        ps.setInt(i++, r.objectionDays());
        ps.setInt(i++, r.urgent() ? 1 : 0);
        Sql.setDate(ps, i++, r.draftedOn());
        return i;
    }

    private static Recommendation.Builder map(ResultSet rs) throws SQLException {
        String items = Sql.text(rs, "items");
        return Recommendation.builder()
                .id(rs.getLong("id"))
                .uuid(rs.getString("uuid"))
                .tier(Tier.valueOf(rs.getString("tier")))
                .type(RecommendationType.valueOf(rs.getString("type")))
                .businessLine(BusinessLine.valueOf(rs.getString("business_line")))
                .field(SupervisionField.valueOf(rs.getString("field")))
                .problem(Sql.text(rs, "problem"))
                .title(rs.getString("title"))
                .recipientId(rs.getLong("recipient_id"))
                .superiorId(Sql.nullableLong(rs, "superior_id"))
                .stationId(Sql.nullableLong(rs, "station_id"))
                .prosecutorId(Sql.nullableLong(rs, "prosecutor_id"))
                .problemSource(Sql.text(rs, "problem_source"))
                .facts(Sql.text(rs, "facts"))
                .violation(Sql.text(rs, "violation"))
                .items(items.isEmpty() ? List.of() : Arrays.asList(items.split("\n")))
                .legalBasis(Sql.text(rs, "legal_basis"))
                .objectionDays(rs.getInt("objection_days"))
                .urgent(rs.getInt("urgent") == 1)
                .draftedOn(Sql.date(rs, "drafted_on"));
    }

    /**
     * The cases and leads a recommendation is about, cases first, each oldest first: a case by its name and office
     * number, a lead by the start of its description. Deleted ones are included and marked.
     */
    public List<LinkSummary> describeLinks(Connection c, long id) throws SQLException {
        String sql = "SELECT l.record_kind, l.record_id, COALESCE(m.accepted_on, ld.received_on) AS d, "
                + "m.name, m.office_number, ld.description, COALESCE(m.deleted_at, ld.deleted_at) AS deleted_at, "
                + "COALESCE(m.id, ld.id) AS found FROM recommendation_link l "
                + "LEFT JOIN matter m ON l.record_kind = 'MATTER' AND m.id = l.record_id "
                + "LEFT JOIN lead ld ON l.record_kind = 'LEAD' AND ld.id = l.record_id "
                + "WHERE l.recommendation_id = ? ORDER BY l.record_kind DESC, COALESCE(m.accepted_on, ld.received_on, ''), l.record_id";
        List<LinkSummary> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    RecordLink link = new RecordLink(RecordLink.Kind.valueOf(rs.getString("record_kind")),
                            rs.getLong("record_id"));
                    if (rs.getObject("found") == null) {
                        list.add(new LinkSummary(link, null, "", true));
                        continue;
                    }
                    String office = Sql.text(rs, "office_number");
                    String text = link.kind() == RecordLink.Kind.MATTER
                            ? rs.getString("name") + (office.isEmpty() ? "" : "（" + office + "）")
                            : LinkedRecord.preview(rs.getString("description"));
                    list.add(new LinkSummary(link, Sql.date(rs, "d"), text, rs.getString("deleted_at") != null));
                }
            }
        }
        return list;
    }

    /** The names of recipient organisations by id, deleted ones included (a document keeps naming them). */
    public Map<Long, String> recipientNames(Connection c, java.util.Collection<Long> ids) throws SQLException {
        Map<Long, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        String marks = ids.stream().map(i -> "?").collect(Collectors.joining(","));
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM recipient WHERE id IN (" + marks + ")")) {
            int i = 1;
            for (Long rid : ids) {
                ps.setLong(i++, rid);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return names;
    }

    private static RecommendationRow mapRow(ResultSet rs) throws SQLException {
        String outcome = rs.getString("reply_outcome");
        String rect = rs.getString("rectification");
        return new RecommendationRow(rs.getLong("id"), Sql.date(rs, "drafted_on"), Sql.text(rs, "number"),
                Tier.valueOf(rs.getString("tier")), RecommendationType.valueOf(rs.getString("type")),
                rs.getString("title"), rs.getString("recipient_name"), LadderStatus.valueOf(rs.getString("status")),
                Sql.date(rs, "served_on"), Sql.date(rs, "reply_due_on"), Sql.date(rs, "replied_on"),
                outcome == null ? null : ReplyOutcome.valueOf(outcome), rect == null ? null : Rectification.valueOf(rect),
                rs.getInt("urgent") == 1, rs.getString("deleted_at"));
    }
}
