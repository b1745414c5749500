package org.liaisondesk.demo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.text.ChineseIdNumber;
import org.liaisondesk.common.text.PhoneNumbers;
import org.liaisondesk.common.time.DeadlineCalculator;
import org.liaisondesk.common.time.HolidayCalendar;
import org.liaisondesk.ladder.data.LadderEventRepository;
import org.liaisondesk.ladder.data.RecommendationRepository;
import org.liaisondesk.ladder.model.LadderEvent;
import org.liaisondesk.ladder.model.LadderRules;
import org.liaisondesk.ladder.model.LadderState;
import org.liaisondesk.ladder.model.LadderTerms;
import org.liaisondesk.ladder.model.Recommendation;
import org.liaisondesk.register.cases.data.MatterRepository;
import org.liaisondesk.register.cases.model.MatterRules;
import org.liaisondesk.register.leads.data.LeadRepository;
import org.liaisondesk.register.leads.model.LeadRules;
import org.liaisondesk.register.visits.data.VisitRepository;
import org.liaisondesk.register.visits.model.VisitQuery;
import org.liaisondesk.register.visits.model.VisitRules;
import org.liaisondesk.register.work.data.WorkRepository;
import org.liaisondesk.register.work.model.WorkRules;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.storage.Migrations;
import org.liaisondesk.storage.RegisterCheck;
import org.liaisondesk.testsupport.TestRegister;

/** The register generator on small registers: shape, validity, reproducibility, the app reading it, cancelling. */
class RegisterGeneratorTest {
    private static final int RECORDS = 5_000;
    private static final LocalDate TODAY = TestRegister.TODAY;
    private static final AuditLog AUDIT = new AuditLog(TestRegister.CLOCK, () -> "测试员");

    @TempDir
    static Path shared;
    static AppContext context;
    static GenerationResult result;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        context = AppContext.open(DataFolder.at(shared), TestRegister.CLOCK);
        result = new RegisterGenerator(context.database(), TestRegister.CLOCK).generate(RECORDS, 1, null, null);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void theRecordsAreSharedOutByKindAndCountedByTheApp() {
        assertEquals(RECORDS, result.total());
        assertEquals(List.of(2250L, 1250L, 600L, 750L, 150L),
                List.of(result.visits(), result.leads(), result.cases(), result.work(), result.recommendations()));
        assertEquals(result.visits(), context.visits().countLive());
        assertEquals(result.leads(), context.leads().countLive());
        assertEquals(result.cases(), context.matters().countLive());
        assertEquals(result.work(), context.work().countLive());
        assertEquals(result.recommendations(), context.ladder().countLive());
        assertEquals(0, count("SELECT count(*) FROM audit_log"), "no audit rows for generated records");
        assertEquals(count("SELECT count(*) FROM visit"), count("SELECT count(DISTINCT uuid) FROM visit"));
    }

    @Test
    void datesSpanFiveYearsAndNoneLiesInTheFuture() {
        assertTrue(text("SELECT max(visit_date) FROM visit").compareTo(TODAY.minusDays(14).toString()) > 0);
        assertTrue(text("SELECT min(visit_date) FROM visit").compareTo(TODAY.minusYears(4).toString()) < 0);
        for (String sql : List.of("SELECT max(visit_date) FROM visit", "SELECT max(received_on) FROM lead", "SELECT max(accepted_on) FROM matter",
                "SELECT max(held_on) FROM work_activity", "SELECT max(happened_on) FROM recommendation_event",
                "SELECT max(concluded_on) FROM visit")) {
            assertTrue(text(sql).compareTo(TODAY.toString()) <= 0, sql);
        }
    }

    @Test
    void everyIdNumberAndPhoneIsValidAndMinorsAndVictimsArePresent() {
        List<String> ids = strings("SELECT visitor_id_number FROM visit WHERE visitor_id_number IS NOT NULL "
                + "UNION ALL SELECT applicant_id_number FROM work_activity WHERE applicant_id_number IS NOT NULL");
        assertTrue(ids.size() > 200, ids.size() + " ID numbers");
        ids.forEach(id -> assertTrue(ChineseIdNumber.isValid(id), id));
        List<String> phones = strings("SELECT visitor_phone FROM visit WHERE visitor_phone IS NOT NULL "
                + "UNION ALL SELECT reporter_phone FROM lead WHERE reporter_phone IS NOT NULL "
                + "UNION ALL SELECT phone FROM liaison UNION ALL SELECT phone FROM prosecutor "
                + "UNION ALL SELECT phone FROM recipient WHERE phone IS NOT NULL");
        assertTrue(phones.size() > 1000, phones.size() + " phones");
        phones.forEach(p -> assertTrue(PhoneNumbers.isValid(p), p));
        long minorIds = 0;
        for (String row : strings("SELECT visit_date || '|' || visitor_id_number FROM visit "
                + "WHERE involves_minor = 1 AND visitor_id_number IS NOT NULL")) {
            String[] parts = row.split("\\|");
            minorIds += ChineseIdNumber.parse(parts[1]).isMinorOn(LocalDate.parse(parts[0])) ? 1 : 0;
        }
        assertTrue(minorIds > 10, minorIds + " minors with an ID number");
        assertTrue(count("SELECT count(*) FROM visit WHERE summary LIKE '%家暴%'") > 0);
        assertTrue(count("SELECT count(*) FROM matter WHERE involves_minor = 1") > 0);
    }

    @Test
    void everyRecordPassesTheEditorsRules() {
        VisitRepository visits = new VisitRepository(AUDIT);
        LeadRepository leads = new LeadRepository(AUDIT);
        MatterRepository matters = new MatterRepository(AUDIT);
        WorkRepository work = new WorkRepository(AUDIT);
        List<String> problems = context.database().read(c -> {
            List<String> found = new ArrayList<>();
            for (long id = 1; id <= result.visits(); id += 7) {
                describe("visit " + id, VisitRules.check(visits.find(c, id).orElseThrow(), TODAY), found);
            }
            for (long id = 1; id <= result.leads(); id += 3) {
                describe("lead " + id, LeadRules.check(leads.find(c, id).orElseThrow(), TODAY), found);
            }
            for (long id = 1; id <= result.cases(); id++) {
                describe("case " + id, MatterRules.check(matters.find(c, id).orElseThrow(), TODAY), found);
            }
            for (long id = 1; id <= result.work(); id++) {
                describe("work " + id, WorkRules.check(work.find(c, id).orElseThrow(), TODAY), found);
            }
            return found;
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyRecommendationFollowsTheLadderAndStoresItsFold() {
        RecommendationRepository recommendations = new RecommendationRepository(AUDIT);
        LadderEventRepository events = new LadderEventRepository(AUDIT);
        LadderTerms terms = new LadderTerms(2, 15, 30, new DeadlineCalculator(HolidayCalendar.chinaOfficial()));
        List<String> problems = context.database().read(c -> {
            List<String> found = new ArrayList<>();
            for (long n = 1; n <= result.recommendations(); n++) {
                long id = n;
                Recommendation r = recommendations.find(c, id).orElseThrow();
                LadderState state = LadderState.DRAFT;
                for (LadderEvent e : events.list(c, id)) {
                    LadderRules.refusal(r, state, e, TODAY)
                            .ifPresent(refusal -> found.add(id + " " + e.kind() + ": " + refusal.messageKey()));
                    state = state.apply(r, e, terms);
                }
                String stored = text(c, "SELECT status || '|' || coalesce(reply_due_on, '') FROM recommendation WHERE id = " + id);
                assertEquals(state.status() + "|" + (state.replyDueOn() == null ? "" : state.replyDueOn()), stored,
                        "recommendation " + id);
            }
            return found;
        });
        assertEquals(List.of(), problems);
        assertTrue(count("SELECT count(*) FROM recommendation_escalation") > 0, "some documents escalate");
        assertTrue(count("SELECT count(*) FROM recommendation WHERE tier = 'SPECIAL_REPORT'") > 0);
        assertEquals(count("SELECT count(*) FROM recommendation WHERE number IS NOT NULL"),
                count("SELECT count(*) FROM document_number d JOIN recommendation r "
                        + "ON r.id = d.recommendation_id AND r.number = d.number"));
    }

    @Test
    void theFileAndItsSearchIndexesAreHealthy() {
        for (String index : List.of("visit_fts", "lead_fts", "matter_fts", "work_fts", "liaison_fts", "recipient_fts",
                "recommendation_fts")) {
            context.database().withWriter(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO " + index + "(" + index + ", rank) VALUES ('integrity-check', 1)");
                }
                return null;
            });
        }
        assertEquals(List.of("ok"), context.database().integrityCheck());
        assertTrue(count("SELECT count(*) FROM sqlite_stat1") > 0, "ANALYZE ran");
    }

    @ParameterizedTest
    @ValueSource(strings = {"网格员", "家暴", "司法救助", "一次性告知", "欠薪", "王"})
    void theVisitListFindsWhatALikeScanFinds(String term) {
        String like = "'%" + term + "%'";
        long expected = count("SELECT count(*) FROM visit WHERE deleted_at IS NULL AND (visitor_name LIKE " + like
                + " OR summary LIKE " + like + " OR handling_note LIKE " + like + " OR referred_to LIKE " + like
                + " OR follow_up_result LIKE " + like + ")");
        VisitQuery query = VisitQuery.firstPage(20).withText(term);
        assertEquals(expected, context.visits().count(query));
        assertEquals(Math.min(20, expected), context.visits().page(query).items().size());
    }

    @Test
    void theFirstPageOfTheVisitListIsTheNewest() {
        var page = context.visits().page(VisitQuery.firstPage(20));
        assertEquals(20, page.items().size());
        assertEquals(text("SELECT max(visit_date) FROM visit"), page.items().get(0).date().toString());
    }

    @ParameterizedTest
    @CsvSource({"1, 1, true", "1, 2, false"})
    void theSameSeedGivesTheSameRegister(long firstSeed, long secondSeed, boolean same) {
        Map<String, String> first = generateAndHash(dir.resolve("a"), firstSeed, 1_500);
        Map<String, String> second = generateAndHash(dir.resolve("b"), secondSeed, 1_500);
        assertTrue(first.size() > 15, first.keySet().toString());
        if (same) {
            assertEquals(first, second);
        } else {
            assertNotEquals(first.get("visit"), second.get("visit"));
            assertNotEquals(first.get("recommendation_event"), second.get("recommendation_event"));
        }
    }

    @Test
    void aCancelledRunKeepsWholeBatchesOnly() {
        AtomicInteger asked = new AtomicInteger();
        List<Long> told = new ArrayList<>();
        try (TestRegister reg = new TestRegister(dir)) {
            GenerationResult partial = new RegisterGenerator(reg.db, TestRegister.CLOCK)
                    .generate(15_000, 3, told::add, () -> asked.incrementAndGet() > 1);
            assertEquals(List.of(10_000L), told);
            assertEquals(10_000, partial.total());
            assertEquals(4_500, partial.visits());
            assertEquals(partial.visits(), reg.visits.countLive());
            assertEquals(List.of("ok"), reg.db.integrityCheck());
        }
        RegisterCheck check = RegisterCheck.of(dir.resolve("liaisondesk.db"), new Migrations(TestRegister.CLOCK));
        assertTrue(check.healthy());
        assertEquals(2_500L, check.liveCounts().get("lead"));
    }

    @Test
    void aRegisterWithAnythingInItIsRefusedAndLeftAlone() {
        try (TestRegister reg = new TestRegister(dir)) {
            reg.station("只有一个联络站");
            RegisterGenerator generator = new RegisterGenerator(reg.db, TestRegister.CLOCK);
            assertFalse(generator.registerIsEmpty());
            UserFacingException refused = assertThrows(UserFacingException.class,
                    () -> generator.generate(100, 1, null, null));
            assertEquals("demo.registerNotEmpty", refused.messageKey());
            assertEquals(1, reg.roster.stations().size());
            assertEquals(0, reg.visits.countLive());
        }
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, String> generateAndHash(Path folder, long seed, int records) {
        try (TestRegister reg = new TestRegister(folder)) {
            new RegisterGenerator(reg.db, TestRegister.CLOCK).generate(records, seed, null, null);
            return reg.db.read(RegisterGeneratorTest::tableHashes);
        }
    }

    /** A SHA-256 of every row of every table (full-text shadow tables included), in rowid order. */
    private static Map<String, String> tableHashes(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                        + "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String table : tables) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1, 2")) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        Object value = rs.getObject(i);
                        String cell = value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value);
                        digest.update(cell.getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) 0);
                    }
                }
                hashes.put(table, HexFormat.of().formatHex(digest.digest()));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return hashes;
    }

    private static void describe(String record, List<FieldProblem> problems, List<String> into) {
        problems.forEach(p -> into.add(record + ": " + p.field() + " " + p.messageKey()));
    }

    private static long count(String sql) {
        return context.database().read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static String text(String sql) {
        return context.database().read(c -> text(c, sql));
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> strings(String sql) {
        return context.database().read(c -> {
            List<String> values = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        });
    }
}
