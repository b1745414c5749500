package org.liaisondesk.documents.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.text.ChineseDates;
import org.liaisondesk.ladder.model.LadderState;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.Recommendation;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.ladder.model.Rectification;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.reference.model.SupervisionField;

class DocumentDataTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Recommendation.Builder letter() {
        return Recommendation.builder().id(7L).tier(Tier.INDIVIDUAL).type(RecommendationType.SOCIAL_GOVERNANCE)
                .businessLine(BusinessLine.PUBLIC_INTEREST).field(SupervisionField.WORK_SAFETY).problem("农村自建房安全")
                .title("关于规范农村自建房安全管理的检察建议").recipientId(1L).problemSource("本院在履职中发现")
                .facts("经查，未成年人李小明（身份证号11010520100101001X）居住的房屋存在隐患。").violation("监管缺位")
                .items(List.of("开展排查", "建立机制")).legalBasis("《人民检察院组织法》第二十一条").objectionDays(10);
    }

    private static LadderState state(LadderStatus status, LocalDate approved, LocalDate issued) {
        return new LadderState(status, approved, issued, null, null, null, null, null, false, null, false, false, false,
                null, null, null, null);
    }

    private static DocumentSource source(Recommendation r, String number, LadderState state, List<String> copyTo,
                                         List<UnderlyingRecord> records, List<EarlierDocument> earlier) {
        return new DocumentSource(new RecommendationDetail(r, number, List.of(), state), "青山镇人民政府", "崇溪区人民政府",
                copyTo, "林晓峰", "0591-87654321", "青山镇检察联络站", records, earlier,
                new PeopleInRecords(List.of("王秀英"), List.of("李小明"), List.of("13812341234")));
    }

    private static DocumentOptions options(ChineseDates.Style style, boolean maskNames) {
        return new DocumentOptions("崇溪区人民检察院", "崇检社建〔2026〕\u3000\u3000号", style, maskNames, "", 2, 15, TODAY);
    }

    private static Map<String, Object> issuedLetter(Recommendation r) {
        return DocumentData.of(source(r, "崇检社建〔2026〕3号", state(LadderStatus.ISSUED, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 2)), List.of(), List.of(), List.of()), options(ChineseDates.Style.ARABIC, true));
    }

    @Test
    void fillsEveryTagOfEveryKindAndNothingElse() {
        Map<String, Object> data = issuedLetter(letter().build());
        assertEquals(TagCatalogue.all().stream().filter(t -> t.kinds().stream().anyMatch(DocumentKind::fromRecommendation))
                .map(Tag::name).toList(), List.copyOf(data.keySet()));
    }

    @Test
    void issuedLetterCarriesItsNumberRecipientAndIssueDate() {
        Map<String, Object> data = issuedLetter(letter().build());
        assertEquals("崇溪区人民检察院", data.get("院名"));
        assertEquals("崇检社建〔2026〕3号", data.get("文号"));
        assertEquals("青山镇人民政府", data.get("主送"));
        assertEquals("2026年3月2日", data.get("日期"));
        assertEquals("社会治理检察建议", data.get("建议类型"));
        assertEquals("安全生产", data.get("领域"));
        assertEquals("十日", data.get("异议期限"));
        assertEquals("两个月", data.get("回复期限"));
        assertEquals(Boolean.FALSE, data.get("紧急"));
        assertEquals(Boolean.FALSE, data.get("有抄送"));
        assertEquals("", data.get("抄送"));
        assertEquals("崇溪区人民检察院办公室", data.get("印发机关"));
    }

    @ParameterizedTest(name = "{0} approved {1} issued {2} → {3}")
    @CsvSource({
            "ARABIC,,,2026年11月23日",
            "ARABIC,2026-03-01,,2026年3月1日",
            "ARABIC,2026-03-01,2026-03-02,2026年3月2日",
            "CHINESE_NUMERALS,2026-03-01,2026-10-12,二〇二六年十月十二日",
    })
    void theDatingLineIsTheIssueDateElseApprovalElseToday(ChineseDates.Style style, LocalDate approved, LocalDate issued,
                                                          String expected) {
        Map<String, Object> data = DocumentData.of(source(letter().build(), "", state(LadderStatus.DRAFT, approved, issued),
                List.of(), List.of(), List.of()), options(style, true));
        assertEquals(expected, data.get("日期"));
        assertEquals(expected, data.get("印发日期"));
    }

    @Test
    void aDraftPrintsTheNumberWithItsSerialLeftBlank() {
        Map<String, Object> data = DocumentData.of(source(letter().build(), "", LadderState.DRAFT, List.of(), List.of(),
                List.of()), options(ChineseDates.Style.ARABIC, true));
        assertEquals("崇检社建〔2026〕\u3000\u3000号", data.get("文号"));
    }

    @Test
    void copiesAreJoinedWithCommasAndEndWithAFullStop() {
        Map<String, Object> data = DocumentData.of(source(letter().build(), "", LadderState.DRAFT,
                List.of("崇溪区人民政府", "崇溪区住房和城乡建设局"), List.of(), List.of()), options(ChineseDates.Style.ARABIC, true));
        assertEquals(Boolean.TRUE, data.get("有抄送"));
        assertEquals("崇溪区人民政府，崇溪区住房和城乡建设局。", data.get("抄送"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void itemsAreNumberedInChineseNumerals() {
        List<String> items = IntStream.rangeClosed(1, 12).mapToObj(i -> "第" + i + "项").toList();
        var rows = (List<Map<String, String>>) issuedLetter(letter().items(items).build()).get("建议事项");
        assertEquals(12, rows.size());
        assertEquals(Map.of("序号", "一", "内容", "第1项"), rows.get(0));
        assertEquals("十", rows.get(9).get("序号"));
        assertEquals("十二", rows.get(11).get("序号"));
    }

    @Test
    void urgentLettersAskForAReplyInFifteenDays() {
        Map<String, Object> data = issuedLetter(letter().urgent(true).objectionDays(5).build());
        assertEquals("十五日", data.get("回复期限"));
        assertEquals("五日", data.get("异议期限"));
        assertEquals(Boolean.TRUE, data.get("紧急"));
    }

    @Test
    void eachFurtherLineOfALongFieldIsIndentedLikeANewParagraph() {
        Map<String, Object> data = issuedLetter(letter().facts("第一段。\r\n\n  第二段。\n第三段。").build());
        assertEquals("第一段。\n\u3000\u3000第二段。\n\u3000\u3000第三段。", data.get("查明事实"));
    }

    @Test
    void personalDataInTheTextIsMasked() {
        Map<String, Object> data = issuedLetter(letter().build());
        String facts = (String) data.get("查明事实");
        assertFalse(facts.contains("11010520100101001X"), facts);
        assertFalse(facts.contains("李小明"), facts);
        assertTrue(facts.contains("110105********001X"), facts);
        assertTrue(facts.contains("李某某"), facts);
    }

    private static UnderlyingRecord matter(long id, String name, String problem, LocalDate date, String... numbers) {
        return new UnderlyingRecord(RecordLink.Kind.MATTER, id, name, "青山镇检察联络站", problem, date, "cases.status.CONCLUDED",
                "", false, List.of(numbers));
    }

    private static UnderlyingRecord lead(long id, String description, String problem, LocalDate date) {
        return new UnderlyingRecord(RecordLink.Kind.LEAD, id, description, "青山镇溪口村", problem, date, "leads.triage.CASE_OPENED",
                "leads.source.GRID_WORKER", false, List.of());
    }

    @SuppressWarnings("unchecked")
    @Test
    void classLetterTabulatesItsCasesAndGroupsTheirProblems() {
        List<UnderlyingRecord> records = List.of(
                matter(1, "王秀英房屋安全隐患案", "农村自建房安全", LocalDate.of(2025, 3, 12), "崇检社建〔2025〕4号"),
                lead(2, "网格员报告：溪口村民房加层出租，住户反映墙体开裂，已有多户搬离，存在坍塌危险，请求尽快处理", "农村自建房安全",
                        LocalDate.of(2026, 5, 8)),
                matter(3, "某厂占用耕地案", "占用耕地", LocalDate.of(2026, 10, 2)));
        Map<String, Object> data = DocumentData.of(source(letter().tier(Tier.CLASS).build(), "", LadderState.DRAFT, List.of(),
                records, List.of()), options(ChineseDates.Style.ARABIC, true));
        var table = (List<Map<String, String>>) data.get("案件表");
        assertEquals(3, table.size());
        assertEquals("王某某房屋安全隐患案", table.get(0).get("名称"));
        assertEquals("崇检社建〔2025〕4号", table.get(0).get("原建议文号"));
        assertEquals("办结", table.get(0).get("状态"));
        assertEquals("2025年3月12日", table.get(0).get("日期"));
        assertTrue(table.get(1).get("名称").startsWith("线索：网格员报告"), table.get(1).get("名称"));
        assertTrue(table.get(1).get("名称").endsWith("……"), table.get(1).get("名称"));
        assertEquals("立案", table.get(1).get("状态"));
        var problems = (List<Map<String, String>>) data.get("主要问题");
        assertEquals(List.of(Map.of("序号", "一", "问题", "农村自建房安全", "件数", "2", "涉及", "第1、2号"),
                Map.of("序号", "二", "问题", "占用耕地", "件数", "1", "涉及", "第3号")), problems);
        assertEquals("2025年3月至2026年10月", data.get("统计期间"));
        assertEquals("2", data.get("案件数"));
        assertEquals("1", data.get("线索数"));
        assertEquals("2025年3月至2026年10月，本院在履职中共发现同类问题3件，其中办理案件2件、受理线索1条。", data.get("批次说明"));
        assertEquals("王某某房屋安全隐患案、某厂占用耕地案", data.get("关联案件"));
        assertEquals("网格员报送", data.get("线索来源"));
    }

    @ParameterizedTest(name = "{0} cases, {1} leads → {2}")
    @CsvSource(delimiter = '#', value = {
            "0#0#",
            "2#0#2025年3月，本院在履职中共发现同类问题2件。",
            "0#3#2025年3月，本院在履职中共发现同类问题3件。",
    })
    void batchSummaryNamesOnlyWhatThereIs(int cases, int leads, String expected) {
        List<UnderlyingRecord> records = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            records.add(matter(i, "案" + i, "问题", LocalDate.of(2025, 3, 1 + i)));
        }
        for (int i = 0; i < leads; i++) {
            records.add(lead(100 + i, "线索" + i, "问题", LocalDate.of(2025, 3, 10 + i)));
        }
        Map<String, Object> data = DocumentData.of(source(letter().tier(Tier.CLASS).build(), "", LadderState.DRAFT, List.of(),
                records, List.of()), options(ChineseDates.Style.ARABIC, true));
        assertEquals(expected == null ? "" : expected, data.get("批次说明"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void reportTellsWhatBecameOfEachEarlierDocument() {
        List<EarlierDocument> earlier = List.of(
                new EarlierDocument(1, Tier.INDIVIDUAL, "崇检社建〔2025〕4号", "关于消除隐患的检察建议", "青山镇人民政府",
                        LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 3), LocalDate.of(2025, 6, 3), null, null, null,
                        LadderStatus.ESCALATED),
                new EarlierDocument(2, Tier.CLASS, "崇检社建〔2025〕9号", "关于规范管理的检察建议", "崇溪区住房和城乡建设局",
                        LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), LocalDate.of(2025, 11, 3),
                        LocalDate.of(2025, 10, 30), ReplyOutcome.ADOPTED, Rectification.PARTIAL, LadderStatus.VERIFIED),
                new EarlierDocument(3, Tier.INDIVIDUAL, "崇检社建〔2026〕20号", "新近的检察建议", "青山镇人民政府",
                        LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2), LocalDate.of(2027, 1, 4), null, null, null,
                        LadderStatus.SERVED));
        List<UnderlyingRecord> records = List.of(matter(1, "甲案", "农村自建房安全", LocalDate.of(2025, 3, 12)),
                lead(2, "线索", "农村自建房安全", LocalDate.of(2025, 2, 8)));
        Map<String, Object> data = DocumentData.of(source(letter().tier(Tier.SPECIAL_REPORT).build(), "", LadderState.DRAFT,
                List.of(), records, earlier), options(ChineseDates.Style.ARABIC, true));
        var annex = (List<Map<String, String>>) data.get("一览表");
        assertEquals(3, annex.size());
        assertEquals("逾期未回复", annex.get(0).get("回复情况"));
        assertEquals("未整改", annex.get(0).get("整改情况"));
        assertEquals("2025年10月30日回复，采纳", annex.get(1).get("回复情况"));
        assertEquals("部分整改", annex.get(1).get("整改情况"));
        assertEquals("尚未回复（回复期限未届满）", annex.get(2).get("回复情况"));
        assertEquals("尚未核实", annex.get(2).get("整改情况"));
        var chain = (List<Map<String, String>>) data.get("前期建议");
        assertEquals("2025年4月2日，本院向青山镇人民政府制发崇检社建〔2025〕4号检察建议，2025年4月3日送达，"
                + "回复期限2025年6月3日届满未回复，现提请升级监督。", chain.get(0).get("说明"));
        assertEquals("2025年9月1日，本院向崇溪区住房和城乡建设局制发崇检社建〔2025〕9号检察建议，2025年9月2日送达，"
                + "该单位于2025年10月30日书面回复（采纳），经回访核实部分整改。", chain.get(1).get("说明"));
        assertEquals("二", chain.get(1).get("序号"));
        assertEquals(Boolean.TRUE, data.get("有前期建议"));
        assertEquals("2025年2月至2025年3月，本院在履职中共受理相关线索1条，办理案件1件，制发检察建议3件"
                + "（其中个案检察建议2件、类案检察建议1件）。", data.get("基本情况"));
    }
}
