package org.liaisondesk.ladder.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.RecipientRef;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.Rectification;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.ladder.model.SuggestionCandidate;
import org.liaisondesk.ladder.model.SuggestionDismissal;
import org.liaisondesk.ladder.model.SuggestionEvidence;
import org.liaisondesk.ladder.model.SuggestionGroup;
import org.liaisondesk.ladder.model.SuggestionRule;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.Sql;

/**
 * SQL for the escalation suggestions: the cases and leads that share a field and a problem (counted and grouped by
 * SQLite), the issued recommendations whose state may call for the next step, the records linked to one, a
 * recipient's chain of superiors, and the dismissed suggestions.
 */
public final class SuggestionRepository {
    public static final String DISMISSAL_ENTITY = "suggestion_dismissal";
    /** How deep a chain of superiors is followed; guards against a loop typed into the directory. */
    static final int MAX_SUPERIOR_DEPTH = 20;

    /**
     * A record is "cited" when a live (not deleted, not withdrawn) class-case recommendation or special report links
     * it; cited records are not counted again. Answered from recommendation_link_by_record for each row.
     */
    private static final String CITED = "EXISTS (SELECT 1 FROM recommendation_link rl JOIN recommendation cr "
            + "ON cr.id = rl.recommendation_id WHERE rl.record_kind = '%s' AND rl.record_id = %s "
            + "AND cr.deleted_at IS NULL AND cr.status <> 'WITHDRAWN' AND cr.tier IN ('CLASS','SPECIAL_REPORT'))";

    /**
     * The counted cases and leads of every field and problem with at least {@code ?3} of them between {@code ?1} and
     * {@code ?2}. Counting reads only the partial indexes matter_by_problem and lead_by_problem (field, problem, date;
     * their conditions {@code deleted_at IS NULL AND problem IS NOT NULL} are repeated here, and problems are stored
     * normalized, blank as NULL); the rows themselves are read only for the groups that reach the threshold. A lead
     * linked to a live case counted in the same group, or to a case already cited, is left out: its problem is
     * counted with the case.
     */
    static final String REPEATED = "WITH counted_matter AS ("
            + "SELECT m.id, m.field, m.problem, m.accepted_on AS day FROM matter m INDEXED BY matter_by_problem "
            + "WHERE m.deleted_at IS NULL AND m.problem IS NOT NULL AND m.accepted_on >= ?1 AND m.accepted_on <= ?2 "
            + "AND NOT " + CITED.formatted("MATTER", "m.id") + "), "
            + "counted_lead AS ("
            + "SELECT ld.id, ld.field, ld.problem, ld.received_on AS day FROM lead ld INDEXED BY lead_by_problem "
            + "WHERE ld.deleted_at IS NULL AND ld.problem IS NOT NULL "
            + "AND ld.received_on >= ?1 AND ld.received_on <= ?2 "
            + "AND NOT " + CITED.formatted("LEAD", "ld.id") + " "
            + "AND NOT EXISTS (SELECT 1 FROM matter_link ml JOIN matter lm ON lm.id = ml.matter_id "
            + "WHERE ml.record_kind = 'LEAD' AND ml.record_id = ld.id AND lm.deleted_at IS NULL "
            + "AND ((lm.field = ld.field AND lm.problem = ld.problem "
            + "AND lm.accepted_on >= ?1 AND lm.accepted_on <= ?2) "
            + "OR " + CITED.formatted("MATTER", "lm.id") + "))), "
            + "counted AS MATERIALIZED (SELECT 'MATTER' AS kind, * FROM counted_matter "
            + "UNION ALL SELECT 'LEAD', * FROM counted_lead), "
            + "repeated AS (SELECT field, problem FROM counted GROUP BY field, problem HAVING count(*) >= ?3) "
            + "SELECT c.kind, c.id, c.field, c.problem, c.day, COALESCE(m.name, ld.description) AS name, m.parties, "
            + "m.office_number, COALESCE(m.involves_minor, 0) AS involves_minor, m.business_line "
            + "FROM counted c JOIN repeated r ON r.field = c.field AND r.problem = c.problem "
            + "LEFT JOIN matter m ON c.kind = 'MATTER' AND m.id = c.id "
            + "LEFT JOIN lead ld ON c.kind = 'LEAD' AND ld.id = c.id "
            + "ORDER BY c.field, c.problem, c.day, c.kind DESC, c.id";

    /**
     * Issued individual and class-case recommendations whose stored state may call for a next step on {@code ?1}:
     * overdue, not adopted, rectification not done or partial, or the cause above the recipient. Escalated ones only
     * when public-interest (a lawsuit may still follow). Filtered through recommendation_by_status (CROSS JOIN keeps
     * the recommendation the outer table, whatever the statistics say); the rules decide.
     */
    static final String CANDIDATES = "SELECT r.id, r.tier, r.type, r.business_line, r.field, r.problem, r.title, "
            + "r.number, r.status, r.recipient_id, rc.name AS recipient_name, rc.superior_id AS recipient_superior_id, "
            + "(SELECT id FROM recipient WHERE id = r.superior_id AND deleted_at IS NULL) AS superior_id, "
            + "(SELECT name FROM recipient WHERE id = r.superior_id AND deleted_at IS NULL) AS superior_name, "
            + "(SELECT superior_id FROM recipient WHERE id = r.superior_id AND deleted_at IS NULL) "
            + "AS superior_superior_id, "
            + "r.station_id, r.prosecutor_id, r.served_on, r.reply_due_on, r.replied_on, r.reply_outcome, "
            + "r.rectification, r.return_visit_due_on, r.cause_above_recipient, "
            + "EXISTS (SELECT 1 FROM recommendation_event ev WHERE ev.recommendation_id = r.id "
            + "AND ev.kind = 'OBJECTION_REVIEWED' AND ev.review_result = 'REJECTED') AS objection_rejected, "
            + "EXISTS (SELECT 1 FROM recommendation_escalation e JOIN recommendation later ON later.id = e.later_id "
            + "WHERE e.earlier_id = r.id AND later.deleted_at IS NULL AND later.status <> 'WITHDRAWN') "
            + "AS escalated_later "
            + "FROM recommendation r CROSS JOIN recipient rc ON rc.id = r.recipient_id "
            + "WHERE r.deleted_at IS NULL AND r.status IN ('SERVED','UNDER_REVIEW','REPLIED','VERIFIED','ESCALATED') "
            + "AND r.tier IN ('INDIVIDUAL','CLASS') AND (r.status <> 'ESCALATED' OR r.type = 'PUBLIC_INTEREST') "
            + "AND ((r.replied_on IS NULL AND r.reply_due_on < ?1) OR r.reply_outcome = 'NOT_ADOPTED' "
            + "OR r.rectification IN ('NONE','PARTIAL') OR r.cause_above_recipient = 1) "
            + "ORDER BY r.reply_due_on, r.id";

    private final AuditLog audit;

    public SuggestionRepository(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * The cases and leads that share a field and a problem with at least {@code threshold - 1} others between
     * {@code from} and {@code to} (both included), grouped; each record once, not deleted, not already cited by a
     * live class-case recommendation or special report. Largest groups first.
     */
    public List<SuggestionGroup> repeatedProblems(Connection c, LocalDate from, LocalDate to, int threshold)
            throws SQLException {
        Map<String, List<SuggestionEvidence>> records = new LinkedHashMap<>();
        Map<String, SupervisionField> fields = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, Map<BusinessLine, Integer>> lines = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(REPEATED)) {
            ps.setString(1, from.toString());
            ps.setString(2, to.toString());
            ps.setInt(3, threshold);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String field = rs.getString("field");
                    String problem = rs.getString("problem");
                    String group = field + "\u0000" + problem;
                    fields.putIfAbsent(group, SupervisionField.valueOf(field));
                    problems.putIfAbsent(group, problem);
                    long id = rs.getLong("id");
                    LocalDate day = Sql.date(rs, "day");
                    SuggestionEvidence e;
                    if ("MATTER".equals(rs.getString("kind"))) {
                        e = SuggestionEvidence.matter(id, day, rs.getString("name"), Sql.text(rs, "parties"),
                                Sql.text(rs, "office_number"), rs.getInt("involves_minor") == 1);
                        lines.computeIfAbsent(group, g -> new EnumMap<>(BusinessLine.class))
                                .merge(BusinessLine.valueOf(rs.getString("business_line")), 1, Integer::sum);
                    } else {
                        e = SuggestionEvidence.lead(id, day, rs.getString("name"), SupervisionField.valueOf(field));
                    }
                    records.computeIfAbsent(group, g -> new ArrayList<>()).add(e);
                }
            }
        }
        List<SuggestionGroup> groups = new ArrayList<>();
        for (Map.Entry<String, List<SuggestionEvidence>> g : records.entrySet()) {
            Map<BusinessLine, Integer> byLine = lines.get(g.getKey());
            BusinessLine line = byLine == null ? null : byLine.entrySet().stream()
                    .max(Map.Entry.<BusinessLine, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(null);
            groups.add(new SuggestionGroup(fields.get(g.getKey()), problems.get(g.getKey()), line, g.getValue()));
        }
        groups.sort(Comparator.comparingInt((SuggestionGroup g) -> g.records().size()).reversed());
        return groups;
    }

    /** The issued recommendations whose state may call for a next step on {@code asOf} (see {@link #CANDIDATES}). */
    public List<SuggestionCandidate> candidates(Connection c, LocalDate asOf) throws SQLException {
        List<SuggestionCandidate> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(CANDIDATES)) {
            ps.setString(1, asOf.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(mapCandidate(rs));
                }
            }
        }
        return list;
    }

    private static SuggestionCandidate mapCandidate(ResultSet rs) throws SQLException {
        Long superiorId = Sql.nullableLong(rs, "superior_id");
        String outcome = rs.getString("reply_outcome");
        String rectification = rs.getString("rectification");
        return new SuggestionCandidate(
                rs.getLong("id"),
                Tier.valueOf(rs.getString("tier")),
                RecommendationType.valueOf(rs.getString("type")),
                BusinessLine.valueOf(rs.getString("business_line")),
                SupervisionField.valueOf(rs.getString("field")),
                Sql.text(rs, "problem"),
                rs.getString("title"),
                Sql.text(rs, "number"),
                LadderStatus.valueOf(rs.getString("status")),
                new RecipientRef(rs.getLong("recipient_id"), rs.getString("recipient_name"),
                        Sql.nullableLong(rs, "recipient_superior_id")),
                superiorId == null ? null : new RecipientRef(superiorId, rs.getString("superior_name"),
                        Sql.nullableLong(rs, "superior_superior_id")),
                Sql.nullableLong(rs, "station_id"),
                Sql.nullableLong(rs, "prosecutor_id"),
                Sql.date(rs, "served_on"),
                Sql.date(rs, "reply_due_on"),
                Sql.date(rs, "replied_on"),
                outcome == null ? null : ReplyOutcome.valueOf(outcome),
                rectification == null ? null : Rectification.valueOf(rectification),
                Sql.date(rs, "return_visit_due_on"),
                rs.getInt("cause_above_recipient") == 1,
                rs.getInt("objection_rejected") == 1,
                rs.getInt("escalated_later") == 1);
    }

    /** The live cases and leads a recommendation is about, oldest first. */
    public List<SuggestionEvidence> linkedRecords(Connection c, long recommendationId) throws SQLException {
        List<SuggestionEvidence> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT 'MATTER' AS kind, m.id, m.accepted_on AS day, m.name, "
                + "m.parties, m.office_number, m.involves_minor, m.field FROM recommendation_link rl "
                + "JOIN matter m ON m.id = rl.record_id WHERE rl.recommendation_id = ?1 AND rl.record_kind = 'MATTER' "
                + "AND m.deleted_at IS NULL "
                + "UNION ALL SELECT 'LEAD', ld.id, ld.received_on, ld.description, NULL, NULL, 0, ld.field "
                + "FROM recommendation_link rl JOIN lead ld ON ld.id = rl.record_id WHERE rl.recommendation_id = ?1 "
                + "AND rl.record_kind = 'LEAD' AND ld.deleted_at IS NULL ORDER BY day, kind DESC, id")) {
            ps.setLong(1, recommendationId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    LocalDate day = Sql.date(rs, "day");
                    list.add("MATTER".equals(rs.getString("kind"))
                            ? SuggestionEvidence.matter(id, day, rs.getString("name"), Sql.text(rs, "parties"),
                                    Sql.text(rs, "office_number"), rs.getInt("involves_minor") == 1)
                            : SuggestionEvidence.lead(id, day, rs.getString("name"),
                                    SupervisionField.valueOf(rs.getString("field"))));
                }
            }
        }
        return list;
    }

    /**
     * The live recipient followed by its live superiors, upwards (empty when the recipient is not in the directory).
     * A loop typed into the directory ends the chain where it would repeat.
     */
    public List<RecipientRef> superiorChain(Connection c, long recipientId) throws SQLException {
        List<RecipientRef> chain = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("WITH RECURSIVE up(id, name, superior_id, depth) AS ("
                + "SELECT id, name, superior_id, 0 FROM recipient WHERE id = ? AND deleted_at IS NULL "
                + "UNION ALL SELECT r.id, r.name, r.superior_id, up.depth + 1 FROM recipient r "
                + "JOIN up ON r.id = up.superior_id WHERE r.deleted_at IS NULL AND up.depth < ?) "
                + "SELECT id, name, superior_id FROM up ORDER BY depth")) {
            ps.setLong(1, recipientId);
            ps.setInt(2, MAX_SUPERIOR_DEPTH);
            Set<Long> seen = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && seen.add(rs.getLong("id"))) {
                    chain.add(new RecipientRef(rs.getLong("id"), rs.getString("name"),
                            Sql.nullableLong(rs, "superior_id")));
                }
            }
        }
        return chain;
    }

    /**
     * The sector's regulator as the register knows it: the live recipient most addressed by live recommendations of
     * the field, preferring those that received class-case recommendations. Answered from recommendation_by_field.
     */
    public Optional<RecipientRef> regulator(Connection c, SupervisionField field) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT rc.id, rc.name, rc.superior_id FROM recommendation r "
                + "JOIN recipient rc ON rc.id = r.recipient_id AND rc.deleted_at IS NULL "
                + "WHERE r.field = ? AND r.deleted_at IS NULL AND r.status <> 'WITHDRAWN' GROUP BY rc.id "
                + "ORDER BY max(r.tier = 'CLASS') DESC, count(*) DESC, rc.id LIMIT 1")) {
            ps.setString(1, field.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new RecipientRef(rs.getLong("id"), rs.getString("name"),
                        Sql.nullableLong(rs, "superior_id"))) : Optional.empty();
            }
        }
    }

    /** The live recipients by name, for choosing one when no regulator is known; at most {@code limit}. */
    public List<RecipientRef> recipients(Connection c, int limit) throws SQLException {
        List<RecipientRef> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, superior_id FROM recipient "
                + "WHERE deleted_at IS NULL ORDER BY name, id LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new RecipientRef(rs.getLong("id"), rs.getString("name"),
                            Sql.nullableLong(rs, "superior_id")));
                }
            }
        }
        return list;
    }

    /** "RULE|key" of every dismissal. */
    public Set<String> dismissedKeys(Connection c) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT rule, evidence_key FROM suggestion_dismissal");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(dismissedKey(SuggestionRule.valueOf(rs.getString(1)), rs.getString(2)));
            }
        }
        return keys;
    }

    public static String dismissedKey(SuggestionRule rule, String evidenceKey) {
        return rule.name() + "|" + evidenceKey;
    }

    /** Every dismissal, the latest first. */
    public List<SuggestionDismissal> dismissals(Connection c) throws SQLException {
        List<SuggestionDismissal> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT rule, evidence_key, reason, dismissed_on, user_name "
                + "FROM suggestion_dismissal ORDER BY dismissed_on DESC, rowid DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new SuggestionDismissal(SuggestionRule.valueOf(rs.getString("rule")),
                        rs.getString("evidence_key"), rs.getString("reason"), Sql.date(rs, "dismissed_on"),
                        Sql.text(rs, "user_name")));
            }
        }
        return list;
    }

    /** Stores a dismissal with its history row; false (nothing written) when it was dismissed already. */
    public boolean insertDismissal(Connection c, SuggestionDismissal d) throws SQLException {
        if (findDismissalRow(c, d.rule(), d.evidenceKey()).isPresent()) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO suggestion_dismissal(rule, evidence_key, reason, "
                + "dismissed_on, user_name) VALUES (?,?,?,?,?)")) {
            ps.setString(1, d.rule().name());
            ps.setString(2, d.evidenceKey());
            ps.setString(3, d.reason());
            Sql.setDate(ps, 4, d.dismissedOn());
            Sql.setText(ps, 5, d.userName());
            ps.executeUpdate();
        }
        long row = findDismissalRow(c, d.rule(), d.evidenceKey()).orElseThrow();
        audit.record(c, AuditLog.Action.INSERT, DISMISSAL_ENTITY, row, null, null, auditValue(d));
        return true;
    }

    /** Takes a dismissal back (the suggestion may come again) with its history row; false when there was none. */
    public boolean deleteDismissal(Connection c, SuggestionRule rule, String evidenceKey) throws SQLException {
        Optional<Long> row = findDismissalRow(c, rule, evidenceKey);
        if (row.isEmpty()) {
            return false;
        }
        SuggestionDismissal old;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT reason, dismissed_on, user_name FROM suggestion_dismissal WHERE rowid = ?")) {
            ps.setLong(1, row.get());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                old = new SuggestionDismissal(rule, evidenceKey, rs.getString("reason"), Sql.date(rs, "dismissed_on"),
                        Sql.text(rs, "user_name"));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM suggestion_dismissal WHERE rowid = ?")) {
            ps.setLong(1, row.get());
            ps.executeUpdate();
        }
        audit.record(c, AuditLog.Action.DELETE, DISMISSAL_ENTITY, row.get(), null, auditValue(old), null);
        return true;
    }

    private static Optional<Long> findDismissalRow(Connection c, SuggestionRule rule, String evidenceKey)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT rowid FROM suggestion_dismissal WHERE rule = ? AND evidence_key = ?")) {
            ps.setString(1, rule.name());
            ps.setString(2, evidenceKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static Map<String, Object> auditValue(SuggestionDismissal d) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("rule", d.rule());
        v.put("evidenceKey", d.evidenceKey());
        v.put("reason", d.reason());
        v.put("dismissedOn", d.dismissedOn());
        v.put("userName", d.userName());
        return v;
    }
}
