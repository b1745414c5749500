package org.liaisondesk.demo.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liaisondesk.storage.Sql;

/**
 * The register generator's SQL: rows written in bulk with one reused prepared statement per table and JDBC
 * batches, inside the caller's transaction. No audit rows (a generated register is for benchmarks, not a record
 * of anyone's work); the full-text indexes are kept by the schema's own triggers.
 */
public final class GeneratedRows {
    /** The tables the generator fills, with the columns it writes, in the order a row's values are given. */
    public enum Table {
        STATION("station", "id", "uuid", "name", "kind", "address", "note", "created_at", "updated_at"),
        PROSECUTOR("prosecutor", "id", "uuid", "name", "phone", "station_id", "note", "created_at", "updated_at"),
        LIAISON("liaison", "id", "uuid", "name", "role_id", "station_id", "grid", "phone", "appointed_on", "note",
                "created_at", "updated_at"),
        RECIPIENT("recipient", "id", "uuid", "name", "superior_id", "address", "contact", "phone", "note",
                "created_at", "updated_at"),
        VISIT("visit", "id", "uuid", "visit_date", "station_id", "prosecutor_id", "form", "category", "visitor_name",
                "visitor_phone", "visitor_id_number", "people_count", "involves_minor", "summary", "handling",
                "handling_note", "referred_to", "follow_up_due", "follow_up_result", "notice_due", "notice_sent_on",
                "result_due", "result_extended", "concluded_on", "next_due", "created_at", "updated_at"),
        LEAD("lead", "id", "uuid", "received_on", "source", "reporter_liaison_id", "reporter_name", "reporter_phone",
                "station_id", "prosecutor_id", "town", "village", "grid", "field", "problem", "description",
                "rating_illegality", "rating_investigability", "rating_value", "stars", "triage", "triaged_on",
                "referred_to", "triage_reason", "fed_back_on", "feedback_note", "created_at", "updated_at"),
        MATTER("matter", "id", "uuid", "business_line", "business_id", "field", "problem", "name", "office_number",
                "parties", "involves_minor", "prosecutor_id", "station_id", "accepted_on", "concluded_on", "status",
                "summary", "created_at", "updated_at"),
        MATTER_LINK("matter_link", "matter_id", "record_kind", "record_id", "created_at"),
        WORK("work_activity", "id", "uuid", "kind", "held_on", "station_id", "prosecutor_id", "matter_id", "title",
                "place", "parties", "involves_minor", "mediator", "channel", "outcome", "resolved", "applicant_name",
                "applicant_id_number", "amount_approved_fen", "amount_paid_fen", "hearing_type", "topic",
                "audience_count", "hours_agreed", "assessment", "note", "created_at", "updated_at"),
        PANEL_MEMBER("work_panel_member", "activity_id", "liaison_id"),
        SERVICE_SESSION("community_service_log", "id", "uuid", "activity_id", "done_on", "hours", "note", "created_at"),
        RECOMMENDATION("recommendation", "id", "uuid", "tier", "type", "business_line", "field", "problem", "title",
                "recipient_id", "superior_id", "station_id", "prosecutor_id", "problem_source", "facts", "violation",
                "items", "legal_basis", "objection_days", "urgent", "drafted_on", "status", "number", "issued_on",
                "served_on", "reply_due_on", "replied_on", "reply_outcome", "rectification", "return_visit_due_on",
                "cause_above_recipient", "filed_on", "last_event_on", "created_at", "updated_at"),
        RECOMMENDATION_COPY("recommendation_copy", "recommendation_id", "recipient_id", "position"),
        RECOMMENDATION_LINK("recommendation_link", "recommendation_id", "record_kind", "record_id"),
        ESCALATION("recommendation_escalation", "later_id", "earlier_id", "reason"),
        EVENT("recommendation_event", "id", "recommendation_id", "kind", "happened_on", "approver_kind", "person",
                "service_method", "reply_outcome", "review_result", "visit_method", "rectification", "sector_wide",
                "long_term_mechanism", "cause_above_recipient", "related_id", "text", "recorded_at"),
        DOCUMENT_NUMBER("document_number", "id", "number", "scope", "year", "serial", "recommendation_id",
                "issued_on", "created_at");

        private final String name;
        private final List<String> columns;

        Table(String name, String... columns) {
            this.name = name;
            this.columns = List.of(columns);
        }

        public String tableName() {
            return name;
        }

        public int width() {
            return columns.size();
        }

        String insertSql() {
            return "INSERT INTO " + name + "(" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        }
    }

    /**
     * The rows of one transaction, per table. Values are String (blank stored as NULL, as the repositories do),
     * Integer, Long, Boolean (stored 0/1), LocalDate (ISO text) or null, in the column order of their {@link Table}.
     */
    public static final class Batch {
        private final Map<Table, List<Object[]>> rows = new EnumMap<>(Table.class);

        public void add(Table table, Object... values) {
            if (values.length != table.width()) {
                throw new IllegalArgumentException(table + " takes " + table.width() + " values, not " + values.length);
            }
            rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
        }

        public int size(Table table) {
            return rows.getOrDefault(table, List.of()).size();
        }
    }

    /** The tables whose rows make a register non-empty (the reference lists come with the schema). */
    private static final List<String> RECORD_TABLES = List.of("station", "prosecutor", "liaison", "recipient",
            "visit", "lead", "matter", "work_activity", "recommendation");

    /** The trigram indexes kept by triggers (schema V001–V008), merged into one segment each after a bulk load. */
    private static final List<String> SEARCH_INDEXES = List.of("visit_fts", "lead_fts", "matter_fts", "work_fts",
            "liaison_fts", "recipient_fts", "recommendation_fts", "visit_tail", "lead_tail", "matter_tail", "work_tail",
            "liaison_tail", "recipient_tail", "recommendation_tail");

    /** Writes every row of the batch, table by table in declaration order (parents before children). */
    public void insert(Connection c, Batch batch) throws SQLException {
        for (Map.Entry<Table, List<Object[]>> e : batch.rows.entrySet()) {
            try (PreparedStatement ps = c.prepareStatement(e.getKey().insertSql())) {
                for (Object[] row : e.getValue()) {
                    for (int i = 0; i < row.length; i++) {
                        bind(ps, i + 1, row[i]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof String s) {
            Sql.setText(ps, index, s);
        } else if (value instanceof Integer i) {
            ps.setInt(index, i);
        } else if (value instanceof Long l) {
            ps.setLong(index, l);
        } else if (value instanceof Boolean b) {
            ps.setInt(index, b ? 1 : 0);
        } else if (value instanceof LocalDate d) {
            Sql.setDate(ps, index, d);
        } else {
            throw new IllegalArgumentException("cannot store " + value.getClass().getName());
        }
    }

    /** No station, prosecutor, roster entry or record at all, deleted or not. */
    public boolean registerIsEmpty(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String table : RECORD_TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
                    if (rs.next() && rs.getInt(1) == 1) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The ids of the reference items of one list ("BUSINESS", "LIAISON_ROLE") by name. */
    public Map<String, Long> referenceIds(Connection c, String list) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name FROM reference_item WHERE list = ? AND deleted_at IS NULL")) {
            ps.setString(1, list);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The SQLite page cache of this connection, in KiB (stored negative, as SQLite counts it). */
    public long cacheSizeKib(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA cache_size")) {
            return rs.next() ? -rs.getLong(1) : 0;
        }
    }

    public void setCacheSizeKib(Connection c, long kib) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = " + (-kib));
        }
    }

    /** Merges each full-text index into one segment (searches read one b-tree instead of dozens). */
    public void optimizeSearchIndexes(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String index : SEARCH_INDEXES) {
                st.execute("INSERT INTO " + index + "(" + index + ") VALUES ('optimize')");
            }
        }
    }

    /** Refreshes the query planner's statistics for the new table sizes. */
    public void analyze(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("ANALYZE");
        }
    }
}
