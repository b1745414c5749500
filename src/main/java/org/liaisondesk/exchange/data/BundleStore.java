package org.liaisondesk.exchange.data;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.exchange.data.BundleTables.Identity;
import org.liaisondesk.exchange.data.BundleTables.KindRef;
import org.liaisondesk.exchange.data.BundleTables.Ref;
import org.liaisondesk.exchange.data.BundleTables.Table;
import org.liaisondesk.exchange.model.BundleHeader;
import org.liaisondesk.exchange.model.BundlePreview;
import org.liaisondesk.storage.AuditLog;

/**
 * Reads the whole register into a bundle's {@code records} and merges a bundle's {@code records} into the register by
 * UUID. A merge checks everything first (shapes, types, duplicates, references, document numbers) and only then
 * writes, so a refused bundle writes nothing even before the transaction is rolled back.
 */
public final class BundleStore {
    private enum Decision { ADDED, UPDATED, SKIPPED }

    private record Column(String name, boolean integer, boolean required) {
    }

    /** One record of the bundle, as it stands there: references hold UUIDs. */
    private record Row(Table table, int index, Map<String, Object> values, String label) {
        String uuid() {
            return (String) values.get("uuid");
        }
    }

    private record Step(Row row, Decision decision) {
    }

    private final AuditLog audit;

    public BundleStore(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * Writes every table as a field of the current JSON object, streaming row by row, all from one state of the
     * register; returns the number of rows.
     */
    public long export(Connection c, JsonGenerator json, boolean masked) throws SQLException {
        return inOneSnapshot(c, () -> exportTables(c, json, masked));
    }

    /** What merging the bundle would add, update and skip, from one state of the register; writes nothing. */
    public BundlePreview preview(Connection c, BundleHeader header, JsonNode records) throws SQLException {
        return inOneSnapshot(c, () -> merge(c, header, records, false));
    }

    /** Checks and writes the bundle; the caller holds the transaction (a refusal thrown here rolls it back). */
    public BundlePreview merge(Connection c, BundleHeader header, JsonNode records) throws SQLException {
        return merge(c, header, records, true);
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T inOneSnapshot(Connection c, SqlWork<T> work) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            return work.run();
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
    }

    private long exportTables(Connection c, JsonGenerator json, boolean masked) throws SQLException {
        long rows = 0;
        try {
            for (Table table : BundleTables.ALL) {
                List<Column> columns = columns(c, table.name());
                Map<String, UnaryOperator<String>> maskers = masked
                        ? BundleTables.PERSONAL.getOrDefault(table.name(), Map.of()) : Map.of();
                json.writeArrayFieldStart(table.name());
                try (PreparedStatement ps = c.prepareStatement(select(table, columns) + " ORDER BY t.rowid");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        writeRow(json, columns, rs, maskers);
                        rows++;
                    }
                }
                json.writeEndArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Checks the bundle's {@code records} against the register and, when {@code apply}, writes it. */
    private BundlePreview merge(Connection c, BundleHeader header, JsonNode records, boolean apply) throws SQLException {
        Map<Table, List<Row>> bundle = read(c, records);
        Lookup lookup = new Lookup(c, bundle);
        for (List<Row> rows : bundle.values()) {
            for (Row row : rows) {
                checkReferences(row, lookup);
            }
        }
        List<Step> steps = new ArrayList<>();
        for (List<Row> rows : bundle.values()) {
            for (Row row : rows) {
                steps.add(new Step(row, decide(c, row, lookup)));
            }
        }
        if (apply) {
            for (Step step : steps) {
                write(c, step.row(), step.decision(), lookup);
            }
            for (Step step : steps) {
                if (step.decision() != Decision.SKIPPED) {
                    linkToSameTable(c, step.row(), lookup);
                }
            }
        }
        List<BundlePreview.KindCount> counts = new ArrayList<>();
        for (Table table : BundleTables.ALL) {
            int[] n = new int[Decision.values().length];
            steps.stream().filter(step -> step.row().table() == table).forEach(step -> n[step.decision().ordinal()]++);
            counts.add(new BundlePreview.KindCount(table.name(), n[Decision.ADDED.ordinal()], n[Decision.UPDATED.ordinal()],
                    n[Decision.SKIPPED.ordinal()]));
        }
        return new BundlePreview(header, counts);
    }

    // ---- export ----

    private static String select(Table table, List<Column> columns) {
        List<String> parts = new ArrayList<>();
        for (Column col : columns) {
            String name = col.name();
            Ref ref = table.refs().stream().filter(r -> r.column().equals(name)).findFirst().orElse(null);
            if (ref != null) {
                parts.add("(SELECT uuid FROM " + ref.target() + " WHERE id = t." + name + ") AS " + name);
            } else if (table.kindRef() != null && table.kindRef().column().equals(name)) {
                KindRef k = table.kindRef();
                parts.add(k.targets().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> "WHEN '" + e.getKey() + "' THEN (SELECT uuid FROM " + e.getValue() + " WHERE id = t." + name + ")")
                        .collect(Collectors.joining(" ", "CASE t." + k.kindColumn() + " ", " END AS " + name)));
            } else {
                parts.add("t." + name);
            }
        }
        return "SELECT " + String.join(", ", parts) + " FROM " + table.name() + " t";
    }

    private static void writeRow(JsonGenerator json, List<Column> columns, ResultSet rs,
                                 Map<String, UnaryOperator<String>> maskers) throws SQLException, IOException {
        json.writeStartObject();
        for (Column col : columns) {
            Object value = rs.getObject(col.name());
            json.writeFieldName(col.name());
            if (value == null) {
                json.writeNull();
            } else if (value instanceof Number n) {
                json.writeNumber(n.longValue());
            } else {
                json.writeString(maskers.getOrDefault(col.name(), UnaryOperator.identity()).apply(value.toString()));
            }
        }
        json.writeEndObject();
    }

    /** The table's columns except its integer key, which never leaves the machine. */
    private static List<Column> columns(Connection c, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                String name = rs.getString("name");
                if (name.equals("id") && rs.getInt("pk") == 1) {
                    continue;
                }
                columns.add(new Column(name, rs.getString("type").equalsIgnoreCase("INTEGER"),
                        rs.getInt("notnull") == 1 || rs.getInt("pk") > 0));
            }
        }
        return columns;
    }

    // ---- reading and checking the bundle ----

    private Map<Table, List<Row>> read(Connection c, JsonNode records) throws SQLException {
        if (records == null || !records.isObject()) {
            throw new UserFacingException("exchange.bundle.noRecords");
        }
        for (Iterator<String> names = records.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (BundleTables.named(name) == null) {
                throw new UserFacingException("exchange.bundle.unknownKind", name);
            }
        }
        Map<Table, List<Row>> bundle = new LinkedHashMap<>();
        for (Table table : BundleTables.ALL) {
            List<Column> columns = columns(c, table.name());
            JsonNode array = records.get(table.name());
            List<Row> rows = new ArrayList<>();
            if (array != null && !array.isNull()) {
                if (!array.isArray()) {
                    throw new UserFacingException("exchange.bundle.notAList", kindLabel(table));
                }
                for (int i = 0; i < array.size(); i++) {
                    rows.add(readRow(table, columns, array.get(i), i + 1));
                }
            }
            checkDuplicates(table, rows);
            bundle.put(table, rows);
        }
        return bundle;
    }

    private static Row readRow(Table table, List<Column> columns, JsonNode node, int index) {
        if (!node.isObject()) {
            throw new UserFacingException("exchange.bundle.notARecord", kindLabel(table), index);
        }
        String uuid = node.path("uuid").isTextual() ? node.get("uuid").asText() : null;
        boolean hasUuid = table.identity() != Identity.NATURAL_KEY;
        if (hasUuid && (uuid == null || uuid.isBlank())) {
            throw new UserFacingException("exchange.bundle.missingUuid", kindLabel(table), index);
        }
        String label = Messages.tr("exchange.bundle.place", kindLabel(table), index, uuid == null ? "" : uuid);
        Set<String> known = columns.stream().map(Column::name).collect(Collectors.toSet());
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new UserFacingException("exchange.bundle.unknownField", label, name);
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Column col : columns) {
            JsonNode value = node.get(col.name());
            if (value == null || value.isNull()) {
                if (col.required()) {
                    throw new UserFacingException("exchange.bundle.missingField", label, col.name());
                }
                values.put(col.name(), null);
            } else if (table.isReference(col.name()) || !col.integer()) {
                if (!value.isTextual()) {
                    throw new UserFacingException("exchange.bundle.wrongType", label, col.name(),
                            Messages.tr("exchange.bundle.type.text"));
                }
                values.put(col.name(), value.asText());
            } else {
                if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                    throw new UserFacingException("exchange.bundle.wrongType", label, col.name(),
                            Messages.tr("exchange.bundle.type.integer"));
                }
                values.put(col.name(), value.asLong());
            }
        }
        if (table.identity() == Identity.VERSIONED && instant((String) values.get("updated_at")) == null) {
            throw new UserFacingException("exchange.bundle.wrongType", label, "updated_at",
                    Messages.tr("exchange.bundle.type.time"));
        }
        return new Row(table, index, values, label);
    }

    private static void checkDuplicates(Table table, List<Row> rows) {
        Map<List<Object>, Row> seen = new HashMap<>();
        for (Row row : rows) {
            List<Object> key = table.identity() == Identity.NATURAL_KEY
                    ? table.naturalKey().stream().map(row.values()::get).toList() : List.of(row.uuid());
            Row earlier = seen.putIfAbsent(key, row);
            if (earlier != null) {
                throw new UserFacingException("exchange.bundle.duplicate", kindLabel(table), earlier.index(), row.index(),
                        key.stream().map(String::valueOf).collect(Collectors.joining(" / ")));
            }
        }
    }

    private static void checkReferences(Row row, Lookup lookup) throws SQLException {
        for (Ref ref : row.table().refs()) {
            String target = (String) row.values().get(ref.column());
            if (target != null && !lookup.known(ref.target(), target)) {
                throw new UserFacingException("exchange.bundle.dangling", row.label(), ref.column(), target);
            }
        }
        KindRef k = row.table().kindRef();
        if (k != null) {
            String kind = (String) row.values().get(k.kindColumn());
            String targetTable = k.targets().get(kind);
            if (targetTable == null) {
                throw new UserFacingException("exchange.bundle.badValue", row.label(), k.kindColumn(), kind);
            }
            String target = (String) row.values().get(k.column());
            if (!lookup.known(targetTable, target)) {
                throw new UserFacingException("exchange.bundle.dangling", row.label(), k.column(), target);
            }
        }
    }

    private Decision decide(Connection c, Row row, Lookup lookup) throws SQLException {
        Table table = row.table();
        if (table.identity() != Identity.NATURAL_KEY) {
            String localUpdatedAt = lookup.localUpdatedAt(table, row.uuid());
            if (localUpdatedAt == null) {
                return sameNameHere(c, row, lookup) ? Decision.SKIPPED : Decision.ADDED;
            }
            if (table.identity() == Identity.APPEND_ONLY) {
                return Decision.SKIPPED;
            }
            return newer((String) row.values().get("updated_at"), localUpdatedAt) ? Decision.UPDATED : Decision.SKIPPED;
        }
        if (table.name().equals(BundleTables.DOCUMENT_NUMBER)) {
            checkNumberCollision(c, row, lookup);
        }
        List<Object> localKey = new ArrayList<>();
        for (String column : table.naturalKey()) {
            Object value = localValue(row, column, lookup);
            if (value == null && row.values().get(column) != null) {
                return Decision.ADDED;
            }
            localKey.add(value);
        }
        String where = table.naturalKey().stream().map(col -> col + " IS ?").collect(Collectors.joining(" AND "));
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + table.name() + " WHERE " + where)) {
            for (int i = 0; i < localKey.size(); i++) {
                ps.setObject(i + 1, localKey.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Decision.SKIPPED : Decision.ADDED;
            }
        }
    }

    /**
     * A live roster row the register already holds under the same name (another UUID, entered at another station)
     * stands for the bundle's row: references to the bundle's UUID are resolved to it.
     */
    private static boolean sameNameHere(Connection c, Row row, Lookup lookup) throws SQLException {
        Table table = row.table();
        if (table.liveName().isEmpty() || row.values().get("deleted_at") != null) {
            return false;
        }
        String where = table.liveName().stream().map(col -> col + " = ?").collect(Collectors.joining(" AND "));
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table.name() + " WHERE " + where
                + " AND deleted_at IS NULL")) {
            for (int i = 0; i < table.liveName().size(); i++) {
                ps.setObject(i + 1, row.values().get(table.liveName().get(i)));
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    lookup.remember(table.name(), row.uuid(), rs.getLong(1));
                    return true;
                }
                return false;
            }
        }
    }

    /** A number issued here for another recommendation, or the same serial under another number, refuses the bundle. */
    private static void checkNumberCollision(Connection c, Row row, Lookup lookup) throws SQLException {
        Map<String, Object> v = row.values();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.number, r.uuid, r.title FROM document_number d "
                + "JOIN recommendation r ON r.id = d.recommendation_id "
                + "WHERE d.number = ? OR (d.scope = ? AND d.year = ? AND d.serial = ?)")) {
            ps.setObject(1, v.get("number"));
            ps.setObject(2, v.get("scope"));
            ps.setObject(3, v.get("year"));
            ps.setObject(4, v.get("serial"));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String recommendation = (String) v.get("recommendation_id");
                    if (!rs.getString("uuid").equals(recommendation) || !rs.getString("number").equals(v.get("number"))) {
                        throw new UserFacingException("exchange.bundle.numberCollision", v.get("number"),
                                lookup.bundleTitle(recommendation), rs.getString("number"), rs.getString("title"));
                    }
                }
            }
        }
    }

    // ---- writing ----

    private void write(Connection c, Row row, Decision decision, Lookup lookup) throws SQLException {
        if (decision == Decision.SKIPPED) {
            return;
        }
        Table table = row.table();
        Map<String, Object> local = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : row.values().entrySet()) {
            local.put(e.getKey(), isSameTableRef(table, e.getKey()) ? null : localValue(row, e.getKey(), lookup));
        }
        List<String> names = new ArrayList<>(local.keySet());
        try {
            if (decision == Decision.ADDED) {
                String sql = "INSERT INTO " + table.name() + "(" + String.join(", ", names) + ") VALUES ("
                        + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")";
                execute(c, sql, new ArrayList<>(local.values()));
                if (table.identity() != Identity.NATURAL_KEY) {
                    long id = lastInsertedId(c);
                    lookup.remember(table.name(), row.uuid(), id);
                    audit.record(c, AuditLog.Action.INSERT, table.name(), id, row.uuid(), null, auditValue(row, lookup));
                }
            } else {
                long id = lookup.localId(table.name(), row.uuid());
                Map<String, Object> old = stored(c, table, id);
                List<Object> args = new ArrayList<>(local.values());
                args.add(id);
                execute(c, "UPDATE " + table.name() + " SET " + String.join(" = ?, ", names) + " = ? WHERE id = ?", args);
                audit.record(c, AuditLog.Action.UPDATE, table.name(), id, row.uuid(), old, auditValue(row, lookup));
            }
        } catch (SQLException e) {
            throw new UserFacingException(e, "exchange.bundle.rowRefused", row.label(), e.getMessage());
        }
    }

    /** References to rows of the same table (a recipient's superior) are set once every row of the table is in. */
    private static void linkToSameTable(Connection c, Row row, Lookup lookup) throws SQLException {
        for (Ref ref : row.table().refs()) {
            if (ref.target().equals(row.table().name()) && row.values().get(ref.column()) != null) {
                execute(c, "UPDATE " + row.table().name() + " SET " + ref.column() + " = ? WHERE uuid = ?",
                        List.of(localValue(row, ref.column(), lookup), row.uuid()));
            }
        }
    }

    private static boolean isSameTableRef(Table table, String column) {
        return table.refs().stream().anyMatch(r -> r.column().equals(column) && r.target().equals(table.name()));
    }

    /** The value as the register stores it: a reference's UUID becomes the local integer key (null if not here yet). */
    private static Object localValue(Row row, String column, Lookup lookup) throws SQLException {
        Object value = row.values().get(column);
        if (value == null) {
            return null;
        }
        Table table = row.table();
        for (Ref ref : table.refs()) {
            if (ref.column().equals(column)) {
                return lookup.localId(ref.target(), (String) value);
            }
        }
        KindRef k = table.kindRef();
        if (k != null && k.column().equals(column)) {
            return lookup.localId(k.targets().get((String) row.values().get(k.kindColumn())), (String) value);
        }
        return value;
    }

    /**
     * The row as the history shows it, like the repositories' audit rows: field names in camelCase, references as
     * local keys (so 修改记录 names the station, not a number from another machine).
     */
    private static Map<String, Object> stored(Connection c, Table table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table.name() + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                Map<String, Object> values = new LinkedHashMap<>();
                if (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        values.put(camelCase(rs.getMetaData().getColumnName(i)), rs.getObject(i));
                    }
                }
                return values;
            }
        }
    }

    private static Map<String, Object> auditValue(Row row, Lookup lookup) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String column : row.values().keySet()) {
            values.put(camelCase(column), localValue(row, column, lookup));
        }
        return values;
    }

    private static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return name.toString();
    }

    private static void execute(Connection c, String sql, List<Object> args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            ps.executeUpdate();
        }
    }

    private static long lastInsertedId(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    // ---- helpers ----

    private static boolean newer(String bundleTime, String localTime) {
        OffsetDateTime theirs = instant(bundleTime);
        OffsetDateTime ours = instant(localTime);
        if (ours == null) {
            return bundleTime.compareTo(localTime) > 0;
        }
        return theirs.isAfter(ours);
    }

    private static OffsetDateTime instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String kindLabel(Table table) {
        return Messages.tr("exchange.kind." + table.name());
    }

    /** UUIDs in the bundle and in the register, and their local keys, cached for the length of one merge. */
    private static final class Lookup {
        private final Connection c;
        private final Map<String, Set<String>> bundleUuids = new HashMap<>();
        private final Map<String, String> bundleTitles = new HashMap<>();
        private final Map<String, Map<String, Long>> localIds = new HashMap<>();

        Lookup(Connection c, Map<Table, List<Row>> bundle) {
            this.c = c;
            bundle.forEach((table, rows) -> {
                if (table.identity() != Identity.NATURAL_KEY) {
                    bundleUuids.put(table.name(), rows.stream().map(Row::uuid).collect(Collectors.toCollection(HashSet::new)));
                }
                if (table.name().equals("recommendation")) {
                    rows.forEach(r -> bundleTitles.put(r.uuid(), Objects.toString(r.values().get("title"), "")));
                }
            });
        }

        boolean known(String table, String uuid) throws SQLException {
            return bundleUuids.getOrDefault(table, Set.of()).contains(uuid) || localId(table, uuid) != null;
        }

        Long localId(String table, String uuid) throws SQLException {
            Map<String, Long> ids = localIds.computeIfAbsent(table, t -> new HashMap<>());
            if (ids.containsKey(uuid)) {
                return ids.get(uuid);
            }
            Long id = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE uuid = ?")) {
                ps.setString(1, uuid);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        id = rs.getLong(1);
                    }
                }
            }
            if (id != null) {
                ids.put(uuid, id);
            }
            return id;
        }

        void remember(String table, String uuid, long id) {
            localIds.computeIfAbsent(table, t -> new HashMap<>()).put(uuid, id);
        }

        /** The row's {@code updated_at} (or its {@code created_at} for rows that never change); null when not here. */
        String localUpdatedAt(Table table, String uuid) throws SQLException {
            String column = table.identity() == Identity.VERSIONED ? "updated_at" : "created_at";
            try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM " + table.name() + " WHERE uuid = ?")) {
                ps.setString(1, uuid);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        }

        String bundleTitle(String recommendationUuid) {
            return bundleTitles.getOrDefault(recommendationUuid, recommendationUuid);
        }
    }
}
