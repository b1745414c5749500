package org.liaisondesk.register.cases.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.LinkKind;
import org.liaisondesk.register.cases.model.LinkedRecord;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.model.MatterLink;
import org.liaisondesk.register.cases.model.MatterQuery;
import org.liaisondesk.register.cases.model.MatterRow;
import org.liaisondesk.register.cases.model.MatterSort;
import org.liaisondesk.register.cases.model.MatterStatus;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.SearchedPage;
import org.liaisondesk.storage.Sql;
import org.liaisondesk.storage.SqlWhere;
import org.liaisondesk.storage.TextSearch;

/**
 * SQL for cases and their links to leads and visits. Lists are filtered, sorted and paged by SQLite; search
 * uses the trigram FTS5 index through {@link TextSearch}. The leads and visits a case may link to are read
 * here with plain SQL over their tables, so that this feature does not depend on theirs.
 *
 * <p>A case's links are part of its audit value ({@code links}: "LEAD:3, VISIT:7"), so linking and unlinking
 * show in the case's own history as one step with the other changes saved at the same time. Link rows are
 * never touched when a case goes to the recycle bin, so a restored case has its links back.
 */
public final class MatterRepository {
    public static final String ENTITY = "matter";
    private static final String COLUMNS = "business_line, business_id, field, problem, name, office_number, "
            + "unified_code, parties, involves_minor, prosecutor_id, station_id, accepted_on, concluded_on, status, "
            + "summary";
    private static final int COLUMN_COUNT = COLUMNS.split(", ").length;
    private static final List<String> SEARCHED = List.of("m.name", "m.office_number", "m.unified_code", "m.parties",
            "m.summary");
    private static final String LINK_COUNT = "(SELECT count(*) FROM matter_link k WHERE k.matter_id = m.id)";

    /**
     * The problems (问题类型) of live cases and leads, each with how often and when last it was used. Both halves are
     * answered from the partial indexes matter_by_problem and lead_by_problem; the field condition is added when a
     * field is given.
     */
    private static final String PROBLEMS_USED = "SELECT problem, count(*) AS uses, MAX(day) AS last_used FROM ("
            + "SELECT problem, accepted_on AS day FROM matter WHERE problem IS NOT NULL AND deleted_at IS NULL%1$s "
            + "UNION ALL SELECT problem, received_on FROM lead WHERE problem IS NOT NULL AND deleted_at IS NULL%1$s) "
            + "GROUP BY problem ORDER BY uses DESC, last_used DESC, problem LIMIT ?";

    /** Where each kind of linkable record lives: table, date column, text column, FTS table, searched columns. */
    private record Source(String table, String dateColumn, String textColumn, String ftsTable, List<String> searched) {
    }

    private static final Map<LinkKind, Source> SOURCES = Map.of(
            LinkKind.LEAD, new Source("lead", "received_on", "description", "lead_fts",
                    List.of("r.description", "r.reporter_name", "r.town", "r.village", "r.grid", "r.referred_to",
                            "r.triage_reason", "r.feedback_note")),
            LinkKind.VISIT, new Source("visit", "visit_date", "summary", "visit_fts",
                    List.of("r.visitor_name", "r.summary", "r.handling_note", "r.referred_to", "r.follow_up_result")));

    private final AuditLog audit;

    public MatterRepository(AuditLog audit) {
        this.audit = audit;
    }

    /** The audit log this repository records into; an export of the case list is recorded there too. */
    public AuditLog audit() {
        return audit;
    }

    public Matter insert(Connection c, Matter m) throws SQLException {
        String uuid = m.uuid() != null ? m.uuid() : UUID.randomUUID().toString();
        String now = audit.now();
        String marks = String.join(", ", Collections.nCopies(COLUMN_COUNT + 3, "?"));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO matter(uuid, " + COLUMNS
                + ", created_at, updated_at) VALUES (" + marks + ")")) {
            ps.setString(1, uuid);
            int next = bind(ps, 2, m);
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
        for (MatterLink link : m.links()) {
            insertLink(c, id, link, now);
        }
        Matter saved = m.toBuilder().id(id).uuid(uuid).build();
        audit.record(c, AuditLog.Action.INSERT, ENTITY, id, uuid, null, auditValue(saved));
        return saved;
    }

    public Matter update(Connection c, Matter m) throws SQLException {
        Matter old = find(c, m.id()).orElseThrow(() -> new IllegalArgumentException("no matter " + m.id()));
        String now = audit.now();
        String set = String.join("=?, ", COLUMNS.split(", ")) + "=?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE matter SET " + set + ", updated_at=? WHERE id=?")) {
            int next = bind(ps, 1, m);
            ps.setString(next, now);
            ps.setLong(next + 1, m.id());
            ps.executeUpdate();
        }
        TreeSet<MatterLink> removed = new TreeSet<>(old.links());
        removed.removeAll(m.links());
        TreeSet<MatterLink> added = new TreeSet<>(m.links());
        added.removeAll(old.links());
        for (MatterLink link : removed) {
            deleteLink(c, m.id(), link);
        }
        for (MatterLink link : added) {
            insertLink(c, m.id(), link, now);
        }
        Matter saved = m.toBuilder().uuid(old.uuid()).build();
        audit.record(c, AuditLog.Action.UPDATE, ENTITY, m.id(), old.uuid(), auditValue(old), auditValue(saved));
        return saved;
    }

    /** Moves a case to the recycle bin; its links stay. */
    public void softDelete(Connection c, long id) throws SQLException {
        Matter old = find(c, id).orElseThrow(() -> new IllegalArgumentException("no matter " + id));
        setDeleted(c, id, audit.now());
        audit.record(c, AuditLog.Action.DELETE, ENTITY, id, old.uuid(), auditValue(old), null);
    }

    /** Brings a case back from the recycle bin, with the links it had. */
    public void restore(Connection c, long id) throws SQLException {
        Matter m = find(c, id).orElseThrow(() -> new IllegalArgumentException("no matter " + id));
        setDeleted(c, id, null);
        audit.record(c, AuditLog.Action.RESTORE, ENTITY, id, m.uuid(), null, auditValue(m));
    }

    private static void setDeleted(Connection c, long id, String at) throws SQLException {
        Sql.setDeletedAt(c, "matter", id, at);
    }

    private static void insertLink(Connection c, long matterId, MatterLink link, String now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO matter_link(matter_id, record_kind, record_id, created_at) VALUES (?,?,?,?)")) {
            ps.setLong(1, matterId);
            ps.setString(2, link.kind().name());
            ps.setLong(3, link.recordId());
            ps.setString(4, now);
            ps.executeUpdate();
        }
    }

    private static void deleteLink(Connection c, long matterId, MatterLink link) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM matter_link WHERE matter_id=? AND record_kind=? AND record_id=?")) {
            ps.setLong(1, matterId);
            ps.setString(2, link.kind().name());
            ps.setLong(3, link.recordId());
            ps.executeUpdate();
        }
    }

    /**
     * What the audit log keeps of a case: its columns by their model names, and its links as one text value,
     * so that the history shows a link change as "LEAD:3 → LEAD:3, VISIT:7" rather than as JSON.
     */
    static Map<String, Object> auditValue(Matter m) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", m.id());
        v.put("uuid", m.uuid());
        v.put("businessLine", m.businessLine());
        v.put("businessId", m.businessId());
        v.put("field", m.field());
        v.put("problem", m.problem());
        v.put("name", m.name());
        v.put("officeNumber", m.officeNumber());
        v.put("unifiedCode", m.unifiedCode());
        v.put("parties", m.parties());
        v.put("involvesMinor", m.involvesMinor());
        v.put("prosecutorId", m.prosecutorId());
        v.put("stationId", m.stationId());
        v.put("acceptedOn", m.acceptedOn());
        v.put("concludedOn", m.concludedOn());
        v.put("status", m.status());
        v.put("summary", m.summary());
        v.put("links", m.links().stream().map(MatterLink::key).collect(Collectors.joining(", ")));
        return v;
    }

    public Optional<Matter> find(Connection c, long id) throws SQLException {
        Matter found;
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM matter WHERE id=?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                found = mapMatter(rs);
            }
        }
        return Optional.of(found.toBuilder().links(links(c, id)).build());
    }

    public List<MatterLink> links(Connection c, long matterId) throws SQLException {
        List<MatterLink> links = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT record_kind, record_id FROM matter_link WHERE matter_id=? ORDER BY record_kind, record_id")) {
            ps.setLong(1, matterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    links.add(new MatterLink(LinkKind.valueOf(rs.getString(1)), rs.getLong(2)));
                }
            }
        }
        return links;
    }

    /** The name of the live case (other than {@code exceptId}) that uses an office number, if any. */
    public Optional<String> officeNumberOwner(Connection c, String officeNumber, Long exceptId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM matter WHERE office_number = ? "
                + "AND deleted_at IS NULL AND id IS NOT ?")) {
            ps.setString(1, officeNumber);
            Sql.setLong(ps, 2, exceptId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * The distinct problems (问题类型) already given to live cases and leads of the field (null: of every field),
     * the most used first, then the most recently used: the suggestions of the editors and the list filter.
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

    /** True when the lead or visit exists and is not in its recycle bin. */
    public boolean isLive(Connection c, MatterLink link) throws SQLException {
        Source s = SOURCES.get(link.kind());
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM " + s.table() + " WHERE id = ? AND deleted_at IS NULL")) {
            ps.setLong(1, link.recordId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * The leads and visits behind the given links, in the order given, deleted ones included (marked). A link
     * whose record cannot be found at all is described with no date and an empty text.
     */
    public List<LinkedRecord> describe(Connection c, List<MatterLink> links) throws SQLException {
        List<LinkedRecord> records = new ArrayList<>();
        for (MatterLink link : links) {
            Source s = SOURCES.get(link.kind());
            try (PreparedStatement ps = c.prepareStatement("SELECT " + s.dateColumn() + " AS d, " + s.textColumn()
                    + " AS t, deleted_at FROM " + s.table() + " WHERE id = ?")) {
                ps.setLong(1, link.recordId());
                try (ResultSet rs = ps.executeQuery()) {
                    records.add(rs.next()
                            ? new LinkedRecord(link, Sql.date(rs, "d"), LinkedRecord.preview(rs.getString("t")),
                                    rs.getString("deleted_at") != null)
                            : new LinkedRecord(link, null, "", true));
                }
            }
        }
        return records;
    }

    /** Live leads or visits matching the words (all of them; none: the most recent), newest first. */
    public List<LinkedRecord> searchLinkable(Connection c, LinkKind kind, String text, int limit) throws SQLException {
        Source s = SOURCES.get(kind);
        SqlWhere where = new SqlWhere();
        where.add("r.deleted_at IS NULL");
        TextSearch.addWords(c, where, text, "r.id", s.ftsTable(), s.searched());
        String sql = "SELECT r.id, r." + s.dateColumn() + " AS d, r." + s.textColumn() + " AS t FROM " + s.table()
                + " r " + where.sql() + " ORDER BY r." + s.dateColumn() + " DESC, r.id DESC LIMIT ?";
        List<LinkedRecord> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(where.bind(ps), limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new LinkedRecord(new MatterLink(kind, rs.getLong("id")), Sql.date(rs, "d"),
                            LinkedRecord.preview(rs.getString("t")), false));
                }
            }
        }
        return found;
    }

    public Page<MatterRow> page(Connection c, MatterQuery q) throws SQLException {
        String columns = "m.id, m.accepted_on, m.office_number, m.unified_code, m.name, m.business_line, "
                + "b.name AS business_name, m.field, m.problem, m.parties, m.involves_minor, "
                + "p.name AS prosecutor_name, s.name AS station_name, m.status, m.concluded_on, m.summary, "
                + "m.deleted_at, " + LINK_COUNT + " AS link_count";
        String from = "matter m LEFT JOIN reference_item b ON b.id = m.business_id "
                + "LEFT JOIN prosecutor p ON p.id = m.prosecutor_id LEFT JOIN station s ON s.id = m.station_id";
        return SearchedPage.fetch(c, new SearchedPage.Shape(columns, from, "matter m", "m.id", sortKey(q.sort()),
                q.descending()), filters(q), words(c, q), q.after(), q.limit(),
                MatterRepository::mapRow);
    }

    public long count(Connection c, MatterQuery q) throws SQLException {
        SqlWhere where = where(c, q);
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM matter m " + where.sql())) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    public long countLive(Connection c) throws SQLException {
        return Sql.countLive(c, "matter");
    }

    /**
     * The sort key of each column: one never-NULL expression (keyset paging compares it with the id). Enum
     * columns sort in the order of their enum (刑事, 民事, 行政, 公益诉讼), not by the stored name; every
     * column other than the date sorts by its value, then by the date; cases without a problem sort before any.
     */
    static String sortKey(MatterSort sort) {
        return switch (sort) {
            case ACCEPTED_ON -> "m.accepted_on";
            case OFFICE_NUMBER -> "COALESCE(m.office_number, '') || '|' || m.accepted_on";
            case NAME -> "m.name || '|' || m.accepted_on";
            case BUSINESS_LINE -> "printf('%02d|%s', " + Sql.enumOrder("m.business_line", BusinessLine.values())
                    + ", m.accepted_on)";
            case FIELD -> "printf('%02d|%s', " + Sql.enumOrder("m.field", SupervisionField.values()) + ", m.accepted_on)";
            case PROBLEM -> "COALESCE(m.problem, '') || '|' || m.accepted_on";
            case PROSECUTOR -> "COALESCE(p.name, '') || '|' || m.accepted_on";
            case STATUS -> "printf('%02d|%s', " + Sql.enumOrder("m.status", MatterStatus.values()) + ", m.accepted_on)";
            case LINKS -> "printf('%06d|%s', " + LINK_COUNT + ", m.accepted_on)";
        };
    }


    /** The filters shared by the page and the count. */
    private static SqlWhere where(Connection c, MatterQuery q) throws SQLException {
        return filters(q).and(words(c, q).where());
    }

    private static TextSearch.Words words(Connection c, MatterQuery q) throws SQLException {
        return TextSearch.conditions(c, q.text(), "m.id", "matter_fts", SEARCHED);
    }

    private static SqlWhere filters(MatterQuery q) {
        SqlWhere w = new SqlWhere();
        w.add(q.recycleBin() ? "m.deleted_at IS NOT NULL" : "m.deleted_at IS NULL");
        w.addIfSet("m.accepted_on >= ?", q.from() == null ? null : q.from().toString());
        w.addIfSet("m.accepted_on <= ?", q.to() == null ? null : q.to().toString());
        w.addIfSet("m.business_line = ?", q.businessLine() == null ? null : q.businessLine().name());
        w.addIfSet("m.business_id = ?", q.businessId());
        w.addIfSet("m.field = ?", q.field() == null ? null : q.field().name());
        w.addIfSet("m.problem = ?", q.problem());
        w.addIfSet("m.status = ?", q.status() == null ? null : q.status().name());
        w.addIfSet("m.station_id = ?", q.stationId());
        w.addIfSet("m.prosecutor_id = ?", q.prosecutorId());
        return w;
    }

    private static int bind(PreparedStatement ps, int start, Matter m) throws SQLException {
        int i = start;
        ps.setString(i++, m.businessLine().name());
        Sql.setLong(ps, i++, m.businessId());
        ps.setString(i++, m.field().name());
        Sql.setText(ps, i++, m.problem());
        ps.setString(i++, m.name());
        Sql.setText(ps, i++, m.officeNumber());
        Sql.setText(ps, i++, m.unifiedCode());
        Sql.setText(ps, i++, m.parties());
        ps.setInt(i++, m.involvesMinor() ? 1 : 0);
        Sql.setLong(ps, i++, m.prosecutorId());
        Sql.setLong(ps, i++, m.stationId());
        Sql.setDate(ps, i++, m.acceptedOn());
        Sql.setDate(ps, i++, m.concludedOn());
        ps.setString(i++, m.status().name());
        Sql.setText(ps, i++, m.summary());
        return i;
    }

    private static Matter mapMatter(ResultSet rs) throws SQLException {
        return Matter.builder()
                .id(rs.getLong("id"))
                .uuid(rs.getString("uuid"))
                .businessLine(BusinessLine.valueOf(rs.getString("business_line")))
                .businessId(Sql.nullableLong(rs, "business_id"))
                .field(SupervisionField.valueOf(rs.getString("field")))
                .problem(Sql.text(rs, "problem"))
                .name(rs.getString("name"))
                .officeNumber(Sql.text(rs, "office_number"))
                .unifiedCode(Sql.text(rs, "unified_code"))
                .parties(Sql.text(rs, "parties"))
                .involvesMinor(rs.getInt("involves_minor") == 1)
                .prosecutorId(Sql.nullableLong(rs, "prosecutor_id"))
                .stationId(Sql.nullableLong(rs, "station_id"))
                .acceptedOn(Sql.date(rs, "accepted_on"))
                .concludedOn(Sql.date(rs, "concluded_on"))
                .status(MatterStatus.valueOf(rs.getString("status")))
                .summary(Sql.text(rs, "summary"))
                .build();
    }

    private static MatterRow mapRow(ResultSet rs) throws SQLException {
        return new MatterRow(rs.getLong("id"), Sql.date(rs, "accepted_on"), Sql.text(rs, "office_number"),
                Sql.text(rs, "unified_code"), rs.getString("name"), BusinessLine.valueOf(rs.getString("business_line")),
                Sql.text(rs, "business_name"), SupervisionField.valueOf(rs.getString("field")), Sql.text(rs, "problem"),
                Sql.text(rs, "parties"), rs.getInt("involves_minor") == 1, Sql.text(rs, "prosecutor_name"),
                Sql.text(rs, "station_name"), MatterStatus.valueOf(rs.getString("status")),
                Sql.date(rs, "concluded_on"), Sql.text(rs, "summary"), rs.getInt("link_count"),
                rs.getString("deleted_at"));
    }
}
