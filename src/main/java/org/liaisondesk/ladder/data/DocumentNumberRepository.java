package org.liaisondesk.ladder.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.liaisondesk.ladder.model.IssuedNumber;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.Sql;

/**
 * The issue register (发文登记): numbers are only ever added. The next serial of a scope and year is one more
 * than the highest given, so a withdrawn document's number is never given again.
 */
public final class DocumentNumberRepository {
    public static final String ENTITY = "document_number";
    private final AuditLog audit;

    public DocumentNumberRepository(AuditLog audit) {
        this.audit = audit;
    }

    public int nextSerial(Connection c, String scope, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(max(serial), 0) + 1 FROM document_number WHERE scope=? AND year=?")) {
            ps.setString(1, scope);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** True when the number was given already (a pattern edited so that two scopes render alike). */
    public boolean exists(Connection c, String number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM document_number WHERE number=?")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public void insert(Connection c, String number, String scope, int year, int serial, long recommendationId,
                       LocalDate issuedOn) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_number(number, scope, year, serial, "
                + "recommendation_id, issued_on, created_at) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, number);
            ps.setString(2, scope);
            ps.setInt(3, year);
            ps.setInt(4, serial);
            ps.setLong(5, recommendationId);
            Sql.setDate(ps, 6, issuedOn);
            ps.setString(7, audit.now());
            ps.executeUpdate();
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        audit.record(c, AuditLog.Action.INSERT, ENTITY, id, number, null,
                java.util.Map.of("number", number, "recommendationId", recommendationId, "issuedOn", issuedOn));
    }

    /** The years in which numbers were given, the latest first. */
    public List<Integer> years(Connection c) throws SQLException {
        List<Integer> years = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT year FROM document_number ORDER BY year DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                years.add(rs.getInt(1));
            }
        }
        return years;
    }

    /** Every number given in {@code year} (all years when null), in the order given. */
    public List<IssuedNumber> register(Connection c, Integer year) throws SQLException {
        List<IssuedNumber> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT n.number, n.year, n.serial, n.issued_on, "
                + "n.recommendation_id, r.tier, r.type, r.title, rc.name AS recipient_name, r.status, r.deleted_at "
                + "FROM document_number n JOIN recommendation r ON r.id = n.recommendation_id "
                + "JOIN recipient rc ON rc.id = r.recipient_id WHERE (? IS NULL OR n.year = ?) "
                + "ORDER BY n.issued_on, n.id")) {
            Sql.setLong(ps, 1, year == null ? null : year.longValue());
            Sql.setLong(ps, 2, year == null ? null : year.longValue());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new IssuedNumber(rs.getString("number"), rs.getInt("year"), rs.getInt("serial"),
                            Sql.date(rs, "issued_on"), rs.getLong("recommendation_id"),
                            Tier.valueOf(rs.getString("tier")), RecommendationType.valueOf(rs.getString("type")),
                            rs.getString("title"), rs.getString("recipient_name"),
                            LadderStatus.valueOf(rs.getString("status")), rs.getString("deleted_at") != null));
                }
            }
        }
        return list;
    }
}
