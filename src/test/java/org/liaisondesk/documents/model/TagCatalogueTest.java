package org.liaisondesk.documents.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TagCatalogueTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({"院名,院名,0", "院明,院名,1", "文号码,文号,1", "abc,abd,1", "主送机关,主送,2", "'',abc,3"})
    void editDistanceCountsCodePoints(String a, String b, int expected) {
        assertEquals(expected, TagCatalogue.distance(a, b));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"院明|院名", "文号码|文号", "主送机关|主送", "抄送单位|抄送", "建议事相|建议事项"})
    void didYouMeanFindsTheIntendedTag(String typo, String intended) {
        List<String> known = TagCatalogue.all().stream().map(Tag::name).toList();
        assertEquals(intended, TagCatalogue.closest(typo, known).get(0));
    }

    @Test
    void farOffNamesSuggestNothing() {
        assertTrue(TagCatalogue.closest("完全无关的名字", List.of("院名", "文号")).isEmpty());
    }

    @Test
    void namesAreUniqueAndEveryRepeatingTagHasFieldsAndExamples() {
        Set<String> names = new HashSet<>();
        for (Tag t : TagCatalogue.all()) {
            assertTrue(names.add(t.name()), "duplicate " + t.name());
            assertFalse(t.description().isBlank(), t.name());
            if (t.repeats()) {
                assertFalse(t.fields().isEmpty(), t.name());
                assertFalse(t.exampleRows().isEmpty(), t.name());
                t.exampleRows().forEach(row -> assertEquals(t.fields().keySet(), row.keySet(), t.name()));
            } else {
                assertFalse(t.example().isBlank(), t.name());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void sampleDataFillsEveryTagOfTheKind(DocumentKind kind) {
        var data = SampleData.of(kind);
        for (Tag t : TagCatalogue.forKind(kind)) {
            assertTrue(data.containsKey(t.name()), t.name());
        }
        assertFalse(TagCatalogue.forKind(kind).isEmpty());
    }

    @Test
    void theStatisticsReportFillsItsOwnTagsAndNoneOfARecommendations() {
        assertEquals(List.of("院名", "标题", "日期", "统计范围", "期间", "统计日", "综述", "指标表", "比率表", "图表"),
                TagCatalogue.forKind(DocumentKind.STATISTICS_REPORT).stream().map(Tag::name).toList());
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind.fromRecommendation()) {
                assertTrue(TagCatalogue.forKind(kind).stream().noneMatch(t -> t.name().equals("综述")), kind.name());
            }
        }
        assertEquals("2026年第三季度检察联络站工作情况统计",
                TagCatalogue.find("标题").orElseThrow().example(DocumentKind.STATISTICS_REPORT));
        assertEquals("关于规范农村自建房安全管理的检察建议",
                TagCatalogue.find("标题").orElseThrow().example(DocumentKind.SPECIAL_REPORT));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "院名||{{院名}}", "有抄送||{{?有抄送}}…{{/有抄送}}", "案件表||{{案件表}}", "指标表||{{#指标表}}",
            "图表||{{?图表}}…{{/图表}}", "案件表|序号|[序号]", "建议事项|序号|{{序号}}", "图表|序号|{{序号}}",
            "图表|图|{{@图}}", "图表|数据|{{#数据}}"})
    void eachTagAndFieldIsTypedTheWayItsTypeIsWritten(String tag, String field, String expected) {
        Tag t = TagCatalogue.find(tag).orElseThrow();
        assertEquals(expected, field == null ? t.syntax() : t.fieldSyntax(field));
    }

    @Test
    void everyWholeTableExampleIsATableAndEveryPictureFieldSamplesAChart() {
        int grids = 0;
        for (Tag t : TagCatalogue.all()) {
            if (t.type() == TagType.GRID) {
                assertFalse(SampleData.grid(t.example()).rows().isEmpty(), t.name());
                grids++;
            }
            for (String field : t.fieldTypes().keySet()) {
                for (Map<String, String> row : t.exampleRows()) {
                    if (t.fieldType(field) == TagType.GRID) {
                        assertFalse(SampleData.grid(row.get(field)).rows().isEmpty(), t.name() + "/" + field);
                        grids++;
                    }
                }
            }
        }
        assertEquals(4, grids, "指标表, 比率表 and the 数据 of both example charts");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> charts = (List<Map<String, Object>>) SampleData.of(DocumentKind.STATISTICS_REPORT).get("图表");
        assertEquals(2, charts.size());
        for (Map<String, Object> chart : charts) {
            assertTrue(chart.get("图") instanceof DocumentImage, "a picture for {{@图}}");
            assertTrue(chart.get("数据") instanceof DocumentGrid, "a table for {{#数据}}");
            assertTrue(chart.get("图名") instanceof String);
        }
        assertEquals(List.of("月份", "来访", "线索", "案件", "合计"), ((DocumentGrid) charts.get(0).get("数据")).header());
        assertEquals(List.of("7月", "12", "5", "3", "20"), ((DocumentGrid) charts.get(0).get("数据")).rows().get(0));
    }

    @Test
    void theSampleChartIsAPictureInTheProportionsOfTheReportsCharts() throws java.io.IOException {
        DocumentImage chart = SampleData.chart();
        assertEquals(150.0, chart.widthMm());
        assertEquals(95.0, chart.heightMm());
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(chart.png()));
        assertEquals(150.0 / 95.0, (double) png.getWidth() / png.getHeight(), 0.02);
        assertTrue(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 30).canDisplayUpTo(SampleChart.LABEL) == -1,
                "the label 图表示例 is drawn in a font that has its characters");
    }

    @Test
    void theStatisticsReportIsNeverTheDocumentOfARecommendation() {
        for (org.liaisondesk.ladder.model.Tier tier : org.liaisondesk.ladder.model.Tier.values()) {
            for (org.liaisondesk.ladder.model.RecommendationType type : org.liaisondesk.ladder.model.RecommendationType.values()) {
                assertTrue(DocumentKind.of(tier, type).fromRecommendation(), tier + "/" + type);
            }
        }
        assertFalse(DocumentKind.STATISTICS_REPORT.fromRecommendation());
        assertEquals(DocumentKind.STATISTICS_REPORT, DocumentKind.byFileName("工作情况统计.docx").orElseThrow());
    }

    @Test
    void documentKindFollowsTierAndType() {
        assertEquals(DocumentKind.PRE_SUIT_LETTER, DocumentKind.of(org.liaisondesk.ladder.model.Tier.INDIVIDUAL,
                org.liaisondesk.ladder.model.RecommendationType.PUBLIC_INTEREST));
        assertEquals(DocumentKind.INDIVIDUAL_LETTER, DocumentKind.of(org.liaisondesk.ladder.model.Tier.INDIVIDUAL,
                org.liaisondesk.ladder.model.RecommendationType.SOCIAL_GOVERNANCE));
        assertEquals(DocumentKind.CLASS_LETTER, DocumentKind.of(org.liaisondesk.ladder.model.Tier.CLASS,
                org.liaisondesk.ladder.model.RecommendationType.PUBLIC_INTEREST));
        assertEquals(DocumentKind.SPECIAL_REPORT, DocumentKind.of(org.liaisondesk.ladder.model.Tier.SPECIAL_REPORT,
                org.liaisondesk.ladder.model.RecommendationType.OTHER));
        assertEquals(DocumentKind.CLASS_LETTER, DocumentKind.byFileName("类案检察建议书.docx").orElseThrow());
        assertTrue(DocumentKind.byFileName("别的.docx").isEmpty());
    }
}
