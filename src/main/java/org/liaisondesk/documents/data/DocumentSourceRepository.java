package org.liaisondesk.documents.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.documents.model.EarlierDocument;
import org.liaisondesk.documents.model.PeopleInRecords;
import org.liaisondesk.documents.model.UnderlyingRecord;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.ladder.model.Rectification;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.storage.Sql;

/**
 * Reads what documents say beyond the recommendation itself: the prosecutor and station, the cases and leads behind a
 * set of documents, the earlier documents of a ladder, the people named in those records, and which recommendations
 * were issued in a period. Read-only; every method runs inside the caller's connection.
 */
public final class DocumentSourceRepository {

    /** The prosecutor's name and phone; empty when unknown. */
    public Optional<String[]> prosecutor(Connection c, Long id) throws SQLException {
        if (id == null) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT name, phone FROM prosecutor WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new String[] {Sql.text(rs, "name"), Sql.text(rs, "phone")}) : Optional.empty();
            }
        }
    }

    public String stationName(Connection c, Long id) throws SQLException {
        if (id == null) {
            return "";
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM station WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Sql.text(rs, "name") : "";
            }
        }
    }

    /** The links of the given documents, without repeats, in the order first met. */
    public List<RecordLink> links(Connection c, Collection<Long> recommendationIds) throws SQLException {
        Set<RecordLink> links = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT record_kind, record_id FROM recommendation_link "
                + "WHERE recommendation_id IN (" + marks(recommendationIds.size()) + ") ORDER BY recommendation_id, record_kind, record_id")) {
            bind(ps, 1, recommendationIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    links.add(new RecordLink(RecordLink.Kind.valueOf(rs.getString(1)), rs.getLong(2)));
                }
            }
        }
        return new ArrayList<>(links);
    }

    /**
     * The live cases and leads among {@code links}, oldest first, each with the numbers of other issued
     * recommendations on it ({@code self} left out).
     */
    public List<UnderlyingRecord> records(Connection c, List<RecordLink> links, long self) throws SQLException {
        List<Long> matterIds = ids(links, RecordLink.Kind.MATTER);
        List<Long> leadIds = ids(links, RecordLink.Kind.LEAD);
        List<UnderlyingRecord> records = new ArrayList<>();
        if (!matterIds.isEmpty()) {
            Map<Long, List<String>> numbers = otherNumbers(c, RecordLink.Kind.MATTER, matterIds, self);
            try (PreparedStatement ps = c.prepareStatement("SELECT m.id, m.name, m.problem, m.accepted_on, m.status, "
                    + "m.involves_minor, s.name AS station FROM matter m LEFT JOIN station s ON s.id = m.station_id "
                    + "WHERE m.deleted_at IS NULL AND m.id IN (" + marks(matterIds.size()) + ")")) {
                bind(ps, 1, matterIds);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong("id");
                        records.add(new UnderlyingRecord(RecordLink.Kind.MATTER, id, Sql.text(rs, "name"),
                                Sql.text(rs, "station"), Sql.text(rs, "problem"), Sql.date(rs, "accepted_on"),
                                "cases.status." + rs.getString("status"), "", rs.getInt("involves_minor") == 1,
                                numbers.getOrDefault(id, List.of())));
                    }
                }
            }
        }
        if (!leadIds.isEmpty()) {
            Map<Long, List<String>> numbers = otherNumbers(c, RecordLink.Kind.LEAD, leadIds, self);
            try (PreparedStatement ps = c.prepareStatement("SELECT id, description, problem, received_on, triage, source, "
                    + "town, village FROM lead WHERE deleted_at IS NULL AND id IN (" + marks(leadIds.size()) + ")")) {
                bind(ps, 1, leadIds);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong("id");
                        String place = (Sql.text(rs, "town") + Sql.text(rs, "village")).strip();
                        records.add(new UnderlyingRecord(RecordLink.Kind.LEAD, id, Sql.text(rs, "description"), place,
                                Sql.text(rs, "problem"), Sql.date(rs, "received_on"), "leads.triage." + rs.getString("triage"),
                                "leads.source." + rs.getString("source"), false, numbers.getOrDefault(id, List.of())));
                    }
                }
            }
        }
        records.sort(Comparator.comparing(UnderlyingRecord::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(UnderlyingRecord::kind).thenComparingLong(UnderlyingRecord::id));
        return records;
    }

    private static Map<Long, List<String>> otherNumbers(Connection c, RecordLink.Kind kind, List<Long> ids, long self)
            throws SQLException {
        Map<Long, List<String>> numbers = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT rl.record_id, r.number FROM recommendation_link rl "
                + "JOIN recommendation r ON r.id = rl.recommendation_id WHERE rl.record_kind = ? AND r.id <> ? "
                + "AND r.deleted_at IS NULL AND r.number IS NOT NULL AND rl.record_id IN (" + marks(ids.size()) + ") "
                + "ORDER BY r.issued_on, r.id")) {
            ps.setString(1, kind.name());
            ps.setLong(2, self);
            bind(ps, 3, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    numbers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return numbers;
    }

    /** The given documents with what became of them, in the order of their issue (unissued last). */
    public List<EarlierDocument> earlier(Connection c, Collection<Long> ids) throws SQLException {
        List<EarlierDocument> documents = new ArrayList<>();
        if (ids.isEmpty()) {
            return documents;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.tier, r.number, r.title, p.name AS recipient, "
                + "r.issued_on, r.served_on, r.reply_due_on, r.replied_on, r.reply_outcome, r.rectification, r.status "
                + "FROM recommendation r LEFT JOIN recipient p ON p.id = r.recipient_id "
                + "WHERE r.deleted_at IS NULL AND r.id IN (" + marks(ids.size()) + ") "
                + "ORDER BY r.issued_on IS NULL, r.issued_on, r.id")) {
            bind(ps, 1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    documents.add(new EarlierDocument(rs.getLong("id"), Tier.valueOf(rs.getString("tier")),
                            Sql.text(rs, "number"), Sql.text(rs, "title"), Sql.text(rs, "recipient"),
                            Sql.date(rs, "issued_on"), Sql.date(rs, "served_on"), Sql.date(rs, "reply_due_on"),
                            Sql.date(rs, "replied_on"), enumOrNull(ReplyOutcome.class, rs.getString("reply_outcome")),
                            enumOrNull(Rectification.class, rs.getString("rectification")),
                            LadderStatus.valueOf(rs.getString("status"))));
                }
            }
        }
        return documents;
    }

    /**
     * The people named in the given cases and leads and in the visits linked to them. Parties and visitors of records
     * about minors, and every reporter of a lead, are protected (always masked).
     */
    public PeopleInRecords people(Connection c, List<RecordLink> links) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> protectedNames = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        List<Long> matterIds = ids(links, RecordLink.Kind.MATTER);
        List<Long> leadIds = ids(links, RecordLink.Kind.LEAD);
        if (!matterIds.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT parties, involves_minor FROM matter WHERE id IN ("
                    + marks(matterIds.size()) + ")")) {
                bind(ps, 1, matterIds);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        (rs.getInt("involves_minor") == 1 ? protectedNames : names).addAll(Masking.names(Sql.text(rs, "parties")));
                    }
                }
            }
        }
        if (!leadIds.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT reporter_name, reporter_phone FROM lead WHERE id IN ("
                    + marks(leadIds.size()) + ")")) {
                bind(ps, 1, leadIds);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        protectedNames.add(Sql.text(rs, "reporter_name"));
                        phones.add(Sql.text(rs, "reporter_phone"));
                    }
                }
            }
        }
        String visits = "SELECT v.visitor_name, v.visitor_phone, v.involves_minor FROM visit v WHERE v.id IN ("
                + "SELECT record_id FROM matter_link WHERE record_kind = 'VISIT' AND matter_id IN (" + marks(matterIds.size()) + ") "
                + "UNION SELECT visit_id FROM lead WHERE visit_id IS NOT NULL AND id IN (" + marks(leadIds.size()) + "))";
        if (!matterIds.isEmpty() || !leadIds.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(visits)) {
                int next = bind(ps, 1, matterIds);
                bind(ps, next, leadIds);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        (rs.getInt("involves_minor") == 1 ? protectedNames : names).add(Sql.text(rs, "visitor_name"));
                        phones.add(Sql.text(rs, "visitor_phone"));
                    }
                }
            }
        }
        return new PeopleInRecords(names, protectedNames, phones);
    }

    /** The live recommendations issued from {@code from} to {@code to} inclusive, in the order of their issue. */
    public List<Long> issuedBetween(Connection c, LocalDate from, LocalDate to) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM recommendation WHERE deleted_at IS NULL "
                + "AND issued_on BETWEEN ? AND ? ORDER BY issued_on, id")) {
            Sql.setDate(ps, 1, from);
            Sql.setDate(ps, 2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The live recommendation with this number (exact, after trimming), if any. */
    public Optional<Long> byNumber(Connection c, String number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM recommendation WHERE deleted_at IS NULL AND number = ?")) {
            ps.setString(1, number.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static List<Long> ids(List<RecordLink> links, RecordLink.Kind kind) {
        return links.stream().filter(l -> l.kind() == kind).map(RecordLink::recordId).distinct().collect(Collectors.toList());
    }

    private static String marks(int n) {
        return n == 0 ? "NULL" : String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static int bind(PreparedStatement ps, int first, Collection<Long> values) throws SQLException {
        int i = first;
        for (Long v : values) {
            ps.setLong(i++, v);
        }
        return i;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null || name.isEmpty() ? null : Enum.valueOf(type, name);
    }
}
