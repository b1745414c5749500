package org.liaisondesk.ladder.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.liaisondesk.ladder.model.ApproverKind;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.LadderEvent;
import org.liaisondesk.ladder.model.Rectification;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.ladder.model.ReviewResult;
import org.liaisondesk.ladder.model.ServiceMethod;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.Sql;

/** SQL for the events of recommendations: appended in order; only the last one may be taken back. */
public final class LadderEventRepository {
    private final AuditLog audit;

    public LadderEventRepository(AuditLog audit) {
        this.audit = audit;
    }

    /** The recommendation's events in the order they were recorded. */
    public List<LadderEvent> list(Connection c, long recommendationId) throws SQLException {
        List<LadderEvent> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM recommendation_event WHERE recommendation_id=? ORDER BY id")) {
            ps.setLong(1, recommendationId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(map(rs));
                }
            }
        }
        return events;
    }

    public LadderEvent insert(Connection c, long recommendationId, LadderEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO recommendation_event(recommendation_id, kind, "
                + "happened_on, approver_kind, person, service_method, reply_outcome, review_result, visit_method, "
                + "rectification, sector_wide, long_term_mechanism, cause_above_recipient, related_id, text, recorded_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int i = 1;
            ps.setLong(i++, recommendationId);
            ps.setString(i++, e.kind().name());
            Sql.setDate(ps, i++, e.on());
            Sql.setText(ps, i++, name(e.approverKind()));
            Sql.setText(ps, i++, e.person());
            Sql.setText(ps, i++, name(e.serviceMethod()));
            Sql.setText(ps, i++, name(e.replyOutcome()));
            Sql.setText(ps, i++, name(e.reviewResult()));
            Sql.setText(ps, i++, e.visitMethod());
            Sql.setText(ps, i++, name(e.rectification()));
            ps.setInt(i++, e.sectorWide() ? 1 : 0);
            ps.setInt(i++, e.longTermMechanism() ? 1 : 0);
            ps.setInt(i++, e.causeAboveRecipient() ? 1 : 0);
            Sql.setLong(ps, i++, e.relatedId());
            Sql.setText(ps, i++, e.text());
            ps.setString(i, audit.now());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return e.withIds(rs.getLong(1), recommendationId);
        }
    }

    public void delete(Connection c, long eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM recommendation_event WHERE id=?")) {
            ps.setLong(1, eventId);
            ps.executeUpdate();
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static LadderEvent map(ResultSet rs) throws SQLException {
        String approver = rs.getString("approver_kind");
        String service = rs.getString("service_method");
        String outcome = rs.getString("reply_outcome");
        String review = rs.getString("review_result");
        String rect = rs.getString("rectification");
        return LadderEvent.of(EventKind.valueOf(rs.getString("kind")), Sql.date(rs, "happened_on"))
                .approverKind(approver == null ? null : ApproverKind.valueOf(approver))
                .person(Sql.text(rs, "person"))
                .serviceMethod(service == null ? null : ServiceMethod.valueOf(service))
                .replyOutcome(outcome == null ? null : ReplyOutcome.valueOf(outcome))
                .reviewResult(review == null ? null : ReviewResult.valueOf(review))
                .visitMethod(Sql.text(rs, "visit_method"))
                .rectification(rect == null ? null : Rectification.valueOf(rect))
                .sectorWide(rs.getInt("sector_wide") == 1)
                .longTermMechanism(rs.getInt("long_term_mechanism") == 1)
                .causeAboveRecipient(rs.getInt("cause_above_recipient") == 1)
                .relatedId(Sql.nullableLong(rs, "related_id"))
                .text(Sql.text(rs, "text"))
                .build()
                .withIds(rs.getLong("id"), rs.getLong("recommendation_id"));
    }
}
