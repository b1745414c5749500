package org.liaisondesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.register.visits.model.VisitQuery;
import org.liaisondesk.testsupport.TestRegister;

/** The SQL handed to the sqlite3 tool is the SQL the service ran, with its parameters as literals. */
class SqlCaptureTest {
    @TempDir
    Path dir;

    static Stream<Arguments> statements() {
        return Stream.of(
                Arguments.of("SELECT * FROM t WHERE a = ? AND b = ?", new Object[] {7L, "x"},
                        "SELECT * FROM t WHERE a = 7 AND b = 'x'"),
                Arguments.of("SELECT ? , ?", new Object[] {"王某'的", null}, "SELECT '王某''的' , NULL"),
                Arguments.of("SELECT '?' , ? LIKE ? ESCAPE '\\'", new Object[] {"a", "%b%"},
                        "SELECT '?' , 'a' LIKE '%b%' ESCAPE '\\'"),
                Arguments.of("LIMIT ?", new Object[] {Boolean.TRUE}, "LIMIT 1"));
    }

    @ParameterizedTest
    @MethodSource("statements")
    void parametersAreWrittenInAsLiterals(String sql, Object[] values, String expected) {
        Map<Integer, Object> parameters = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            parameters.put(i + 1, values[i]);
        }
        assertEquals(expected, SqlCapture.inline(sql, parameters));
    }

    @Test
    void capturesTheStatementsOfAServiceCallAndPutsTheConnectionBack() throws Exception {
        try (TestRegister register = new TestRegister(dir)) {
            List<String> statements = SqlCapture.statementsOf(register.db,
                    () -> register.visits.count(VisitQuery.firstPage(10).withText("欠薪")));
            // A two-character word: the trigrams beginning with it in the two indexes, then the count itself.
            assertEquals(3, statements.size(), statements.toString());
            assertTrue(statements.get(0).contains("FROM visit_fts_terms WHERE term >= '欠薪'"), statements.get(0));
            assertTrue(statements.get(1).contains("FROM visit_tail_terms WHERE term >= '欠薪'"), statements.get(1));
            String sql = statements.get(2);
            assertTrue(sql.startsWith("SELECT count(*) FROM visit v WHERE v.deleted_at IS NULL"), sql);
            assertTrue(sql.contains("LIKE '%欠薪%'"), sql);
            register.visits.countLive();
            assertEquals(3, statements.size(), "reads after the capture are not recorded");
        }
    }
}
