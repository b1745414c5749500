package org.liaisondesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.model.Cursor;
import org.liaisondesk.common.model.Page;

/**
 * Every page of a searched list, walked to the end with its cursors, is exactly the LIKE scan's rows in the list's
 * order, whichever try of {@link SearchedPage} answers it: a word common enough for the first window, one that needs
 * the second, a rare one found over the whole table, long words through the trigram index, several words, a filter,
 * a sort key from a joined table, ascending order. The windows are made small (7 and 40 rows) so that a corpus of
 * 1,500 rows exercises each try.
 */
class SearchedPageTest {
    private static final int[] SMALL_WINDOWS = {7, 40};
    private static final List<String> COLUMNS = List.of("d.title", "d.body");
    @TempDir
    static Path dir;
    private static Connection c;

    @BeforeAll
    static void corpus() throws SQLException {
        c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("paged.db"));
        try (Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE place(id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
                    + "CREATE TABLE doc(id INTEGER PRIMARY KEY, day TEXT NOT NULL, place_id INTEGER NOT NULL, "
                    + "title TEXT, body TEXT, deleted_at TEXT);"
                    + "CREATE INDEX doc_by_day ON doc(day DESC, id DESC) WHERE deleted_at IS NULL;"
                    + SearchIndexes.OF_DOC
                    + "INSERT INTO place(id, name) VALUES (1, '东村'), (2, '西村'), (3, '南镇');");
        }
        Random random = new Random(7);
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO doc(day, place_id, title, body, deleted_at) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < 1500; i++) {
                ps.setString(1, String.format("2025-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)));
                ps.setInt(2, 1 + random.nextInt(3));
                ps.setString(3, "来访" + random.nextInt(100));
                ps.setString(4, body(random, i));
                ps.setString(5, random.nextInt(20) == 0 ? "2025-12-31T00:00:00Z" : null);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        c.commit();
    }

    /**
     * 群众 in nearly every row (the first window answers), 常见 in every third (the second), 少见 in one row of 25 and
     * 罕 in five old rows (the whole table), 欠薪纠纷 in one row of 30 (the trigram index).
     */
    private static String body(Random random, int i) {
        StringBuilder b = new StringBuilder("群众反映");
        if (i % 3 == 0) {
            b.append("常见问题");
        }
        if (random.nextInt(25) == 0) {
            b.append("少见情形");
        }
        if (i < 5) {
            b.append("罕");
        }
        if (i % 30 == 7) {
            b.append("欠薪纠纷");
        }
        return random.nextInt(15) == 0 ? null : b.toString();
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
    }

    static Stream<Arguments> searches() {
        return Stream.of(
                Arguments.of("群众", "d.day", true, null),
                Arguments.of("常", "d.day", true, null),
                Arguments.of("少见", "d.day", true, null),
                Arguments.of("罕", "d.day", true, null),
                Arguments.of("无此字", "d.day", true, null),
                Arguments.of("常见问题", "d.day", true, null),
                Arguments.of("欠薪纠纷", "d.day", true, null),
                Arguments.of("少见 常见问题", "d.day", true, null),
                Arguments.of("罕 群众", "d.day", true, null),
                Arguments.of("少见", "d.day", true, 2),
                Arguments.of("罕", "d.day", false, null),
                Arguments.of("少见", "p.name || '|' || d.day", true, null),
                Arguments.of("欠薪纠纷", "p.name || '|' || d.day", false, 3));
    }

    @ParameterizedTest(name = "{0} by {1}, descending {2}, place {3}")
    @MethodSource("searches")
    void everyPageIsTheLikeScansRowsInTheListsOrder(String text, String key, boolean descending, Integer placeId)
            throws SQLException {
        SqlWhere filters = new SqlWhere().add("d.deleted_at IS NULL").addIfSet("d.place_id = ?", placeId);
        TextSearch.Words words = TextSearch.conditions(c, text, "d.id", "doc_fts", COLUMNS);
        SearchedPage.Shape shape = new SearchedPage.Shape("d.id, d.title",
                "doc d JOIN place p ON p.id = d.place_id", "doc d", "d.id", key, descending);

        List<Long> paged = new ArrayList<>();
        Cursor after = null;
        int pages = 0;
        do {
            Page<Long> page = SearchedPage.fetch(c, shape, filters, words.where(), SMALL_WINDOWS, after, 6,
                    rs -> rs.getLong("id"));
            assertTrue(page.items().size() <= 6, "a page holds at most its size");
            paged.addAll(page.items());
            after = page.next();
            pages++;
        } while (after != null && pages < 1000);

        List<Long> expected = likeScan(text, key, descending, placeId);
        assertEquals(expected, paged);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    void theCorpusHasHitsWhereTheCaseNeedsThem(String text, String key, boolean descending, Integer placeId)
            throws SQLException {
        long hits = likeScan(text, key, descending, placeId).size();
        if (text.equals("无此字")) {
            assertEquals(0, hits);
        } else {
            assertTrue(hits > 0, text + " occurs");
        }
    }

    /** The ground truth: every row whose columns hold each word (LIKE), sorted in Java by (key, id). */
    private static List<Long> likeScan(String text, String key, boolean descending, Integer placeId)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT d.id, " + key + " AS k FROM doc d JOIN place p ON p.id = d.place_id "
                + "WHERE d.deleted_at IS NULL");
        List<String> params = new ArrayList<>();
        if (placeId != null) {
            sql.append(" AND d.place_id = ").append(placeId);
        }
        for (String word : TextSearch.words(text)) {
            sql.append(" AND (COALESCE(d.title, '') LIKE ? OR COALESCE(d.body, '') LIKE ?)");
            params.add("%" + word + "%");
            params.add("%" + word + "%");
        }
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getString("k"), rs.getLong("id")});
                }
            }
        }
        rows.sort((a, b) -> {
            int byKey = ((String) a[0]).compareTo((String) b[0]);
            int order = byKey != 0 ? byKey : Long.compare((Long) a[1], (Long) b[1]);
            return descending ? -order : order;
        });
        return rows.stream().map(r -> (Long) r[1]).toList();
    }
}
