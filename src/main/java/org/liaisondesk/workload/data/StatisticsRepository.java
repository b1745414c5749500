package org.liaisondesk.workload.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liaisondesk.storage.Sql;
import org.liaisondesk.storage.SqlWhere;
import org.liaisondesk.workload.model.Figures;
import org.liaisondesk.workload.model.Metric;
import org.liaisondesk.workload.model.Scope;

/**
 * The statistics' SQL. SQLite does the counting (conditional aggregation, GROUP BY); nothing is counted row by row
 * here. Every query leaves out the recycle bin, keeps to the scope's period (ISO dates compare as text) and, when
 * set, to its station and prosecutor. Queries run inside {@link #read}, one read transaction: they all see the
 * register as it was at the first, so figures, charts and paragraph agree even when a save lands meanwhile.
 */
public final class StatisticsRepository {

    /**
     * Runs {@code work} on one snapshot of the register. The snapshot's methods throw no checked exception, so
     * that the service can pass it around; a failed query comes out of here as its SQLException.
     */
    public <T> T read(Connection c, Function<Snapshot, T> work) throws SQLException {
        execute(c, "BEGIN");
        try {
            return work.apply(new Snapshot(c));
        } catch (QueryFailure e) {
            throw e.getCause();
        } finally {
            // A read transaction has nothing to keep; ending it lets the pooled connection see later saves.
            execute(c, "ROLLBACK");
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** A query that failed inside a snapshot, carried out of it unchecked. */
    private static final class QueryFailure extends RuntimeException {
        QueryFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    @FunctionalInterface
    private interface Query<T> {
        T run() throws SQLException;
    }

    /** One figure and the aggregate that computes it. */
    private record Column(Metric metric, String sql) {
    }

    /**
     * The hours logged in the period, found by the log's day (V007), each activity then by its key. CROSS JOIN
     * keeps the log the outer loop (SQLite's documented way to fix the order): with the activities outside, each
     * community service activity would search the whole period's log.
     */
    private static final String COMMUNITY_SERVICE_LOG = "community_service_log l INDEXED BY community_service_by_day "
            + "CROSS JOIN work_activity t ON t.id = l.activity_id";
    /** The leads triaged in the period (V007; see {@link RecordTable#indexedBy}). */
    private static final String TRIAGED_LEADS = RecordTable.LEAD.indexedBy("lead_triaged_stats");

    private static final List<Column> VISITS = List.of(
            new Column(Metric.VISITORS, "COALESCE(SUM(t.people_count), 0)"),
            new Column(Metric.CONSULTATIONS, sumIf("t.people_count", "t.category = 'CONSULTATION'")),
            new Column(Metric.PETITIONS_RECEIVED, countIf("t.category = 'PETITION'")));
    private static final List<Column> PETITIONS_CONCLUDED = List.of(
            new Column(Metric.PETITIONS_RESOLVED, "count(*)"));
    private static final List<Column> LEADS = List.of(
            new Column(Metric.LEADS_RECEIVED, "count(*)"));
    private static final List<Column> LEADS_TRIAGED = List.of(
            new Column(Metric.LEADS_TRIAGED, "count(*)"),
            new Column(Metric.LEADS_TO_CASES, countIf("t.triage = 'CASE_OPENED'")),
            new Column(Metric.LEADS_REFERRED, countIf("t.triage = 'REFERRED'")));
    private static final List<Column> MATTERS = List.of(
            new Column(Metric.CASES_ACCEPTED, "count(*)"),
            new Column(Metric.PUBLIC_INTEREST_CASES, countIf("t.business_line = 'PUBLIC_INTEREST'")));
    private static final List<Column> MATTERS_CONCLUDED = List.of(
            new Column(Metric.CASES_CONCLUDED, "count(*)"));
    private static final List<Column> WORK = List.of(
            new Column(Metric.MEDIATIONS, countIf("t.kind = 'MEDIATION'")),
            new Column(Metric.DISPUTES_RESOLVED, countIf("t.kind = 'MEDIATION' AND t.resolved = 1")),
            new Column(Metric.JUDICIAL_AID_PERSONS, countIf("t.kind = 'JUDICIAL_AID'")),
            new Column(Metric.JUDICIAL_AID_PAID, sumIf("t.amount_paid_fen", "t.kind = 'JUDICIAL_AID'")),
            new Column(Metric.HEARINGS, countIf("t.kind = 'HEARING'")),
            new Column(Metric.PUBLICITY_EVENTS, countIf("t.kind = 'PUBLICITY'")),
            new Column(Metric.PUBLICITY_AUDIENCE, sumIf("t.audience_count", "t.kind = 'PUBLICITY'")),
            new Column(Metric.NON_PROSECUTION_ANNOUNCEMENTS, countIf("t.kind = 'NON_PROSECUTION_ANNOUNCEMENT'")),
            new Column(Metric.CIRCUIT_TRIALS, countIf("t.kind = 'CIRCUIT_TRIAL'")));
    private static final List<Column> COMMUNITY_SERVICE = List.of(
            new Column(Metric.COMMUNITY_SERVICE_HOURS, "COALESCE(SUM(l.hours), 0)"),
            new Column(Metric.COMMUNITY_SERVICE_PERSONS, "COUNT(DISTINCT l.activity_id)"));

    private static String countIf(String condition) {
        return "COALESCE(SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END), 0)";
    }

    private static String sumIf(String value, String condition) {
        return "COALESCE(SUM(CASE WHEN " + condition + " THEN " + value + " END), 0)";
    }

    /** The ladder's figures of the recommendations issued in the period (the cohort), followed to {@code today}. */
    private static List<Column> cohort(LocalDate today) {
        List<Column> columns = new ArrayList<>();
        for (Metric m : Metric.values()) {
            if (m.group() == Metric.Group.LADDER) {
                columns.add(new Column(m, m == Metric.ISSUED ? "count(*)" : countIf(LadderStages.condition(m, today))));
            }
        }
        return columns;
    }

    /** The queries of one read transaction; see {@link StatisticsRepository}. */
    public static final class Snapshot {
        private final Connection c;

        private Snapshot(Connection c) {
            this.c = c;
        }

        /** Every figure of the scope; the ladder's cohort is followed to {@code today}. */
        public Figures figures(Scope scope, LocalDate today) {
            return unchecked(() -> {
                Map<Metric, Long> values = new EnumMap<>(Metric.class);
                values.putAll(total(RecordTable.VISIT.counted(), registered(RecordTable.VISIT, scope), VISITS));
                values.putAll(total(RecordTable.VISIT.indexedBy("visit_petition_by_concluded"),
                        scoped("t.concluded_on", scope).add("t.category = 'PETITION'"), PETITIONS_CONCLUDED));
                values.putAll(total(RecordTable.LEAD.counted(), registered(RecordTable.LEAD, scope), LEADS));
                values.putAll(total(TRIAGED_LEADS, triaged(scope), LEADS_TRIAGED));
                values.putAll(total(RecordTable.MATTER.counted(), registered(RecordTable.MATTER, scope), MATTERS));
                values.putAll(total(RecordTable.MATTER.indexedBy("matter_by_concluded"),
                        scoped("t.concluded_on", scope), MATTERS_CONCLUDED));
                values.putAll(total(RecordTable.WORK.counted(), registered(RecordTable.WORK, scope), WORK));
                values.putAll(total(COMMUNITY_SERVICE_LOG,
                        scoped("l.done_on", scope).add("t.kind = 'COMMUNITY_SERVICE'"), COMMUNITY_SERVICE));
                values.putAll(total(RecordTable.RECOMMENDATION.from(), registered(RecordTable.RECOMMENDATION, scope),
                        cohort(today)));
                return new Figures(values);
            });
        }

        /**
         * The figures the rates divide, per month of the period ("2026-07"): the ladder's figures of the
         * recommendations issued that month (followed to {@code today}) and the leads triaged that month. Months
         * with neither are left out.
         */
        public Map<String, Figures> rateTermsByMonth(Scope scope, LocalDate today) {
            return unchecked(() -> {
                Map<String, Map<Metric, Long>> months = new TreeMap<>();
                RecordTable r = RecordTable.RECOMMENDATION;
                tally(r.from(), registered(r, scope), cohort(today), month("t." + r.dateColumn))
                        .forEach((m, v) -> months.computeIfAbsent(m, k -> new EnumMap<>(Metric.class)).putAll(v));
                tally(TRIAGED_LEADS, triaged(scope), LEADS_TRIAGED, month("t.triaged_on"))
                        .forEach((m, v) -> months.computeIfAbsent(m, k -> new EnumMap<>(Metric.class)).putAll(v));
                Map<String, Figures> figures = new TreeMap<>();
                months.forEach((m, v) -> figures.put(m, new Figures(v)));
                return figures;
            });
        }

        /** How many records of the selection each key holds, in no particular order; keys with none are absent. */
        public List<GroupCount> counts(Scope scope, Selection selection) {
            if (selection.grouping() == Grouping.STAGE) {
                throw new IllegalArgumentException("the ladder's stages overlap and are not grouped");
            }
            return unchecked(() -> {
                RecordTable table = RecordTable.of(selection.kind());
                String date = dateExpression(selection);
                SqlWhere where = where(selection, scope);
                String key = keyExpression(selection.grouping(), date);
                String from = selection.basis() == Selection.Basis.TRIAGED ? TRIAGED_LEADS : table.counted();
                String sql = "SELECT " + key + " AS k, " + nameExpression(selection.grouping()) + " AS name, count(*) "
                        + "FROM " + from + join(selection.grouping()) + " " + where.sql() + " GROUP BY k";
                List<GroupCount> counts = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    where.bind(ps);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String k = rs.getString(1);
                            counts.add(new GroupCount(k == null ? Grouping.NONE : k, rs.getString(2), rs.getLong(3)));
                        }
                    }
                }
                return counts;
            });
        }

        /**
         * The records of the selection under {@code key} (the records one bar counted): the first {@code limit},
         * newest first by the date they were counted by, and how many there are in all. For {@link Grouping#STAGE}
         * the key is a ladder {@link Metric}, followed to {@code today}.
         */
        public RecordPage records(Scope scope, Selection selection, String key, LocalDate today, int limit) {
            return unchecked(() -> {
                RecordTable table = RecordTable.of(selection.kind());
                String date = dateExpression(selection);
                SqlWhere where = where(selection, scope);
                addKey(where, selection.grouping(), key, date, today);
                List<RecordRow> rows = new ArrayList<>();
                String sql = "SELECT t.id, " + date + " AS day, " + table.type + " AS type, " + table.number
                        + " AS number, " + table.text + " AS text, " + table.people + " AS people, "
                        + "s.name AS station, p.name AS prosecutor FROM " + table.from() + " "
                        + "LEFT JOIN station s ON s.id = t.station_id LEFT JOIN prosecutor p ON p.id = t.prosecutor_id "
                        + where.sql() + " ORDER BY " + date + " DESC, t.id DESC LIMIT ?";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setInt(where.bind(ps), Math.max(0, limit));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new RecordRow(selection.kind(), rs.getLong("id"), Sql.date(rs, "day"),
                                    rs.getString("type"), rs.getString("number"), Sql.text(rs, "text"),
                                    Sql.text(rs, "people"), Sql.text(rs, "station"), Sql.text(rs, "prosecutor")));
                        }
                    }
                }
                long total;
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table.from() + " "
                        + where.sql())) {
                    where.bind(ps);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        total = rs.getLong(1);
                    }
                }
                return new RecordPage(rows, total);
            });
        }

        private static <T> T unchecked(Query<T> query) {
            try {
                return query.run();
            } catch (SQLException e) {
                throw new QueryFailure(e);
            }
        }

        /** The columns over the whole selection (one row). */
        private Map<Metric, Long> total(String from, SqlWhere where, List<Column> columns) throws SQLException {
            return tally(from, where, columns, null).getOrDefault("", Map.of());
        }

        /** The columns per value of {@code groupBy}, or over everything under the key "" when it is null. */
        private Map<String, Map<Metric, Long>> tally(String from, SqlWhere where, List<Column> columns, String groupBy)
                throws SQLException {
            String select = columns.stream().map(Column::sql).collect(Collectors.joining(", "));
            String sql = "SELECT " + (groupBy == null ? "''" : groupBy) + " AS k, " + select + " FROM " + from + " "
                    + where.sql() + (groupBy == null ? "" : " GROUP BY k ORDER BY k");
            Map<String, Map<Metric, Long>> result = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                where.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<Metric, Long> values = new EnumMap<>(Metric.class);
                        for (int i = 0; i < columns.size(); i++) {
                            values.put(columns.get(i).metric(), rs.getLong(i + 2));
                        }
                        result.put(rs.getString(1), values);
                    }
                }
            }
            return result;
        }
    }

    /**
     * Live rows of {@code t} with {@code dateExpression} in the period, of the scope's station and prosecutor.
     * "t.deleted_at IS NULL" is spelled out so that the partial date indexes (… WHERE deleted_at IS NULL) apply.
     */
    private static SqlWhere scoped(String dateExpression, Scope scope) {
        return new SqlWhere().add("t.deleted_at IS NULL")
                .add(dateExpression + " BETWEEN ? AND ?", scope.period().from().toString(),
                        scope.period().to().toString())
                .addIfSet("t.station_id = ?", scope.stationId())
                .addIfSet("t.prosecutor_id = ?", scope.prosecutorId());
    }

    private static SqlWhere registered(RecordTable table, Scope scope) {
        return scoped("t." + table.dateColumn, scope);
    }

    private static SqlWhere triaged(Scope scope) {
        return scoped("t.triaged_on", scope).add("t.triage <> 'PENDING'");
    }

    private static SqlWhere where(Selection selection, Scope scope) {
        return selection.basis() == Selection.Basis.TRIAGED ? triaged(scope)
                : registered(RecordTable.of(selection.kind()), scope);
    }

    private static String dateExpression(Selection selection) {
        return selection.basis() == Selection.Basis.TRIAGED ? "t.triaged_on"
                : "t." + RecordTable.of(selection.kind()).dateColumn;
    }

    private static String month(String dateExpression) {
        return "substr(" + dateExpression + ", 1, 7)";
    }

    private static String keyExpression(Grouping grouping, String dateExpression) {
        return switch (grouping) {
            case MONTH -> month(dateExpression);
            case STATION -> "t.station_id";
            case PROSECUTOR -> "t.prosecutor_id";
            case BUSINESS_LINE -> "t.business_line";
            case FIELD -> "t.field";
            case SOURCE -> "t.source";
            case STARS -> "t.stars";
            case STAGE -> throw new IllegalArgumentException("stages have no single column");
        };
    }

    private static String nameExpression(Grouping grouping) {
        return switch (grouping) {
            case STATION -> "MAX(s.name)";
            case PROSECUTOR -> "MAX(p.name)";
            default -> "NULL";
        };
    }

    private static String join(Grouping grouping) {
        return switch (grouping) {
            case STATION -> " LEFT JOIN station s ON s.id = t.station_id";
            case PROSECUTOR -> " LEFT JOIN prosecutor p ON p.id = t.prosecutor_id";
            default -> "";
        };
    }

    /** Narrows {@code where} to the records one key of the grouping counted. */
    private static void addKey(SqlWhere where, Grouping grouping, String key, String dateExpression, LocalDate today) {
        if (grouping == Grouping.STAGE) {
            where.add(LadderStages.condition(Metric.valueOf(key), today));
            return;
        }
        String column = keyExpression(grouping, dateExpression);
        if (grouping.nullable() && Grouping.NONE.equals(key)) {
            where.add(column + " IS NULL");
        } else if (grouping.nullable()) {
            try {
                where.add(column + " = ?", Long.parseLong(key));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(grouping + " key " + key, e);
            }
        } else {
            where.add(column + " = ?", key);
        }
    }
}
