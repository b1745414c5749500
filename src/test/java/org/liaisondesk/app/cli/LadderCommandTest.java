package org.liaisondesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.ladder.model.ApproverKind;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.LadderEvent;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.ladder.model.ServiceMethod;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Recipient;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.testsupport.TestRegister;

/** {@code ladder due|suggest|numbers} on a register with one overdue recommendation and three cases of one problem. */
class LadderCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    static final CliHarness CLI = new CliHarness();

    @BeforeEach
    void register() {
        try (AppContext context = AppContext.open(DataFolder.at(dir), TestRegister.CLOCK)) {
            context.updateSettings(s -> s.setOfficeAbbreviation("崇"));
            long district = context.recipients().save(Recipient.draft("清溪区人民政府", null)).id();
            long town = context.recipients().save(Recipient.draft("清溪镇人民政府", district)).id();
            for (String name : List.of("王秀英非法采砂案", "清溪河甲段采砂案", "清溪河乙段采砂案")) {
                context.matters().save(Matter.builder().businessLine(BusinessLine.PUBLIC_INTEREST)
                        .field(SupervisionField.ECOLOGY).name(name).parties(name.startsWith("王") ? "王秀英" : "")
                        .problem("河道非法采砂").acceptedOn(LocalDate.of(2026, 10, 1)).build());
            }
            long m = context.matters().save(Matter.builder().businessLine(BusinessLine.PUBLIC_INTEREST)
                    .field(SupervisionField.LAND).name("清溪镇木材加工厂占用耕地案").acceptedOn(LocalDate.of(2025, 12, 1))
                    .build()).id();
            long id = context.ladder().save(context.ladder().newDraft(Tier.INDIVIDUAL)
                    .type(RecommendationType.SOCIAL_GOVERNANCE).businessLine(BusinessLine.PUBLIC_INTEREST)
                    .field(SupervisionField.LAND).title("关于督促整治占用耕地从事木材加工问题的检察建议").recipientId(town)
                    .links(List.of(RecordLink.matter(m))).facts("经查，某木材加工厂占用基本农田约3亩。")
                    .violation("违反《土地管理法》第三十七条").items(List.of("依法查处", "建立巡查机制"))
                    .draftedOn(LocalDate.of(2026, 1, 5)).build()).id();
            context.ladder().record(id, LadderEvent.of(EventKind.APPROVED, LocalDate.of(2026, 1, 6))
                    .approverKind(ApproverKind.CHIEF).person("王检察长").build());
            context.ladder().record(id, LadderEvent.of(EventKind.ISSUED, LocalDate.of(2026, 1, 7)).build());
            context.ladder().record(id, LadderEvent.of(EventKind.SERVED, LocalDate.of(2026, 1, 8))
                    .serviceMethod(ServiceMethod.WRITTEN).build());
        }
    }


    private CliHarness.Run run(String... args) {
        return CliHarness.in(dir, args);
    }

    private static JsonNode json(CliHarness.Run r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void dueListsTheOverdueReplyUnderChineseHeaders() {
        CliHarness.Run r = run("ladder", "due", "--as-of", "2026-11-23");
        assertEquals(Cli.OK, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("事项\t期限\t文号\t文书层级\t标题\t被建议单位\t自", lines.get(0));
        assertEquals("回复已逾期\t2026-03-09\t崇检社建〔2026〕1号\t个案检察建议\t关于督促整治占用耕地从事木材加工问题的检察建议"
                + "\t清溪镇人民政府\t2026-01-08", lines.get(1));
        assertEquals(2, lines.size());
        assertTrue(r.err().contains("截至 2026-11-23，共 1 项。"), r.err());
    }

    @Test
    void dueAsJsonHasStableEnglishNamesAndFollowsTheAsOfDate() throws Exception {
        JsonNode soon = json(run("ladder", "due", "--as-of", "2026-3-1", "--format", "json"));
        assertEquals(1, soon.size());
        assertEquals("REPLY_DUE_SOON", soon.get(0).get("kind").asText());
        assertEquals("2026-03-09", soon.get(0).get("dueOn").asText());
        assertEquals("崇检社建〔2026〕1号", soon.get(0).get("number").asText());
        assertEquals("清溪镇人民政府", soon.get(0).get("recipient").asText());
        assertEquals(0, json(run("ladder", "due", "--as-of", "2026-01-10", "--format", "json")).size());
    }

    @Test
    void suggestPrintsEachSuggestionWithItsEvidenceMasked() {
        CliHarness.Run r = run("ladder", "suggest", "--as-of", "2026-11-23");
        assertEquals(Cli.OK, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("规则\t拟制文书\t被建议单位\t理由", lines.get(0));
        assertTrue(lines.get(1).startsWith("同类问题多发\t类案检察建议\t\t近 12 个月内有 3 件“河道非法采砂”（生态环境）"), lines.get(1));
        assertTrue(lines.contains("\t依据\t案件\t2026-10-01 王某某非法采砂案"), r.out());
        assertTrue(r.out().contains("建议升级\t类案检察建议\t清溪区人民政府\t崇检社建〔2026〕1号个案检察建议回复期限"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("\t依据\t文书\t2026-01-08 崇检社建〔2026〕1号 ")), r.out());
        assertTrue(!r.out().contains("王秀英"), "party names are masked");
        assertTrue(r.err().contains("共 2 条升级提示"), r.err());
    }

    @Test
    void suggestAsJsonCarriesTheEvidenceKeyAndTheDraft() throws Exception {
        JsonNode all = json(run("ladder", "suggest", "--as-of", "2026-11-23", "--format", "json"));
        assertEquals(2, all.size());
        JsonNode classCase = all.get(0);
        assertEquals("CLASS_CASE", classCase.get("rule").asText());
        assertEquals("CLASS", classCase.get("targetTier").asText());
        assertEquals("河道非法采砂", classCase.get("problem").asText());
        assertEquals(3, classCase.get("evidence").size());
        assertEquals("MATTER", classCase.get("evidence").get(0).get("kind").asText());
        assertTrue(classCase.get("evidenceKey").asText().matches("MATTER:\\d+,MATTER:\\d+,MATTER:\\d+"));
        assertEquals(3, classCase.get("draft").get("links").size());
        JsonNode next = all.get(1);
        assertEquals("NEXT_TIER", next.get("rule").asText());
        assertEquals("NOT_REPLIED", next.get("escalationReason").asText());
        assertEquals(next.get("recommendationId").asLong(), next.get("draft").get("escalatesFrom").get(0).asLong());
        assertEquals(0, json(run("ladder", "suggest", "--as-of", "2026-03-09", "--format", "json")).size(),
                "nothing overdue on the due day, and the cases were not yet accepted");
    }

    @Test
    void numbersListsTheIssueRegisterByYear() throws Exception {
        CliHarness.Run table = run("ladder", "numbers");
        assertEquals(Cli.OK, table.code(), table.err());
        assertEquals("文号\t制发日期\t文书层级\t建议类型\t标题\t被建议单位\t状态", table.out().lines().findFirst().orElseThrow());
        assertTrue(table.out().contains("崇检社建〔2026〕1号\t2026-01-07\t个案检察建议\t社会治理检察建议\t"), table.out());
        JsonNode json = json(run("ladder", "numbers", "--year", "2026", "--format", "json"));
        assertEquals(1, json.size());
        assertEquals(1, json.get(0).get("serial").asInt());
        assertEquals("SERVED", json.get(0).get("status").asText());
        CliHarness.Run none = run("ladder", "numbers", "--year", "2025");
        assertEquals(1, none.out().lines().count(), "the header only");
        assertTrue(none.err().contains("2025 年共 0 个文号。"), none.err());
    }

    @Test
    void badInputIsRefusedWithExitCodeTwo() {
        CliHarness.Run date = run("ladder", "due", "--as-of", "去年");
        assertEquals(Cli.REFUSED, date.code());
        assertTrue(date.err().contains("不是日期"), date.err());
        CliHarness.Run year = run("ladder", "numbers", "--year", "26");
        assertEquals(Cli.REFUSED, year.code());
        assertTrue(year.err().contains("不是年份"), year.err());
        CliHarness.Run format = run("ladder", "suggest", "--format", "xml");
        assertEquals(Cli.REFUSED, format.code());
        CliHarness.Run alone = run("ladder");
        assertEquals(Cli.REFUSED, alone.code());
        assertTrue(alone.err().contains("suggest"), alone.err());
    }
}
