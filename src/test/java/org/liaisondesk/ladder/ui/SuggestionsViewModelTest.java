package org.liaisondesk.ladder.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.ladder.LadderFixture;
import org.liaisondesk.ladder.data.SuggestionRepository;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.SuggestionRule;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.ladder.service.SuggestionService;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;

class SuggestionsViewModelTest {
    static final String SAND = "河道非法采砂";

    @TempDir
    Path dir;
    LadderFixture f;
    RecordingDialogs dialogs = new RecordingDialogs();
    List<Long> opened = new ArrayList<>();
    SuggestionService service;
    SuggestionsViewModel model;
    long town;

    @BeforeEach
    void setUp() {
        Messages.use(Messages.CHINESE);
        f = new LadderFixture(dir);
        service = new SuggestionService(f.reg.db, new SuggestionRepository(f.reg.audit), f.ladder, () -> f.settings,
                TestRegister.CLOCK);
        model = new SuggestionsViewModel(service, new DirectBackgroundExecutor(), dialogs,
                (owner, id) -> opened.add(id));
        long district = f.recipient("清溪区人民政府", null);
        town = f.recipient("清溪镇人民政府", district);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    void threeSandCases() {
        for (String name : List.of("王秀英非法采砂案", "清溪河甲段采砂案", "清溪河乙段采砂案")) {
            f.matters.save(Matter.builder().businessLine(BusinessLine.PUBLIC_INTEREST).field(SupervisionField.ECOLOGY)
                    .name(name).parties(name.startsWith("王秀英") ? "王秀英" : "").problem(SAND)
                    .acceptedOn(LocalDate.of(2026, 10, 1)).build());
        }
    }

    long overdueIndividual() {
        long m = f.matter("清溪镇木材加工厂占用耕地案", LocalDate.of(2025, 12, 1));
        return f.served(f.completeDraft(town, m).type(RecommendationType.SOCIAL_GOVERNANCE).build(),
                LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8)).id();
    }

    @Test
    void refreshShowsEachSuggestionInWordsWithMaskedEvidenceAndFiltersByRule() {
        threeSandCases();
        overdueIndividual();
        model.refresh();
        assertEquals(2, model.items().size());
        assertFalse(model.busyProperty().get());
        assertEquals("截至 2026-11-23：2 条提示，已不采纳 0 条", model.summaryProperty().get());
        SuggestionItem classCase = model.items().get(0);
        assertEquals("同类问题多发", classCase.rule());
        assertEquals("类案检察建议 → 行业主管部门（采纳时选择）", classCase.target());
        assertTrue(classCase.needsRecipient());
        assertTrue(classCase.evidence().contains("案件 2026-10-01 王某某非法采砂案"), classCase.evidence().toString());
        SuggestionItem next = model.items().get(1);
        assertEquals("类案检察建议 → 清溪区人民政府", next.target());
        assertEquals("采纳（生成草稿）", next.acceptLabel());
        assertTrue(next.evidence().get(0).startsWith("文书 2026-01-08 崇检社建〔2026〕1号 "), next.evidence().get(0));

        model.ruleFilterProperty().set(SuggestionRule.NEXT_TIER);
        assertEquals(List.of(next), model.items());
        model.ruleFilterProperty().set(null);
        assertEquals(2, model.items().size());
    }

    @Test
    void acceptingSavesTheDraftOpensItAndTheSuggestionGoes() {
        long earlier = overdueIndividual();
        model.refresh();
        model.accept(model.items().get(0), null, null);
        assertEquals(1, opened.size());
        var draft = f.ladder.find(opened.get(0)).orElseThrow();
        assertEquals(Tier.CLASS, draft.recommendation().tier());
        assertEquals(earlier, draft.recommendation().escalatesFrom().get(0).earlierId());
        assertTrue(dialogs.notices.get(0).startsWith("已生成草稿"), dialogs.notices.toString());
        assertEquals(List.of(), model.items());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aClassCaseWithoutRegulatorIsAddressedToTheChosenRecipient() {
        threeSandCases();
        model.refresh();
        List<Long> choices = new ArrayList<>();
        model.loadRecipientChoices(list -> list.forEach(r -> choices.add(r.id())));
        assertTrue(choices.contains(town));
        model.accept(model.items().get(0), town, null);
        assertEquals(town, f.ladder.find(opened.get(0)).orElseThrow().recommendation().recipientId());
    }

    @Test
    void aReasonIsRequiredAndADismissalCanBeUndone() {
        threeSandCases();
        model.refresh();
        assertEquals("请填写不采纳的理由", model.reasonProblem(" "));
        assertEquals("理由不能超过 500 字", model.reasonProblem("长".repeat(501)));
        assertNull(model.reasonProblem("已由区生态环境局立案查处"));

        model.dismiss(model.items().get(0), "已由区生态环境局立案查处");
        assertEquals(List.of(), model.items());
        assertEquals(1, model.dismissals().size());
        assertEquals("已由区生态环境局立案查处", model.dismissals().get(0).reason());
        assertEquals("截至 2026-11-23：0 条提示，已不采纳 1 条", model.summaryProperty().get());

        dialogs.lastNoticeAction.run();
        assertEquals(1, model.items().size(), "撤销 brings it back");
        assertEquals(List.of(), model.dismissals());

        model.dismiss(model.items().get(0), "再议");
        model.restore(model.dismissals().get(0));
        assertEquals(1, model.items().size(), "restoring from the dismissed list brings it back too");
    }

    @Test
    void aSuggestionThatNoLongerStandsIsReportedInChinese() {
        threeSandCases();
        model.refresh();
        SuggestionItem stale = model.items().get(0);
        service.dismiss(stale.suggestion(), "他人已处理");
        model.accept(stale, town, null);
        assertEquals(List.of("该提示已不成立（可能已采纳、已不采纳或相关记录已变化），请刷新"), dialogs.errors);
        assertEquals(List.of(), opened);
        assertEquals(List.of(), model.items(), "the list is refreshed");
    }
}
