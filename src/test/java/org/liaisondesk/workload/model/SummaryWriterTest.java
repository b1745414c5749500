package org.liaisondesk.workload.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.text.Money;
import org.liaisondesk.settings.model.StatisticsSettings.AdoptionRateBase;
import org.liaisondesk.settings.model.StatisticsSettings.ReplyRateBase;

class SummaryWriterTest {
    private static final Scope OCTOBER = Scope.all(Period.month(YearMonth.of(2026, 10)));
    private static final RateConventions BY_DUE_AND_ISSUED = new RateConventions(ReplyRateBase.DUE, AdoptionRateBase.ISSUED);

    /** A busy month with every figure counted. */
    private static final Figures FULL = figures(Map.ofEntries(
            Map.entry(Metric.VISITORS, 120L), Map.entry(Metric.CONSULTATIONS, 59L),
            Map.entry(Metric.PETITIONS_RECEIVED, 25L), Map.entry(Metric.PETITIONS_RESOLVED, 21L),
            Map.entry(Metric.LEADS_RECEIVED, 40L), Map.entry(Metric.LEADS_TRIAGED, 30L),
            Map.entry(Metric.LEADS_TO_CASES, 12L), Map.entry(Metric.LEADS_REFERRED, 10L),
            Map.entry(Metric.CASES_ACCEPTED, 15L), Map.entry(Metric.PUBLIC_INTEREST_CASES, 3L),
            Map.entry(Metric.CASES_CONCLUDED, 9L), Map.entry(Metric.MEDIATIONS, 18L), Map.entry(Metric.DISPUTES_RESOLVED, 14L),
            Map.entry(Metric.JUDICIAL_AID_PERSONS, 3L), Map.entry(Metric.JUDICIAL_AID_PAID, 2_345_000L),
            Map.entry(Metric.HEARINGS, 4L), Map.entry(Metric.PUBLICITY_EVENTS, 6L), Map.entry(Metric.PUBLICITY_AUDIENCE, 480L),
            Map.entry(Metric.COMMUNITY_SERVICE_PERSONS, 5L), Map.entry(Metric.COMMUNITY_SERVICE_HOURS, 120L),
            Map.entry(Metric.NON_PROSECUTION_ANNOUNCEMENTS, 2L), Map.entry(Metric.CIRCUIT_TRIALS, 1L),
            Map.entry(Metric.ISSUED, 8L), Map.entry(Metric.ISSUED_INDIVIDUAL, 5L), Map.entry(Metric.ISSUED_CLASS, 2L),
            Map.entry(Metric.ISSUED_SPECIAL_REPORT, 1L), Map.entry(Metric.SERVED, 8L), Map.entry(Metric.DUE, 7L),
            Map.entry(Metric.REPLIED, 6L), Map.entry(Metric.ADOPTED, 5L), Map.entry(Metric.PARTLY_ADOPTED, 1L),
            Map.entry(Metric.RECTIFIED, 4L), Map.entry(Metric.ESCALATED, 1L), Map.entry(Metric.LAWSUITS, 1L)));

    /** The desk of the press report: "累计接待群众咨询59人次，化解信访案件21件，移送案件线索10件，兑现司法救助2万元，启动公益诉讼监督程序3件". */
    private static final Figures PRESS_REPORT = figures(Map.of(Metric.CONSULTATIONS, 59L, Metric.PETITIONS_RESOLVED, 21L,
            Metric.LEADS_REFERRED, 10L, Metric.JUDICIAL_AID_PAID, 2_000_000L, Metric.PUBLIC_INTEREST_CASES, 3L));

    /** One prosecutor at one station over a custom span: a few visits and three recommendations, one replied. */
    private static final Figures FEW = figures(Map.of(Metric.VISITORS, 7L, Metric.ISSUED, 3L, Metric.ISSUED_INDIVIDUAL, 3L,
            Metric.SERVED, 3L, Metric.DUE, 2L, Metric.REPLIED, 1L, Metric.ADOPTED, 1L));

    static Stream<Arguments> wholeParagraphs() {
        Scope custom = new Scope(new Period(Period.Kind.CUSTOM, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 2)),
                1L, "青山镇检察联络站", 2L, "林晓峰");
        return Stream.of(
                Arguments.of("every figure", OCTOBER, FULL, RateConventions.DEFAULT,
                        "2026年10月，全区各检察联络站接待来访群众120人次（其中咨询59人次）；受理信访25件，化解信访案件21件；"
                                + "受理线索40条，研判30条，其中成案12条、移送案件线索10条，线索成案率40%（线索成案÷研判线索）；"
                                + "受理案件15件（其中启动公益诉讼监督程序3件），办结9件；开展矛盾纠纷化解18次，化解矛盾纠纷14件；"
                                + "兑现司法救助3人2.35万元；组织公开听证4场；开展普法宣传6场，受众480人次；"
                                + "督促5人完成社会公益服务120小时；不起诉宣告2次；巡回审判1次；"
                                + "制发检察建议8件（个案检察建议5件、类案检察建议2件、专项法律监督报告1件），已送达8件，已回复6件，"
                                + "回复率75%（已回复÷已制发），采纳5件，部分采纳1件，采纳率83.3%（采纳÷已回复），整改到位4件，"
                                + "整改率80%（整改到位÷采纳），升级监督1件，提起诉讼1件。"),
                Arguments.of("the press report", Scope.all(Period.quarter(2025, 2)), PRESS_REPORT, RateConventions.DEFAULT,
                        "2025年第二季度，全区各检察联络站接待群众咨询59人次，化解信访案件21件，移送案件线索10条，"
                                + "启动公益诉讼监督程序3件，兑现司法救助2万元。"),
                Arguments.of("one prosecutor, rates by due and by issued", custom, FEW, BY_DUE_AND_ISSUED,
                        "2026年1月5日至2026年3月2日，青山镇检察联络站·林晓峰接待来访群众7人次；"
                                + "制发检察建议3件（个案检察建议3件），已送达3件，回复期限已届满2件，已回复1件，"
                                + "回复率50%（已回复÷回复期限已届满），采纳1件，采纳率33.3%（采纳÷已制发），整改率0%（整改到位÷采纳）。"),
                Arguments.of("nothing registered", Scope.all(Period.year(2026)), Figures.empty(), RateConventions.DEFAULT,
                        "2026年，全区各检察联络站未登记工作数据。"),
                Arguments.of("nothing at one station", new Scope(Period.month(YearMonth.of(2026, 10)), 9L, "金鸡小区检察联络站",
                        null, null), Figures.empty(), RateConventions.DEFAULT, "2026年10月，金鸡小区检察联络站未登记工作数据。"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wholeParagraphs")
    void writesTheParagraphInTheRegistersOwnPhrases(String name, Scope scope, Figures figures, RateConventions conventions,
                                                     String expected) {
        assertEquals(expected, SummaryWriter.write(scope, figures, conventions));
    }

    static Stream<Arguments> omissions() {
        return Stream.of(
                Arguments.of("no consultations", zero(FULL, Metric.CONSULTATIONS), List.of("咨询"), "接待来访群众120人次；"),
                Arguments.of("no petitions", zero(FULL, Metric.PETITIONS_RECEIVED, Metric.PETITIONS_RESOLVED), List.of("信访"),
                        "（其中咨询59人次）；受理线索"),
                Arguments.of("no leads", zero(FULL, Metric.LEADS_RECEIVED, Metric.LEADS_TRIAGED, Metric.LEADS_TO_CASES,
                        Metric.LEADS_REFERRED), List.of("线索", "研判"), "化解信访案件21件；受理案件"),
                Arguments.of("no hearings", zero(FULL, Metric.HEARINGS), List.of("听证"), "2.35万元；开展普法宣传"),
                Arguments.of("no class-case recommendation", zero(FULL, Metric.ISSUED_CLASS), List.of("类案"),
                        "（个案检察建议5件、专项法律监督报告1件）"),
                Arguments.of("no judicial aid paid", zero(FULL, Metric.JUDICIAL_AID_PAID), List.of("万元"), "兑现司法救助3人；"),
                Arguments.of("no leads triaged: no conversion rate", zero(FULL, Metric.LEADS_TRIAGED), List.of("线索成案率", "研判"),
                        "受理线索40条，线索成案12条、移送案件线索10条；"),
                Arguments.of("none replied: no adoption rate", zero(FULL, Metric.REPLIED, Metric.ADOPTED, Metric.PARTLY_ADOPTED,
                        Metric.RECTIFIED), List.of("采纳", "整改"), "已送达8件，回复率0%（已回复÷已制发），升级监督1件"),
                Arguments.of("none adopted: no rectification rate", zero(FULL, Metric.ADOPTED, Metric.RECTIFIED),
                        List.of("整改", "采纳5件"), "部分采纳1件，采纳率0%（采纳÷已回复），升级监督1件"),
                Arguments.of("no recommendations", zero(FULL, Metric.ISSUED, Metric.ISSUED_INDIVIDUAL, Metric.ISSUED_CLASS,
                        Metric.ISSUED_SPECIAL_REPORT, Metric.SERVED, Metric.DUE, Metric.REPLIED, Metric.ADOPTED,
                        Metric.PARTLY_ADOPTED, Metric.RECTIFIED, Metric.ESCALATED, Metric.LAWSUITS),
                        List.of("检察建议", "回复", "采纳"), "巡回审判1次。"),
                Arguments.of("only short clauses: joined by commas", figures(Map.of(Metric.HEARINGS, 2L, Metric.CIRCUIT_TRIALS, 1L)),
                        List.of("；"), "全区各检察联络站组织公开听证2场，巡回审判1次。"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("omissions")
    void leavesOutWhatIsZeroAndRatesWithoutADenominator(String name, Figures figures, List<String> absent, String present) {
        String paragraph = SummaryWriter.write(OCTOBER, figures, RateConventions.DEFAULT);

        for (String text : absent) {
            assertFalse(paragraph.contains(text), () -> "“" + text + "” in " + paragraph);
        }
        assertTrue(paragraph.contains(present), () -> "“" + present + "” missing from " + paragraph);
        assertFalse(ZERO_FIGURE.matcher(paragraph).find(), () -> "a zero figure in " + paragraph);
        assertFalse(paragraph.contains(Rate.NONE), "never “—” in prose");
    }

    static Stream<Arguments> figuresToReadBack() {
        List<Arguments> cases = new ArrayList<>();
        for (RateConventions conventions : List.of(RateConventions.DEFAULT, BY_DUE_AND_ISSUED,
                new RateConventions(ReplyRateBase.DUE, AdoptionRateBase.REPLIED),
                new RateConventions(ReplyRateBase.ISSUED, AdoptionRateBase.ISSUED))) {
            cases.add(Arguments.of("full", FULL, conventions));
            cases.add(Arguments.of("press report", PRESS_REPORT, conventions));
            cases.add(Arguments.of("few", FEW, conventions));
            for (long seed = 1; seed <= 4; seed++) {
                cases.add(Arguments.of("random " + seed, random(seed, 0.0), conventions));
                cases.add(Arguments.of("random with zeros " + seed, random(seed, 0.4), conventions));
            }
        }
        cases.add(Arguments.of("a few yuan of aid", figures(Map.of(Metric.JUDICIAL_AID_PERSONS, 1L,
                Metric.JUDICIAL_AID_PAID, 4_000L)), RateConventions.DEFAULT));
        return cases.stream();
    }

    /**
     * Reads every number back out of the paragraph by the phrase before it and compares it with the figure it names:
     * the paragraph says exactly the figures, every non-zero one the paragraph covers, and nothing else.
     */
    @ParameterizedTest(name = "{0}, {2}")
    @MethodSource("figuresToReadBack")
    void everyNumberInTheParagraphIsTheFigureItNames(String name, Figures figures, RateConventions conventions) {
        Scope scope = Scope.all(Period.month(YearMonth.of(2026, 10)));
        String paragraph = SummaryWriter.write(scope, figures, conventions);
        String opening = scope.period().label() + "，" + scope.subject(SummaryWriter.EVERY_STATION);
        assertTrue(paragraph.startsWith(opening) && paragraph.endsWith("。"), paragraph);
        String body = paragraph.substring(opening.length());

        Set<Metric> named = EnumSet.noneOf(Metric.class);
        Set<RateKind> rates = EnumSet.noneOf(RateKind.class);
        Matcher m = NUMBER.matcher(body);
        while (m.find()) {
            String phrase = m.group(1);
            String number = m.group(2);
            String unit = m.group(3);
            String where = "“" + m.group() + "” in " + paragraph;
            if (unit.equals("%")) {
                RateKind kind = RATE_PHRASES.get(phrase);
                assertTrue(kind != null, where);
                assertEquals(figures.rate(kind, conventions).text(), number + "%", where);
                assertTrue(rates.add(kind), "once: " + where);
            } else if (unit.endsWith("元")) {
                long paid = figures.get(Metric.JUDICIAL_AID_PAID);
                assertEquals(unit.equals("万元") ? Money.wan(paid) : Money.plainYuan(paid), number, where);
                assertTrue(named.add(Metric.JUDICIAL_AID_PAID), "once: " + where);
            } else {
                Metric metric = METRIC_PHRASES.get(phrase + "|" + unit);
                assertTrue(metric != null, "a phrase the test knows: " + where);
                assertEquals(figures.get(metric), Long.parseLong(number), where);
                assertTrue(named.add(metric), "once: " + where);
            }
        }
        assertFalse(m.replaceAll("").matches(".*\\d.*"), "every number belongs to a figure: " + paragraph);

        Set<Metric> expected = EnumSet.noneOf(Metric.class);
        for (Metric metric : Metric.values()) {
            boolean shown = metric != Metric.DUE || conventions.reply() == ReplyRateBase.DUE;
            if (shown && figures.get(metric) != 0) {
                expected.add(metric);
            }
        }
        assertEquals(expected, named, paragraph);
        Set<RateKind> expectedRates = EnumSet.noneOf(RateKind.class);
        for (RateKind kind : RateKind.values()) {
            if (figures.rate(kind, conventions).den() != 0) {
                expectedRates.add(kind);
            }
        }
        assertEquals(expectedRates, rates, paragraph);
    }

    @Test
    void theSubjectIsTheStationAndProsecutorWhenChosen() {
        Scope station = new Scope(Period.month(YearMonth.of(2026, 10)), 1L, "青山镇检察联络站", null, null);
        assertTrue(SummaryWriter.write(station, PRESS_REPORT, RateConventions.DEFAULT)
                .startsWith("2026年10月，青山镇检察联络站接待群众咨询59人次"));
    }

    /** A phrase, the figure, its unit: 其中咨询 59 人次, 回复率 85.7 %. */
    private static final Pattern NUMBER = Pattern.compile("([\\u4e00-\\u9fff]*)(\\d+(?:\\.\\d+)?)(人次|万元|小时|件|条|人|次|场|元|%)");

    private static final Pattern ZERO_FIGURE = Pattern.compile("(?<![\\d.])0(人次|万元|小时|件|条|人|次|场|元)");

    private static final Map<String, RateKind> RATE_PHRASES = Map.of("回复率", RateKind.REPLY, "采纳率", RateKind.ADOPTION,
            "整改率", RateKind.RECTIFICATION, "线索成案率", RateKind.LEAD_CONVERSION);

    private static final Map<String, Metric> METRIC_PHRASES = new HashMap<>();

    static {
        phrases(Metric.VISITORS, "人次", "接待来访群众");
        phrases(Metric.CONSULTATIONS, "人次", "其中咨询", "接待群众咨询");
        phrases(Metric.PETITIONS_RECEIVED, "件", "受理信访");
        phrases(Metric.PETITIONS_RESOLVED, "件", "化解信访案件");
        phrases(Metric.LEADS_RECEIVED, "条", "受理线索");
        phrases(Metric.LEADS_TRIAGED, "条", "研判", "研判线索");
        phrases(Metric.LEADS_TO_CASES, "条", "其中成案", "成案", "线索成案");
        phrases(Metric.LEADS_REFERRED, "条", "移送案件线索", "其中移送案件线索");
        phrases(Metric.CASES_ACCEPTED, "件", "受理案件");
        phrases(Metric.PUBLIC_INTEREST_CASES, "件", "其中启动公益诉讼监督程序", "启动公益诉讼监督程序");
        phrases(Metric.CASES_CONCLUDED, "件", "办结", "办结案件");
        phrases(Metric.MEDIATIONS, "次", "开展矛盾纠纷化解");
        phrases(Metric.DISPUTES_RESOLVED, "件", "化解矛盾纠纷");
        phrases(Metric.JUDICIAL_AID_PERSONS, "人", "兑现司法救助");
        phrases(Metric.HEARINGS, "场", "组织公开听证");
        phrases(Metric.PUBLICITY_EVENTS, "场", "开展普法宣传");
        phrases(Metric.PUBLICITY_AUDIENCE, "人次", "受众", "普法受众");
        phrases(Metric.COMMUNITY_SERVICE_PERSONS, "人", "督促");
        phrases(Metric.COMMUNITY_SERVICE_HOURS, "小时", "完成社会公益服务");
        phrases(Metric.NON_PROSECUTION_ANNOUNCEMENTS, "次", "不起诉宣告");
        phrases(Metric.CIRCUIT_TRIALS, "次", "巡回审判");
        phrases(Metric.ISSUED, "件", "制发检察建议");
        phrases(Metric.ISSUED_INDIVIDUAL, "件", "个案检察建议");
        phrases(Metric.ISSUED_CLASS, "件", "类案检察建议");
        phrases(Metric.ISSUED_SPECIAL_REPORT, "件", "专项法律监督报告");
        phrases(Metric.SERVED, "件", "已送达");
        phrases(Metric.DUE, "件", "回复期限已届满");
        phrases(Metric.REPLIED, "件", "已回复");
        phrases(Metric.ADOPTED, "件", "采纳");
        phrases(Metric.PARTLY_ADOPTED, "件", "部分采纳");
        phrases(Metric.RECTIFIED, "件", "整改到位");
        phrases(Metric.ESCALATED, "件", "升级监督");
        phrases(Metric.LAWSUITS, "件", "提起诉讼");
    }

    private static void phrases(Metric metric, String unit, String... phrases) {
        for (String phrase : phrases) {
            METRIC_PHRASES.put(phrase + "|" + unit, metric);
        }
    }

    private static Figures figures(Map<Metric, Long> values) {
        return new Figures(values);
    }

    private static Figures zero(Figures figures, Metric... metrics) {
        Map<Metric, Long> values = new EnumMap<>(figures.values());
        for (Metric metric : metrics) {
            values.put(metric, 0L);
        }
        return new Figures(values);
    }

    /** Figures that need not be consistent with each other; {@code zeroShare} of them zero. */
    private static Figures random(long seed, double zeroShare) {
        Random random = new Random(seed);
        Map<Metric, Long> values = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            long value = metric == Metric.JUDICIAL_AID_PAID ? 100_000L + random.nextInt(50_000_000) : 1 + random.nextInt(500);
            values.put(metric, random.nextDouble() < zeroShare ? 0L : value);
        }
        return new Figures(values);
    }
}
