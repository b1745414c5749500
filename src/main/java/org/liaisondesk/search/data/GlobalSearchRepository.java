package org.liaisondesk.search.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.search.model.SearchHit;
import org.liaisondesk.search.model.SearchKind;
import org.liaisondesk.search.model.SearchResult;
import org.liaisondesk.storage.SearchedPage;
import org.liaisondesk.storage.Sql;
import org.liaisondesk.storage.SqlWhere;
import org.liaisondesk.storage.TextSearch;

/**
 * Per kind, the newest hits (the trigram index for long words, LIKE for short ones, paged like the lists by
 * {@link SearchedPage}) and, separately, the count.
 * The columns searched are the same as each list's own search box, so the global search never finds less.
 */
public final class GlobalSearchRepository {

    /** How one kind of record is searched and shown. */
    private record Source(SearchKind kind, String from, String id, String fts, List<String> columns, String date,
                          String title, String context, String person, String phone) {
        /** The searched table alone ("visit t"), which the words and the count need. */
        String table() {
            int join = from.indexOf(" JOIN ");
            return join < 0 ? from : from.substring(0, join);
        }
    }

    private static final List<Source> SOURCES = List.of(
            new Source(SearchKind.VISIT, "visit t JOIN station s ON s.id = t.station_id", "t.id", "visit_fts",
                    List.of("t.visitor_name", "t.summary", "t.handling_note", "t.referred_to", "t.follow_up_result"),
                    "t.visit_date", "t.summary", "s.name", "t.visitor_name", "t.visitor_phone"),
            new Source(SearchKind.LEAD, "lead t", "t.id", "lead_fts",
                    List.of("t.description", "t.reporter_name", "t.town", "t.village", "t.grid", "t.referred_to",
                            "t.triage_reason", "t.feedback_note"),
                    "t.received_on", "t.description", "COALESCE(t.town, '') || COALESCE(t.village, '')", "t.reporter_name",
                    "t.reporter_phone"),
            new Source(SearchKind.MATTER, "matter t", "t.id", "matter_fts",
                    List.of("t.name", "t.office_number", "t.unified_code", "t.parties", "t.summary"),
                    "t.accepted_on", "t.name", "COALESCE(t.office_number, '')", "t.parties", "NULL"),
            new Source(SearchKind.WORK, "work_activity t", "t.id", "work_fts",
                    List.of("t.title", "t.place", "t.parties", "t.mediator", "t.outcome", "t.applicant_name", "t.topic",
                            "t.assessment", "t.note"),
                    "t.held_on", "t.title", "COALESCE(t.place, '')", "COALESCE(t.parties, t.applicant_name)", "NULL"),
            new Source(SearchKind.LIAISON, "liaison t JOIN reference_item r ON r.id = t.role_id", "t.id", "liaison_fts",
                    List.of("t.name", "t.grid", "t.note"),
                    "t.appointed_on", "t.name", "r.name || ' ' || COALESCE(t.grid, '')", "NULL", "t.phone"),
            new Source(SearchKind.RECIPIENT, "recipient t", "t.id", "recipient_fts",
                    List.of("t.name", "t.address", "t.contact", "t.note"),
                    "NULL", "t.name", "COALESCE(t.address, '')", "t.contact", "t.phone"),
            new Source(SearchKind.RECOMMENDATION, "recommendation t JOIN recipient rc ON rc.id = t.recipient_id", "t.id",
                    "recommendation_fts", List.of("t.title", "t.number", "t.problem", "t.facts", "t.violation", "t.items",
                            "t.legal_basis"),
                    "t.drafted_on", "t.title", "TRIM(COALESCE(t.number, '') || ' ' || rc.name)", "NULL", "NULL"));

    /**
     * The newest {@code perKind} hits of each kind. A kind's total is exact when it has no more hits than that; for
     * the others it is left to {@link #count}, which may read much more (see {@link SearchResult#uncounted}).
     */
    public SearchResult hits(Connection c, String text, Set<SearchKind> kinds, int perKind) throws SQLException {
        List<SearchHit> hits = new ArrayList<>();
        Map<SearchKind, Long> totals = new EnumMap<>(SearchKind.class);
        Set<SearchKind> uncounted = EnumSet.noneOf(SearchKind.class);
        if (TextSearch.words(text).isEmpty()) {
            return new SearchResult(hits, totals, uncounted);
        }
        for (Source s : SOURCES) {
            if (!kinds.contains(s.kind())) {
                continue;
            }
            String columns = s.id() + " AS id, " + s.date() + " AS d, " + s.title() + " AS title, " + s.context()
                    + " AS context, " + s.person() + " AS person, " + s.phone() + " AS phone";
            Page<SearchHit> page = SearchedPage.fetch(c,
                    new SearchedPage.Shape(columns, s.from(), s.table(), s.id(), s.date(), true), live(),
                    words(c, s, text), null, perKind,
                    rs -> new SearchHit(s.kind(), rs.getLong("id"), Sql.date(rs, "d"), Sql.text(rs, "title"),
                            Sql.text(rs, "context"), Sql.text(rs, "person"), Sql.text(rs, "phone")));
            hits.addAll(page.items());
            totals.put(s.kind(), (long) page.items().size());
            if (page.hasMore()) {
                uncounted.add(s.kind());
            }
        }
        return new SearchResult(hits, totals, uncounted);
    }

    /** How many live records of each of {@code kinds} hold every word. */
    public Map<SearchKind, Long> count(Connection c, String text, Set<SearchKind> kinds) throws SQLException {
        Map<SearchKind, Long> totals = new EnumMap<>(SearchKind.class);
        for (Source s : SOURCES) {
            if (!kinds.contains(s.kind()) || TextSearch.words(text).isEmpty()) {
                continue;
            }
            SqlWhere where = live().and(words(c, s, text).where());
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + s.table() + " " + where.sql())) {
                where.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    totals.put(s.kind(), rs.getLong(1));
                }
            }
        }
        return totals;
    }

    private static SqlWhere live() {
        return new SqlWhere().add("t.deleted_at IS NULL");
    }

    private static TextSearch.Words words(Connection c, Source s, String text) throws SQLException {
        return TextSearch.conditions(c, text, s.id(), s.fts(), s.columns());
    }
}
