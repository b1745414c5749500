package org.liaisondesk.register.leads.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.register.leads.model.LeadQuery;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.storage.SqlWhere;
import org.liaisondesk.testsupport.TestRegister;

/** The lead queries that must stay fast on a big register are answered from the indexes made for them. */
class LeadQueryPlanTest {
    @TempDir
    Path dir;
    TestRegister reg;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    @Test
    void lookAlikesUseThePlaceIndex() {
        String plan = plan(LeadRepository.LOOK_ALIKES, List.of("LAND", "清溪镇", "清溪村", "2026-10-01", "2026-11-30", -1, 10));
        assertTrue(plan.contains("lead_by_place"), plan);
    }

    @Test
    void theNotFedBackFilterUsesItsPartialIndex() {
        SqlWhere where = LeadRepository.filters(LeadQuery.firstPage(50).withNotFedBack(true));
        String plan = planOf("SELECT count(*) FROM lead ld " + where.sql(), where);
        assertTrue(plan.contains("lead_not_told"), plan);
    }

    @Test
    void theProblemFilterAndTheProblemSuggestionsUseTheProblemIndexes() {
        SqlWhere where = LeadRepository.filters(LeadQuery.firstPage(50).withField(SupervisionField.LAND)
                .withProblem("占用耕地从事木材加工"));
        String filter = planOf("SELECT count(*) FROM lead ld " + where.sql(), where);
        assertTrue(filter.contains("lead_by_problem"), filter);

        String suggestions = plan(LeadRepository.problemsUsedSql(true), List.of("LAND", "LAND", 30));
        assertTrue(suggestions.contains("lead_by_problem") && suggestions.contains("matter_by_problem"), suggestions);
    }

    private String planOf(String sql, SqlWhere where) {
        return reg.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                where.bind(ps);
                return details(ps);
            }
        });
    }

    private String plan(String sql, List<Object> params) {
        return reg.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                return details(ps);
            }
        });
    }

    private static String details(PreparedStatement ps) throws java.sql.SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                lines.add(rs.getString("detail"));
            }
        }
        return String.join("\n", lines);
    }
}
