package org.liaisondesk.workload.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.documents.OfficialLayoutAssertions.cellTexts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.text.ChineseDates;
import org.liaisondesk.documents.DocumentsFixture;
import org.liaisondesk.documents.OfficialLayoutAssertions;
import org.liaisondesk.documents.model.DocumentKind;
import org.liaisondesk.documents.service.PoiTlTemplateRenderer;
import org.liaisondesk.documents.service.TemplateService;
import org.liaisondesk.documents.service.TemplateStore;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.settings.model.StatisticsSettings;
import org.liaisondesk.testsupport.TestRegister;
import org.liaisondesk.workload.model.ChartData;
import org.liaisondesk.workload.model.ChartData.Category;
import org.liaisondesk.workload.model.ChartData.Series;
import org.liaisondesk.workload.model.ChartKind;
import org.liaisondesk.workload.model.Figures;
import org.liaisondesk.workload.model.Metric;
import org.liaisondesk.workload.model.Period;
import org.liaisondesk.workload.model.RateConventions;
import org.liaisondesk.workload.model.RateKind;
import org.liaisondesk.workload.model.RecordKind;
import org.liaisondesk.workload.model.Scope;
import org.liaisondesk.workload.model.Statistics;

/**
 * The meeting pack written from the shipped 工作情况统计 template with statistics built by hand, reopened with POI: the
 * paragraph, a picture and a table per chart, the figures and rates tables, the GB/T 9704 page, the file name, the
 * audit row; a template with a mistyped tag is refused before anything is written.
 */
class MeetingPackServiceTest {
    private static final Period QUARTER = Period.quarter(2026, 3);
    private static final String SUMMARY = "2026年第三季度，全区各检察联络站接待来访群众70人次（其中咨询59人次）；"
            + "受理线索16条，研判12条，其中成案9条、移送案件线索3条，线索成案率75%（成案÷研判）；发放司法救助金2万元。";
    private static final List<String> KINDS = List.of("来访", "线索", "案件", "履职活动", "检察建议");

    @TempDir
    Path temp;
    TestRegister reg;
    TemplateStore store;
    Settings settings = new Settings();
    MeetingPackService packs;
    Path out;

    @BeforeEach
    void setUp() throws IOException {
        reg = new TestRegister(temp.resolve("register"));
        settings.setOfficeName("崇溪区人民检察院");
        store = new TemplateStore(temp.resolve("templates"));
        PoiTlTemplateRenderer renderer = new PoiTlTemplateRenderer();
        packs = new MeetingPackService(reg.db, store, new TemplateService(store, renderer), renderer, new ChartRenderer(),
                () -> settings, reg.audit);
        out = Files.createDirectories(temp.resolve("out"));
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    @Test
    void thePackHoldsTheParagraphEveryChartWithItsTableAndTheFiguresOnAnOfficialPage() throws IOException {
        Statistics stats = statistics(Scope.all(QUARTER));
        Path file = packs.write(stats, out, false);

        assertEquals("工作情况统计_2026年第三季度_全区各检察联络站.docx", file.getFileName().toString());
        try (XWPFDocument doc = open(file)) {
            OfficialLayoutAssertions.assertOfficialPage(doc);
            OfficialLayoutAssertions.assertPageNumbers(doc);
            OfficialLayoutAssertions.assertTitle(doc, "2026年第三季度检察联络站工作情况统计");
            List<String> paragraphs = doc.getParagraphs().stream().map(p -> p.getText().strip()).toList();
            assertTrue(paragraphs.contains("（全区各检察联络站\u30002026年第三季度\u3000统计至2026年11月23日）"), paragraphs.toString());
            assertTrue(paragraphs.contains(SUMMARY), "the summary paragraph, as written: " + paragraphs);
            assertTrue(paragraphs.contains("崇溪区人民检察院") && paragraphs.contains("2026年11月23日"), "the closing");

            assertEquals(ChartKind.values().length, doc.getAllPictures().size(), "one picture per chart");
            List<XWPFTable> tables = doc.getTables();
            assertEquals(2 + ChartKind.values().length, tables.size(), "指标表, 比率表, and a table per chart");
            tables.forEach(OfficialLayoutAssertions::assertTableFitsTextBlock);

            XWPFTable figures = tables.get(0);
            assertEquals(List.of("分组", "指标", "单位", "本期", "上期", "环比", "去年同期", "同比"), cellTexts(figures.getRow(0)));
            assertEquals(Metric.values().length + 1, figures.getNumberOfRows());
            assertEquals(List.of("来访接待", "接待来访群众", "人次", "70", "50", "+40%", "0", "—"), cellTexts(figures.getRow(1)));
            assertEquals(List.of("", "接待群众咨询", "人次", "59", "48", "+22.9%", "52", "+13.5%"), cellTexts(figures.getRow(2)));
            assertEquals(List.of("", "发放司法救助金", "万元", "2", "1.5", "+33.3%", "0", "—"),
                    cellTexts(row(figures, "发放司法救助金")), "money in 万元");
            assertEquals("履职活动", cellTexts(row(figures, "开展矛盾纠纷化解")).get(0), "the group named where it starts");
            assertEquals(List.of("", "已回复", "件", "12", "0", "—", "0", "—"), cellTexts(row(figures, "已回复")));

            XWPFTable rates = tables.get(1);
            assertEquals(List.of("比率", "本期", "口径"), cellTexts(rates.getRow(0)));
            assertEquals(List.of("回复率", "85.7%", "已回复 ÷ 制发检察建议 = 12 ÷ 14"), cellTexts(rates.getRow(1)));
            assertEquals(List.of("整改率", "—", "整改到位 ÷ 采纳 = 0 ÷ 0"), cellTexts(rates.getRow(3)), "no denominator: —");
            assertEquals(RateKind.values().length + 1, rates.getNumberOfRows());

            for (int i = 0; i < stats.charts().size(); i++) {
                ChartData chart = stats.charts().get(i);
                XWPFTable table = tables.get(2 + i);
                assertEquals(chart.categories().size() + 1, table.getNumberOfRows(), chart.title());
                assertEquals(chart.categories().get(0).label(), cellTexts(table.getRow(1)).get(0), chart.title());
            }
            assertEquals(List.of("月份", "来访", "线索", "案件", "履职活动", "检察建议", "合计"), cellTexts(tables.get(2).getRow(0)));
            assertEquals(List.of("7月", "12", "5", "3", "6", "1", "27"), cellTexts(tables.get(2).getRow(1)),
                    "a stacked chart's bars with their 合计");
            assertEquals(List.of("来源", "线索"), cellTexts(tables.get(2 + ChartKind.LEAD_SOURCES.ordinal()).getRow(0)));
            XWPFTable rateChart = tables.get(2 + ChartKind.RATES_OVER_TIME.ordinal());
            assertEquals(List.of("月份", "回复率", "采纳率", "整改率", "线索成案率"), cellTexts(rateChart.getRow(0)));
            assertEquals(List.of("9月", "85.7%", "—", "—", "62.5%"), cellTexts(rateChart.getRow(3)),
                    "rates in percent, a month with nothing to divide by as —");
        }
    }

    @Test
    void eachChartIsTitledAboveItsPictureWithItsCaptionAndTableBelowAtPrintSize() throws IOException {
        Statistics stats = statistics(Scope.all(QUARTER));
        try (XWPFDocument doc = open(packs.write(stats, out, false))) {
            List<String> blocks = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFTable table) {
                    blocks.add("表:" + cellTexts(table.getRow(0)).get(0));
                } else if (element instanceof XWPFParagraph p) {
                    for (XWPFPicture picture : p.getRuns().stream().flatMap(r -> r.getEmbeddedPictures().stream()).toList()) {
                        assertEquals(150, picture.getWidth() * 25.4 / 72, 0.3, "chart width in mm");
                        assertEquals(95, picture.getDepth() * 25.4 / 72, 0.3, "chart height in mm");
                        blocks.add("图片");
                    }
                    if (!p.getText().isBlank()) {
                        blocks.add(p.getText());
                    }
                }
            }
            for (int i = 0; i < stats.charts().size(); i++) {
                ChartData chart = stats.charts().get(i);
                String title = "图" + (i + 1) + "\u3000" + chart.title();
                int at = blocks.indexOf(title);
                assertTrue(at >= 0, title + " in " + blocks);
                assertEquals(List.of(title, "图片", chart.caption(),
                        "表:" + Messages.tr("workload.pack.category." + chart.kind().name())), blocks.subList(at, at + 4));
            }
        }
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "青山镇检察联络站||2026年第三季度青山镇检察联络站工作情况统计|工作情况统计_2026年第三季度_青山镇检察联络站.docx",
            "青山镇检察联络站|林晓峰|2026年第三季度青山镇检察联络站·林晓峰工作情况统计|工作情况统计_2026年第三季度_青山镇检察联络站·林晓峰.docx",
            "|林晓峰|2026年第三季度全区各检察联络站·林晓峰工作情况统计|工作情况统计_2026年第三季度_全区各检察联络站·林晓峰.docx"})
    void aStationOrProsecutorIsNamedInTheTitleAndTheFileName(String station, String prosecutor, String title,
                                                           String fileName) throws IOException {
        Scope scope = new Scope(QUARTER, station == null ? null : 1L, station, prosecutor == null ? null : 2L, prosecutor);
        Path file = packs.write(statistics(scope), out, false);
        assertEquals(fileName, file.getFileName().toString());
        try (XWPFDocument doc = open(file)) {
            OfficialLayoutAssertions.assertTitle(doc, title);
        }
    }

    @Test
    void theDatesFollowTheDocumentsDateStyleAndAnExistingPackIsKept() throws IOException {
        var documents = settings.getDocuments();
        documents.setDateStyle(ChineseDates.Style.CHINESE_NUMERALS);
        settings.setDocuments(documents);
        Path first = packs.write(statistics(Scope.all(QUARTER)), out, false);
        Path second = packs.write(statistics(Scope.all(QUARTER)), out, false);
        assertEquals("工作情况统计_2026年第三季度_全区各检察联络站（2）.docx", second.getFileName().toString());
        assertTrue(Files.exists(first));
        String text = DocumentsFixture.text(second);
        assertTrue(text.contains("统计至二〇二六年十一月二十三日"), text);
    }

    @Test
    void theGenerationIsRecordedInTheAuditLog() throws Exception {
        Path file = packs.write(statistics(Scope.all(QUARTER)), out, false);
        List<String> rows = reg.db.read(c -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT new_value FROM audit_log WHERE action = 'GENERATE' AND entity = 'statistics'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        });
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).contains(file.getFileName().toString()), rows.get(0));
        assertTrue(rows.get(0).contains("\"templateChanged\":false"), rows.get(0));
        assertTrue(rows.get(0).contains("\"period\":\"2026年第三季度\""), rows.get(0));
    }

    @Test
    void aTemplateWithAMistypedTagIsRefusedAndNothingIsWritten() throws IOException {
        Files.createDirectories(store.folder());
        DocumentsFixture.writeDocx(store.path(DocumentKind.STATISTICS_REPORT), "{{标题}}", "{{综诉}}", "{{@图}}");
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> packs.write(statistics(Scope.all(QUARTER)), out, false));
        assertEquals("documents.template.refused", e.messageKey());
        assertTrue(e.localizedMessage().contains("{{综诉}}") && e.localizedMessage().contains("{{综述}}"),
                e.localizedMessage());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList(), "no file, not even a temporary one");
        }
    }

    @Test
    void withoutAnOfficeNameThePackCannotBeSignedAndIsNotWritten() throws IOException {
        settings.setOfficeName("");
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> packs.write(statistics(Scope.all(QUARTER)), out, false));
        assertEquals("documents.noOffice", e.messageKey());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(0, files.count());
        }
    }

    private static XWPFDocument open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static XWPFTableRow row(XWPFTable table, String metric) {
        return table.getRows().stream().filter(r -> r.getCell(1).getText().strip().equals(metric)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + metric));
    }

    /** Statistics as StatisticsService would compute them, typed by hand: figures, one chart of every kind. */
    static Statistics statistics(Scope scope) {
        Figures current = new Figures(Map.of(Metric.VISITORS, 70L, Metric.CONSULTATIONS, 59L, Metric.LEADS_RECEIVED, 16L,
                Metric.LEADS_TRIAGED, 12L, Metric.LEADS_TO_CASES, 9L, Metric.LEADS_REFERRED, 3L,
                Metric.JUDICIAL_AID_PAID, 2_000_000L, Metric.ISSUED, 14L, Metric.REPLIED, 12L));
        Figures previous = new Figures(Map.of(Metric.VISITORS, 50L, Metric.CONSULTATIONS, 48L,
                Metric.JUDICIAL_AID_PAID, 1_500_000L));
        Figures lastYear = new Figures(Map.of(Metric.CONSULTATIONS, 52L));
        List<String> months = List.of("7月", "8月", "9月");
        List<ChartData> charts = List.of(
                chart(ChartKind.MONTHLY_WORK, months, work(List.of(12.0, 5.0, 3.0, 6.0, 1.0), List.of(15.0, 7.0, 2.0, 8.0, 2.0),
                        List.of(9.0, 4.0, 4.0, 5.0, 1.0))),
                chart(ChartKind.BY_STATION, List.of("青山镇检察联络站", "金鸡小区检察联络站", "未指定"),
                        work(List.of(20.0, 9.0, 5.0, 10.0, 3.0), List.of(14.0, 6.0, 3.0, 7.0, 1.0), List.of(2.0, 1.0, 1.0, 2.0, 0.0))),
                chart(ChartKind.BY_PROSECUTOR, List.of("林晓峰", "周彩霞"),
                        work(List.of(21.0, 10.0, 6.0, 12.0, 3.0), List.of(15.0, 6.0, 3.0, 7.0, 1.0))),
                chart(ChartKind.BY_BUSINESS_LINE, List.of("刑事检察", "民事检察", "行政检察", "公益诉讼检察"),
                        series("案件", 2.0, 1.0, 1.0, 5.0), series("检察建议", 1.0, 0.0, 2.0, 11.0)),
                chart(ChartKind.BY_FIELD, List.of("生态环境", "耕地保护", "未成年人保护"),
                        series("线索", 7.0, 5.0, 4.0), series("案件", 4.0, 3.0, 2.0)),
                chart(ChartKind.LEAD_SOURCES, List.of("网格员报送", "12345热线转办", "群众来访"), series("线索", 9.0, 5.0, 2.0)),
                chart(ChartKind.LEAD_RATINGS, List.of("5星", "4星", "3星", "未评级"), series("线索", 4.0, 6.0, 3.0, 3.0)),
                chart(ChartKind.LADDER_FUNNEL, List.of("制发检察建议", "已送达", "已回复", "采纳", "整改到位", "升级监督"),
                        series("检察建议", 14.0, 14.0, 12.0, 0.0, 0.0, 0.0)),
                chart(ChartKind.RATES_OVER_TIME, months, series("回复率", 100.0, 80.0, 85.714),
                        series("采纳率", 0.0, 0.0, null), series("整改率", null, null, null),
                        series("线索成案率", 75.0, 80.0, 62.5)));
        return new Statistics(scope, TestRegister.TODAY, RateConventions.of(new StatisticsSettings()), current, previous,
                lastYear, charts, SUMMARY);
    }

    @SafeVarargs
    private static List<Series> work(List<Double>... perCategory) {
        List<Series> series = new ArrayList<>();
        for (int k = 0; k < KINDS.size(); k++) {
            int kind = k;
            series.add(new Series(RecordKind.values()[k].name(), KINDS.get(k),
                    Stream.of(perCategory).map(values -> values.get(kind)).toList()));
        }
        return series;
    }

    private static Series series(String label, Double... values) {
        return new Series(label, label, java.util.Arrays.asList(values));
    }

    private static ChartData chart(ChartKind kind, List<String> categories, Series... series) {
        return chart(kind, categories, List.of(series));
    }

    private static ChartData chart(ChartKind kind, List<String> categories, List<Series> series) {
        Map<String, String> keyed = new LinkedHashMap<>();
        categories.forEach(label -> keyed.put("k" + keyed.size(), label));
        return new ChartData(kind, Messages.tr(kind.messageKey()), Messages.tr(kind.captionKey(), "2026年11月23日",
                "回复率 = 已回复 ÷ 制发检察建议"), keyed.entrySet().stream().map(e -> new Category(e.getKey(), e.getValue())).toList(),
                series);
    }
}
