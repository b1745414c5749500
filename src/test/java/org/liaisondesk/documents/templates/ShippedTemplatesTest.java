package org.liaisondesk.documents.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.documents.OfficialLayoutAssertions.allText;
import static org.liaisondesk.documents.OfficialLayoutAssertions.cellTexts;
import static org.liaisondesk.documents.OfficialLayoutAssertions.tableWithHeader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.documents.OfficialLayoutAssertions;
import org.liaisondesk.documents.model.DocumentKind;
import org.liaisondesk.documents.model.SampleData;
import org.liaisondesk.documents.model.Tag;
import org.liaisondesk.documents.model.TagCatalogue;
import org.liaisondesk.documents.model.TagType;
import org.liaisondesk.documents.model.TemplateCheck;
import org.liaisondesk.documents.model.TemplateRules;
import org.liaisondesk.documents.model.UsedTag;
import org.liaisondesk.documents.service.PoiTlTemplateRenderer;
import org.liaisondesk.documents.service.TemplateRenderer;

/** The five templates shipped in the jar: their tags, what they render to, and their GB/T 9704 layout. */
class ShippedTemplatesTest {
    private static final List<String> LETTER_TAGS = List.of("院名", "文号", "主送", "问题来源", "领域", "问题类型",
            "查明事实", "本院认为", "法律依据", "建议事项", "异议期限", "紧急", "回复期限", "联系人", "联系电话", "日期",
            "有抄送", "抄送");

    private final TemplateRenderer renderer = new PoiTlTemplateRenderer();

    @TempDir
    Path temp;

    static Stream<Arguments> tagsEachDocumentNeeds() {
        List<String> classLetter = new ArrayList<>(LETTER_TAGS);
        classLetter.addAll(List.of("批次说明", "案件表", "主要问题", "有前期建议", "前期建议"));
        return Stream.of(
                Arguments.of(DocumentKind.INDIVIDUAL_LETTER, LETTER_TAGS),
                Arguments.of(DocumentKind.PRE_SUIT_LETTER, LETTER_TAGS),
                Arguments.of(DocumentKind.CLASS_LETTER, classLetter),
                Arguments.of(DocumentKind.SPECIAL_REPORT, List.of("文号", "标题", "主送", "问题来源", "法律依据", "基本情况",
                        "查明事实", "前期建议", "本院认为", "建议事项", "院名", "日期", "联系人", "联系电话", "一览表",
                        "有抄送", "抄送", "印发机关", "印发日期")),
                Arguments.of(DocumentKind.STATISTICS_REPORT, List.of("标题", "统计范围", "期间", "统计日", "综述", "指标表",
                        "比率表", "图表", "序号", "图名", "图", "说明", "数据", "院名", "日期")));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void usesOnlyTheCatalogueTagsOfItsKind(DocumentKind kind) throws IOException {
        List<String> problems = new ArrayList<>();
        for (UsedTag used : renderer.scan(template(kind), TagCatalogue.tableTags()).tags()) {
            Tag container = used.container().isEmpty() ? null : TagCatalogue.find(used.container()).orElseThrow();
            if (container != null && container.repeats()) {
                char expectedSign = container.type() == TagType.TABLE ? UsedTag.ROW_FIELD
                        : container.fieldType(used.name()).sign();
                if (!container.fields().containsKey(used.name()) || used.sign() != expectedSign) {
                    problems.add(used.written() + " is not a field of " + container.name());
                }
                continue;
            }
            Tag tag = TagCatalogue.find(used.name()).orElse(null);
            if (tag == null || !tag.kinds().contains(kind)) {
                problems.add(used.written() + " is not a tag of " + kind);
            } else {
                char expectedSign = tag.type().sign();
                if (used.sign() != expectedSign) {
                    problems.add(used.written() + " is written as a " + used.sign() + " tag, but is a " + tag.type());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void passesTheTemplateCheckOfItsKind(DocumentKind kind) throws IOException {
        TemplateCheck check = TemplateRules.check(kind, renderer.scan(template(kind), TagCatalogue.tableTags()));
        assertEquals(List.of(), check.problems());
        assertFalse(check.tags().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("tagsEachDocumentNeeds")
    void usesEveryTagItsDocumentNeeds(DocumentKind kind, List<String> needed) throws IOException {
        Set<String> used = new LinkedHashSet<>();
        renderer.scan(template(kind), TagCatalogue.tableTags()).tags().forEach(t -> used.add(t.name()));
        List<String> missing = needed.stream().filter(n -> !used.contains(n)).toList();
        assertEquals(List.of(), missing, kind + " lacks tags");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void sampleRenderingFillsEveryTagWithTheExamples(DocumentKind kind) throws IOException {
        try (XWPFDocument doc = render(kind, SampleData.of(kind))) {
            String text = allText(doc);
            assertFalse(text.contains("{{"), "a tag is left: " + text);
            for (String table : TagCatalogue.tableTags()) {
                for (String field : TagCatalogue.find(table).orElseThrow().fields().keySet()) {
                    assertFalse(text.contains("[" + field + "]"), "a row field is left: [" + field + "]");
                }
            }
            for (String expected : expectedText(kind)) {
                assertTrue(text.contains(expected), kind + " lacks \"" + expected + "\" in:\n" + text);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void sampleRenderingHasTheOfficialLayout(DocumentKind kind) throws IOException {
        try (XWPFDocument doc = render(kind, SampleData.of(kind))) {
            OfficialLayoutAssertions.assertOfficialPage(doc);
            OfficialLayoutAssertions.assertBodyText(doc);
            OfficialLayoutAssertions.assertTitle(doc, kind == DocumentKind.SPECIAL_REPORT
                    || kind == DocumentKind.STATISTICS_REPORT ? TagCatalogue.find("标题").orElseThrow().example(kind) : "检察建议书");
            OfficialLayoutAssertions.assertPageNumbers(doc);
            OfficialLayoutAssertions.assertFallbackFonts(doc);
        }
    }

    static Stream<Arguments> tables() {
        return Stream.of(Arguments.of(DocumentKind.CLASS_LETTER, "案件表"),
                Arguments.of(DocumentKind.SPECIAL_REPORT, "一览表"));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void tableHasOneRowPerItemUnderARepeatedHeader(DocumentKind kind, String tableTag) throws IOException {
        Tag tag = TagCatalogue.find(tableTag).orElseThrow();
        try (XWPFDocument doc = render(kind, SampleData.of(kind))) {
            XWPFTable table = table(doc, tag);
            assertEquals(tag.exampleRows().size() + 1, table.getNumberOfRows(), "header plus one row per item");
            for (int i = 0; i < tag.exampleRows().size(); i++) {
                Map<String, String> item = tag.exampleRows().get(i);
                assertEquals(tag.fields().keySet().stream().map(item::get).toList(), cellTexts(table.getRow(i + 1)),
                        "row " + (i + 1));
            }
            OfficialLayoutAssertions.assertTableFitsTextBlock(table);
        }
    }

    @ParameterizedTest
    @MethodSource("tables")
    void tableGrowsWithTheItems(DocumentKind kind, String tableTag) throws IOException {
        Tag tag = TagCatalogue.find(tableTag).orElseThrow();
        List<Map<String, String>> items = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            Map<String, String> item = new LinkedHashMap<>(tag.exampleRows().get(0));
            item.put("序号", String.valueOf(i));
            items.add(item);
        }
        Map<String, Object> data = new LinkedHashMap<>(SampleData.of(kind));
        data.put(tableTag, items);
        try (XWPFDocument doc = render(kind, data)) {
            XWPFTable table = table(doc, tag);
            assertEquals(31, table.getNumberOfRows());
            assertEquals("30", table.getRow(30).getCell(0).getText().strip());
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void sectionsSwitchedOffAndEmptyListsLeaveNothingBehind(DocumentKind kind) throws IOException {
        Map<String, Object> data = new LinkedHashMap<>(SampleData.of(kind));
        for (Tag tag : TagCatalogue.forKind(kind)) {
            if (tag.type() == TagType.SECTION) {
                data.put(tag.name(), Boolean.FALSE);
            } else if (tag.repeats()) {
                data.put(tag.name(), List.of());
            }
        }
        try (XWPFDocument doc = render(kind, data)) {
            String text = allText(doc);
            assertFalse(text.contains("{{"), "a tag is left: " + text);
            assertFalse(text.contains("抄送："), "the 抄送 block is shown without 抄送");
            assertFalse(text.contains("鉴于"), "the urgency wording is shown when not urgent");
            assertFalse(text.contains(firstItem("建议事项").get("内容")), "a recommendation is shown from no items");
            assertFalse(text.contains("此前已制发"), "earlier recommendations are announced without any");
            OfficialLayoutAssertions.assertOfficialPage(doc);
            if (kind == DocumentKind.SPECIAL_REPORT) {
                assertTrue(text.contains(example("印发机关")), "the print block stays without 抄送");
            }
            if (kind == DocumentKind.STATISTICS_REPORT) {
                assertFalse(text.contains("图1"), "a chart is announced without charts");
                assertEquals(0, doc.getAllPictures().size());
                assertEquals(2, doc.getTables().size(), "the figures and the rates only");
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theStatisticsReportPrintsEachChartWithItsCaptionAndTableAndEveryTableFillsTheTextWidth() throws IOException {
        DocumentKind kind = DocumentKind.STATISTICS_REPORT;
        Tag charts = TagCatalogue.find("图表").orElseThrow();
        try (XWPFDocument doc = render(kind, SampleData.of(kind))) {
            List<String> sequence = new ArrayList<>();
            for (org.apache.poi.xwpf.usermodel.IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFTable table) {
                    sequence.add("表：" + String.join("｜", cellTexts(table.getRow(0))));
                    OfficialLayoutAssertions.assertTableFitsTextBlock(table);
                } else if (element instanceof org.apache.poi.xwpf.usermodel.XWPFParagraph p) {
                    long pictures = p.getRuns().stream().mapToLong(r -> r.getEmbeddedPictures().size()).sum();
                    if (pictures > 0) {
                        sequence.add("图片");
                        assertEquals(150.0, p.getRuns().get(0).getEmbeddedPictures().get(0).getWidth() * 25.4 / 72, 0.3,
                                "a chart prints 150 mm wide");
                    } else if (!p.getText().isBlank()) {
                        sequence.add(p.getText());
                    }
                }
            }
            Map<String, String> first = charts.exampleRows().get(0);
            Map<String, String> second = charts.exampleRows().get(1);
            String opening = "图" + first.get("序号") + "\u3000" + first.get("图名");
            int at = sequence.indexOf(opening);
            assertTrue(at > 0, sequence.toString());
            assertEquals(List.of(opening, "图片", first.get("说明"),
                            "表：" + String.join("｜", SampleData.grid(first.get("数据")).header()),
                            "图" + second.get("序号") + "\u3000" + second.get("图名"), "图片", second.get("说明"),
                            "表：" + String.join("｜", SampleData.grid(second.get("数据")).header())),
                    sequence.subList(at, at + 8), "each chart: title, picture, caption, its table");
            assertTrue(sequence.contains("表：" + String.join("｜", SampleData.grid(example("指标表")).header())), sequence.toString());
            assertTrue(sequence.contains("表：" + String.join("｜", SampleData.grid(example("比率表")).header())), sequence.toString());
        }
    }

    /** Lines the sample rendering must contain, built from the catalogue's examples. */
    private static List<String> expectedText(DocumentKind kind) {
        if (kind == DocumentKind.STATISTICS_REPORT) {
            return List.of(TagCatalogue.find("标题").orElseThrow().example(kind) + "\n（" + example("统计范围") + "\u3000"
                            + example("期间") + "\u3000统计至" + example("统计日") + "）",
                    "一、总体情况\n" + example("综述"), "二、主要指标", "三、主要比率", "比率均注明分母；分母为零时以“—”表示。",
                    "四、图表\n图1\u3000" + firstItem("图表").get("图名"), firstItem("图表").get("说明"),
                    example("院名") + "\n" + example("日期"));
        }
        List<String> expected = new ArrayList<>(List.of(example("文号"), example("主送") + "：", example("日期"),
                "联系人：" + example("联系人"), example("查明事实"), "抄送：" + example("抄送")));
        Map<String, String> recommendation = firstItem("建议事项");
        switch (kind) {
            case INDIVIDUAL_LETTER, PRE_SUIT_LETTER, CLASS_LETTER -> {
                expected.add(example("院名") + "\n检察建议书\n" + example("文号") + "\n" + example("主送") + "：");
                expected.add(recommendation.get("序号") + "、" + recommendation.get("内容"));
                expected.add("经调查查明：" + example("查明事实"));
                expected.add("本院认为：" + example("本院认为"));
                expected.add("根据" + example("法律依据") + "的规定");
                expected.add("如有异议，请于收到本检察建议书之日起" + example("异议期限") + "内书面提出。");
                expected.add("之日起" + example("回复期限") + "内");
            }
            case SPECIAL_REPORT -> {
                expected.add("（" + recommendation.get("序号") + "）" + recommendation.get("内容"));
                expected.add(example("标题"));
                expected.add("一、基本情况\n" + example("基本情况"));
                expected.add("四、原因分析\n" + example("本院认为"));
                expected.add("（" + firstItem("前期建议").get("序号") + "）" + firstItem("前期建议").get("说明"));
                expected.add("附件：检察建议制发及落实情况一览表");
                expected.add(example("院名") + "\n" + example("日期"));
                expected.add(example("印发机关") + "\t" + example("印发日期") + "印发");
            }
        }
        switch (kind) {
            case PRE_SUIT_LETTER -> {
                expected.add("履行公益诉讼检察职责");
                expected.add("《中华人民共和国行政诉讼法》第二十五条第四款");
                expected.add("提起行政公益诉讼");
            }
            case CLASS_LETTER -> {
                Map<String, String> problem = firstItem("主要问题");
                expected.add(example("批次说明"));
                expected.add("（" + problem.get("序号") + "）" + problem.get("问题") + "问题，涉及" + problem.get("件数")
                        + "件（" + problem.get("涉及") + "）。");
                expected.add(firstItem("前期建议").get("说明"));
                expected.add(firstItem("案件表").get("名称"));
            }
            default -> {
            }
        }
        return expected;
    }

    private static String example(String tag) {
        return TagCatalogue.find(tag).orElseThrow().example();
    }

    private static Map<String, String> firstItem(String tag) {
        return TagCatalogue.find(tag).orElseThrow().exampleRows().get(0);
    }

    private static XWPFTable table(XWPFDocument doc, Tag tag) {
        return tableWithHeader(doc, List.copyOf(tag.fields().keySet()))
                .orElseThrow(() -> new AssertionError("no table headed " + tag.fields().keySet()));
    }

    /** The shipped template, copied out of the class path (the renderer reads files). */
    private Path template(DocumentKind kind) throws IOException {
        Path file = temp.resolve(kind.fileName());
        if (!Files.exists(file)) {
            try (InputStream in = getClass().getResourceAsStream("/org/liaisondesk/documents/templates/" + kind.fileName())) {
                assertNotNull(in, "the jar lacks the template " + kind.fileName());
                Files.copy(in, file);
            }
        }
        return file;
    }

    private XWPFDocument render(DocumentKind kind, Map<String, Object> data) throws IOException {
        Path out = temp.resolve("rendered-" + kind.name() + ".docx");
        try (OutputStream os = Files.newOutputStream(out)) {
            renderer.render(template(kind), data, TagCatalogue.tableTags(), os);
        }
        try (InputStream in = Files.newInputStream(out)) {
            return new XWPFDocument(in);
        }
    }
}
