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
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search box must return exactly what a LIKE scan returns, for every word length: the trigram index
 * (3+ characters), the trigrams beginning a two-character word in that index and in the index of the columns' last
 * two characters, and the LIKE alone for a one-character word that begins too many trigrams, are compared with a
 * substring ground truth over a generated Chinese corpus, word by word and for several words at once.
 */
class TextSearchTest {
    private static final String ALPHABET = "欠薪耕地河道垃圾家暴张王李刘陈村镇社区工地农民工资举报咨询信访调解未成年烟酒网格员检察"
            + "建议整改回复线索环境食品药品安全土地占用木材加工厂";
    private static final List<String> COLUMNS = List.of("d.title", "d.body");
    @TempDir
    static Path dir;
    private static Connection c;
    private static final List<String> texts = new ArrayList<>();

    @BeforeAll
    static void corpus() throws SQLException {
        c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("search.db"));
        try (Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE doc(id INTEGER PRIMARY KEY, title TEXT, body TEXT);"
                    + SearchIndexes.OF_DOC);
        }
        Random random = new Random(42);
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO doc(title, body) VALUES (?, ?)")) {
            for (int i = 0; i < 3000; i++) {
                String title = randomText(random, 2 + random.nextInt(6));
                String body = random.nextInt(10) == 0 ? null : randomText(random, 5 + random.nextInt(40));
                ps.setString(1, title);
                ps.setString(2, body);
                ps.addBatch();
                texts.add(title + "\u0000" + (body == null ? "" : body));
            }
            ps.executeBatch();
        }
        c.commit();
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
    }

    private static String randomText(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}-character words")
    @ValueSource(ints = {1, 2, 3, 4, 6})
    void everyWordLengthFindsExactlyWhatLikeFinds(int length) throws SQLException {
        Random random = new Random(length);
        int nonEmpty = 0;
        for (int i = 0; i < 40; i++) {
            String word = i % 4 == 0 ? randomText(random, length) : substringOfCorpus(random, length);
            TreeSet<Long> expected = likeScan(List.of(word));
            assertEquals(expected, search(word), "word " + word);
            if (length == 2) {
                assertTrue(TextSearch.conditions(c, word, "d.id", "doc_fts", COLUMNS).indexed(),
                        "a two-character word is looked up by the trigrams beginning with it: " + word);
            }
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(nonEmpty > 10, "the corpus makes most words match something");
    }

    @ParameterizedTest(name = "two words of {0} and {0}+2 characters")
    @ValueSource(ints = {1, 2, 3})
    void severalWordsMustAllMatch(int length) throws SQLException {
        Random random = new Random(100 + length);
        for (int i = 0; i < 30; i++) {
            String a = substringOfCorpus(random, length);
            String b = substringOfCorpus(random, length + 2);
            assertEquals(likeScan(List.of(a, b)), search(a + " " + b), a + " " + b);
            assertEquals(likeScan(List.of(a, b)), search(" " + a + "\u3000" + b + " "), "full-width space");
        }
    }

    @org.junit.jupiter.api.Test
    void wildcardsAndQuotesAreTakenLiterally() throws SQLException {
        for (String word : List.of("%", "_", "欠%", "\"河道", "a'b", "\\")) {
            assertEquals(likeScanLiteral(word), search(word), word);
        }
    }

    private static String substringOfCorpus(Random random, int length) {
        while (true) {
            String text = texts.get(random.nextInt(texts.size())).replace("\u0000", "");
            if (text.length() >= length) {
                int start = random.nextInt(text.length() - length + 1);
                return text.substring(start, start + length);
            }
        }
    }

    private static TreeSet<Long> search(String text) throws SQLException {
        SqlWhere where = new SqlWhere();
        TextSearch.addWords(c, where, text, "d.id", "doc_fts", COLUMNS);
        return ids("SELECT d.id FROM doc d " + where.sql(), where);
    }

    /** Ground truth: every word is a substring of one of the columns (Java, not SQL). */
    private static TreeSet<Long> likeScan(List<String> words) {
        TreeSet<Long> ids = new TreeSet<>();
        for (int i = 0; i < texts.size(); i++) {
            String[] columns = texts.get(i).split("\u0000", -1);
            boolean all = true;
            for (String w : words) {
                boolean any = false;
                for (String column : columns) {
                    any |= column.contains(w);
                }
                all &= any;
            }
            if (all) {
                ids.add(i + 1L);
            }
        }
        return ids;
    }

    private static TreeSet<Long> likeScanLiteral(String word) {
        return likeScan(List.of(word));
    }

    private static TreeSet<Long> ids(String sql, SqlWhere where) throws SQLException {
        TreeSet<Long> ids = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
