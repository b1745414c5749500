package org.liaisondesk.demo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.desk.model.DeskItem;
import org.liaisondesk.desk.model.DeskSection;
import org.liaisondesk.desk.model.DeskSummary;
import org.liaisondesk.desk.service.DeskService;
import org.liaisondesk.ladder.data.SuggestionRepository;
import org.liaisondesk.ladder.model.IssuedNumber;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.NumberScheme;
import org.liaisondesk.ladder.model.Rectification;
import org.liaisondesk.ladder.model.RecommendationQuery;
import org.liaisondesk.ladder.model.RecommendationRow;
import org.liaisondesk.ladder.model.SuggestionRule;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.ladder.service.SuggestionService;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.testsupport.TestRegister;

/** The demo's ladder, loaded with the whole demo register through the application's services. */
class DemoLadderTest {
    @TempDir
    Path dir;

    @Test
    void theDeskShowsAnOverdueReplyAWaitingObjectionAndAReturnVisitDue() {
        try (AppContext context = loaded(dir, TestRegister.CLOCK)) {
            DeskSummary desk = new DeskService(context.ladder(), context.leads(), context.visits(), context::settings,
                    TestRegister.CLOCK).today();

            DeskItem overdue = first(desk, DeskSection.REPLY_OVERDUE);
            assertTrue(overdue.title().contains("楼道堆物"), overdue.title());
            assertTrue(overdue.days() < -30, "served some hundred days ago: " + overdue.days());
            assertTrue(first(desk, DeskSection.OBJECTION_WAITING).title().contains("盲道"));
            DeskItem visit = first(desk, DeskSection.RETURN_VISIT_DUE);
            assertTrue(visit.title().contains("电镀厂"), visit.title());
            assertTrue(visit.days() >= 0 && visit.days() <= 14, "due within two weeks: " + visit.days());
            assertTrue(first(desk, DeskSection.REPLY_DUE_SOON).title().contains("过期药品"));
        }
    }

    @Test
    void theStoriesEndWhereTheyShouldAndTheTimberYardsStayUnanswered() {
        try (AppContext context = loaded(dir, TestRegister.CLOCK)) {
            Map<String, RecommendationRow> rows = context.ladder().page(RecommendationQuery.firstPage(50,
                    TestRegister.TODAY)).items().stream().collect(Collectors.toMap(RecommendationRow::title, r -> r));
            assertEquals(11, rows.size());
            RecommendationRow river = row(rows, "河段生活垃圾");
            assertEquals(LadderStatus.CLOSED, river.status());
            assertEquals(Rectification.DONE, river.rectification());
            RecommendationRow shop = row(rows, "依法查处学校周边经营户向未成年人售烟");
            assertEquals(LadderStatus.ESCALATED, shop.status());
            RecommendationRow sector = row(rows, "加强校园周边向未成年人售卖烟酒");
            assertEquals(Tier.CLASS, sector.tier());
            assertEquals(LadderStatus.VERIFIED, sector.status());
            assertEquals(Rectification.NONE, sector.rectification());
            assertEquals(List.of(shop.id()), context.ladder().find(sector.id()).orElseThrow().recommendation()
                    .escalatesFrom().stream().map(e -> e.earlierId()).toList());
            RecommendationRow tree = row(rows, "黄葛树");
            assertEquals(LadderStatus.VERIFIED, tree.status());
            assertEquals(Rectification.NONE, tree.rectification());
            assertTrue(tree.repliedOn() == null && tree.replyDueOn().isBefore(TestRegister.TODAY));
            assertEquals(LadderStatus.WITHDRAWN, row(rows, "关停补偿").status());
            assertEquals(LadderStatus.DRAFT, row(rows, "菜市场").status());
            RecommendationRow report = row(rows, "专项法律监督报告");
            assertEquals(Tier.SPECIAL_REPORT, report.tier());
            assertEquals(LadderStatus.APPROVED, report.status());
            assertEquals(List.of(sector.id()), context.ladder().find(report.id()).orElseThrow().recommendation()
                    .escalatesFrom().stream().map(e -> e.earlierId()).toList());

            assertEquals(0, count(context, "SELECT count(*) FROM recommendation_link l LEFT JOIN lead ld "
                    + "ON l.record_kind = 'LEAD' AND ld.id = l.record_id LEFT JOIN matter m ON l.record_kind = 'MATTER' "
                    + "AND m.id = l.record_id WHERE COALESCE(ld.problem, m.problem) = ?", DemoLadder.TIMBER_YARDS));
            assertTrue(count(context, "SELECT count(*) FROM lead WHERE problem = ? AND deleted_at IS NULL",
                    DemoLadder.TIMBER_YARDS) >= 3, "the three timber-yard leads are there to be found");
        }
    }

    @Test
    void theLadderCallsForTheNextStepsTheStoriesNeed() {
        try (AppContext context = loaded(dir, TestRegister.CLOCK)) {
            SuggestionService suggestions = new SuggestionService(context.database(),
                    new SuggestionRepository(new AuditLog(TestRegister.CLOCK, () -> "测试员")), context.ladder(),
                    context::settings, TestRegister.CLOCK);
            Map<Long, String> titles = context.ladder().page(RecommendationQuery.firstPage(50, TestRegister.TODAY))
                    .items().stream().collect(Collectors.toMap(RecommendationRow::id, RecommendationRow::title));
            List<String> found = suggestions.suggestions(TestRegister.TODAY).stream()
                    .map(s -> s.rule() + ":" + (s.recommendationId() == null ? s.problem()
                            : titles.get(s.recommendationId()))).toList();

            assertTrue(found.contains(SuggestionRule.CLASS_CASE + ":" + DemoLadder.TIMBER_YARDS), found.toString());
            // The class-case letter on tobacco sales was not rectified either: its special report is already drafted.
            assertTrue(found.stream().noneMatch(s -> s.startsWith(SuggestionRule.SPECIAL_REPORT + ":")
                    && s.contains("校园周边向未成年人售卖烟酒")), found.toString());
            assertTrue(found.stream().anyMatch(s -> s.startsWith(SuggestionRule.LAWSUIT + ":")
                    && s.contains("黄葛树")), found.toString());
            assertTrue(found.stream().anyMatch(s -> s.startsWith(SuggestionRule.NEXT_TIER + ":")
                    && s.contains("楼道堆物")), found.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23T02:00:00Z", "2026-01-12T02:00:00Z", "2026-02-24T02:00:00Z", "2026-10-08T02:00:00Z",
        "2027-03-01T02:00:00Z"})
    void numbersRunFromOneWithoutGapsInEachScopeAndYear(String now, @TempDir Path folder) {
        Clock clock = Clock.fixed(Instant.parse(now), ZoneId.of("Asia/Shanghai"));
        try (AppContext context = loaded(folder, clock)) {
            List<IssuedNumber> numbers = context.ladder().numbers(null);
            assertEquals(9, numbers.size(), "every document but the draft is numbered");
            Map<String, List<Integer>> serials = new TreeMap<>();
            String office = context.settings().getOfficeAbbreviation();
            for (IssuedNumber n : numbers) {
                String scope = context.ladder().numberFormat(NumberScheme.of(n.tier(), n.type())).scope(office, n.year());
                serials.computeIfAbsent(scope, k -> new ArrayList<>()).add(n.serial());
                assertEquals(n.issuedOn().getYear(), n.year());
            }
            serials.forEach((scope, list) -> assertEquals(IntStream.rangeClosed(1, list.size()).boxed().toList(), list,
                    scope + " in the order given"));
            assertTrue(numbers.stream().anyMatch(IssuedNumber::withdrawn), "the withdrawn one keeps its number");
            assertFalse(numbers.stream().anyMatch(n -> n.issuedOn().isAfter(LocalDate.now(clock))));
        }
    }

    /** An application context on a fresh folder with the whole demo loaded, the ladder included. */
    static AppContext loaded(Path folder, Clock clock) {
        AppContext context = AppContext.open(DataFolder.at(folder), clock);
        context.updateSettings(s -> {
            s.setOfficeName("崇州市人民检察院");
            s.setOfficeAbbreviation("崇");
        });
        DemoRegister.Summary s = new DemoRegister(new DemoRegister.Services(context.roster(), context.visits(),
                context.liaisons(), context.recipients(), context.reference(), context.leads(), context.matters(),
                context.work(), context.ladder()), clock).load(null);
        assertEquals(s.recommendations(), context.ladder().countLive());
        assertEquals(s.numbers(), context.ladder().numbers(null).size());
        return context;
    }

    private static DeskItem first(DeskSummary desk, DeskSection section) {
        List<DeskItem> items = desk.group(section).items();
        assertFalse(items.isEmpty(), section + " is empty");
        return items.get(0);
    }

    private static RecommendationRow row(Map<String, RecommendationRow> rows, String words) {
        return rows.entrySet().stream().filter(e -> e.getKey().contains(words)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no recommendation about " + words + " in " + rows.keySet()));
    }

    private static long count(AppContext context, String sql, String arg) {
        return context.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, arg);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
