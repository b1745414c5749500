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
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.ladder.LadderFixture;
import org.liaisondesk.ladder.model.Escalation;
import org.liaisondesk.ladder.model.EscalationReason;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.ladder.ui.RecommendationPageContent.DateLine;
import org.liaisondesk.ladder.ui.RecommendationPageContent.Emphasis;
import org.liaisondesk.ladder.ui.RecommendationPageContent.TimelineLine;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.testsupport.RecordingDialogs;

/** A recommendation's page on a real register (today is 2026-11-23), driven without a JavaFX toolkit. */
class RecommendationPageViewModelTest {
    @TempDir
    Path dir;
    LadderFixture f;
    RecordingDialogs dialogs = new RecordingDialogs();
    long district;
    long town;
    long bureau;
    long matter;

    @BeforeEach
    void setUp() {
        f = new LadderFixture(dir);
        district = f.recipient("清溪区人民政府", null);
        town = f.recipient("清溪镇人民政府", district);
        bureau = f.recipient("区自然资源局", district);
        matter = f.matter("清溪镇木材加工厂占用耕地案", LocalDate.of(2025, 12, 1));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    RecommendationPageViewModel page(long id) {
        RecommendationPageViewModel page = new RecommendationPageViewModel(f.ladder, new DirectBackgroundExecutor(),
                dialogs, id);
        page.load();
        return page;
    }

    /** Served 2026-11-05: the reply is due 2027-01-05. */
    long served() {
        return f.served(f.completeDraft(town, matter).copyToIds(List.of(bureau)).build(), LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 5)).id();
    }

    static DateLine line(RecommendationPageContent c, String label) {
        return c.dates().stream().filter(d -> d.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void showsAServedDocumentWithItsDatesContentLinksAndTimeline() {
        RecommendationPageContent c = page(served()).content();
        assertEquals("崇检公建〔2026〕1号", c.numberText());
        assertEquals("个案检察建议", c.tierText());
        assertEquals("公益诉讼（诉前）检察建议", c.typeText());
        assertEquals(LadderStatus.SERVED, c.status());
        assertEquals("已送达，待回复", c.statusText());
        assertEquals(ChainViewPalette.RUNNING, c.tone());
        assertEquals("清溪镇人民政府", c.recipient());
        assertEquals("清溪区人民政府", c.superior(), "the recipient's superior by default");
        assertEquals("区自然资源局", c.copyTo());
        assertEquals(new DateLine("回复期限", "2027-01-05", "还剩 43 天", Emphasis.NONE), line(c, "回复期限"));
        assertEquals("2026-11-05", line(c, "送达日期").value());
        assertEquals("2026-11-16", line(c, "异议期届满").value(), "ten days, 15 November is a Sunday");
        assertEquals("—", line(c, "回复日期").value());
        assertEquals(List.of("1. 依法查处违法占用耕地行为", "2. 建立巡查机制"), c.items());
        assertEquals("违反《土地管理法》第三十七条", c.violation());
        assertEquals(List.of("案件　2025-12-01　清溪镇木材加工厂占用耕地案"), c.links());
        assertEquals(List.of(new TimelineLine("2026-11-02", "审批", "检察长：王检察长"),
                new TimelineLine("2026-11-03", "制发（编号）", "文号：崇检公建〔2026〕1号"),
                new TimelineLine("2026-11-05", "送达", "书面送达")), c.timeline());
        assertFalse(c.contentEditable(), "approved content is fixed");
        assertEquals("送达（2026-11-05）", c.lastStep());
    }

    @Test
    void onlyTheStepsThatMakeSenseNowAreOpenAndTheOthersSayWhy() {
        RecommendationPageContent c = page(served()).content();
        assertTrue(c.steps().contains(EventKind.LAWSUIT_FILED), "a public-interest recommendation may go to court");
        for (EventKind open : List.of(EventKind.REPLIED, EventKind.RETURN_VISIT,
                EventKind.FILED, EventKind.WITHDRAWN)) {
            assertNull(c.refusals().get(open), open.name());
        }
        assertEquals("已制发，不能重复编号", c.refusals().get(EventKind.ISSUED));
        assertEquals("尚未收到回复，也未核实整改，不能结案", c.refusals().get(EventKind.CLOSED));
        assertEquals("回复期限 2027-01-05 届满前不能起诉", c.refusals().get(EventKind.LAWSUIT_FILED));
        assertEquals("没有待复核的异议", c.refusals().get(EventKind.OBJECTION_REVIEWED));
        assertEquals("异议期已于 2026-11-16 届满", c.refusals().get(EventKind.OBJECTION_RAISED), "checked as of today");
    }

    @Test
    void aLawsuitIsOfferedOnlyForPublicInterestRecommendations() {
        long id = f.served(f.completeDraft(town, matter).type(RecommendationType.SOCIAL_GOVERNANCE).build(),
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 5)).id();
        RecommendationPageContent c = page(id).content();
        assertFalse(c.steps().contains(EventKind.LAWSUIT_FILED));
        assertEquals(RecommendationPageViewModel.STEPS.size() - 1, c.steps().size());
    }

    @Test
    void anOverdueReplyCountsTheDaysAndIsDrawnAsAnAlert() {
        long id = f.served(f.completeDraft(town, matter).build(), LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 4),
                LocalDate.of(2026, 8, 5)).id();
        RecommendationPageContent c = page(id).content();
        assertEquals(new DateLine("回复期限", "2026-10-08", "已逾期 46 天", Emphasis.OVERDUE), line(c, "回复期限"));
        assertEquals(ChainViewPalette.ALERT, c.tone());
        assertNull(c.refusals().get(EventKind.LAWSUIT_FILED), "after the due date a suit may be filed");
    }

    @Test
    void aRefusedStepShowsTheReasonAndOpensNothing() {
        RecommendationPageViewModel page = page(served());
        assertFalse(page.startStep(EventKind.ISSUED));
        assertEquals("不能制发编号：已制发，不能重复编号", page.reasonProperty().get());
        assertTrue(page.startStep(EventKind.REPLIED));
        assertEquals("", page.reasonProperty().get(), "an allowed step clears the reason");
    }

    @Test
    void aReplyRecordedThroughItsFormChangesTheStatusTimelineAndReturnVisit() {
        long id = served();
        RecommendationPageViewModel page = page(id);
        assertTrue(page.startStep(EventKind.REPLIED));
        StepDialogModel step = page.stepModel(EventKind.REPLIED);
        assertEquals(List.of("replyOutcome", "text", "causeAboveRecipient"), step.fields());
        assertEquals(f.ladder.today(), step.dateProperty().get(), "dated today unless changed");
        step.replyOutcomeProperty().set(ReplyOutcome.ADOPTED);
        step.textProperty().set("已责令停止占用并复垦");
        step.causeAboveRecipientProperty().set(true);
        List<RecommendationDetail> recorded = new ArrayList<>();
        step.record(recorded::add);
        assertEquals(1, recorded.size());
        page.stepRecorded(EventKind.REPLIED, recorded.get(0));

        RecommendationPageContent c = page.content();
        assertEquals(LadderStatus.REPLIED, c.status());
        assertEquals(new TimelineLine("2026-11-23", "收到回复", "采纳；已责令停止占用并复垦；问题根源在被建议单位之上"),
                c.timeline().get(3));
        assertEquals(new DateLine("回复日期", "2026-11-23", "采纳", Emphasis.NONE), line(c, "回复日期"));
        assertEquals("2026-12-23", line(c, "回访期限").value());
        assertEquals("还剩 30 天", line(c, "回访期限").note());
        assertEquals("已记录：收到回复", page.noticeProperty().get());
        assertEquals("已记录回复", c.refusals().get(EventKind.REPLIED));
        assertNull(c.refusals().get(EventKind.CLOSED), "a replied recommendation may be closed");
    }

    @Test
    void aStepFormKeepsWhatWasTypedWhenItLacksADetailOrTheServiceRefuses() {
        long id = served();
        StepDialogModel step = page(id).stepModel(EventKind.REPLIED);
        step.textProperty().set("回复称已整改");
        step.record(d -> { throw new AssertionError("nothing may be recorded"); });
        assertEquals("此项必填", step.errors().get("replyOutcome"));

        step.replyOutcomeProperty().set(ReplyOutcome.PARTLY);
        step.dateProperty().set(LocalDate.of(2026, 11, 1));
        assertTrue(step.errors().isEmpty());
        step.record(d -> { throw new AssertionError("nothing may be recorded"); });
        assertEquals("日期 2026-11-01 早于上一步骤的日期 2026-11-05", step.refusalProperty().get());
        assertEquals("回复称已整改", step.textProperty().get());
        assertEquals(3, f.ladder.find(id).orElseThrow().events().size());

        step.dateProperty().set(LocalDate.of(2026, 11, 24));
        assertEquals("", step.refusalProperty().get(), "a change clears the old refusal");
        assertEquals("日期不能晚于今天", step.errors().get("date"));
    }

    @Test
    void aStepFormIsDirtyOnlyOnceSomethingWasEntered() {
        StepDialogModel step = page(served()).stepModel(EventKind.WITHDRAWN);
        assertFalse(step.isDirty());
        assertTrue(step.required("text"));
        assertEquals("ladder.step.text.WITHDRAWN", step.textLabelKey());
        step.textProperty().set("被建议单位已自行纠正");
        assertTrue(step.isDirty());
    }

    @Test
    void theIssueFormShowsTheNumberTheDocumentWillGet() {
        f.served(f.completeDraft(town, matter).build(), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 5));
        long id = f.ladder.save(f.completeDraft(town, matter).build()).id();
        RecommendationPageViewModel page = page(id);
        assertFalse(page.startStep(EventKind.ISSUED));
        assertEquals("不能制发编号：尚未审批，不能制发", page.reasonProperty().get());

        StepDialogModel approve = page.stepModel(EventKind.APPROVED);
        approve.personProperty().set("王检察长");
        approve.record(d -> page.stepRecorded(EventKind.APPROVED, d));
        assertTrue(page.startStep(EventKind.ISSUED));
        StepDialogModel issue = page.stepModel(EventKind.ISSUED);
        assertEquals("制发后的文号：崇检公建〔2026〕2号", issue.numberPreviewProperty().get());
        issue.record(d -> page.stepRecorded(EventKind.ISSUED, d));
        assertEquals("已制发，文号 崇检公建〔2026〕2号", page.noticeProperty().get());
        assertEquals("崇检公建〔2026〕2号", page.content().numberText());
    }

    @Test
    void anIncompleteDraftNamesWhatApprovalStillNeeds() {
        long id = f.ladder.save(f.completeDraft(town, matter).facts("").items(List.of()).build()).id();
        RecommendationPageContent c = page(id).content();
        assertEquals("草稿", c.numberText());
        assertEquals(ChainViewPalette.DRAFT, c.tone());
        assertTrue(c.contentEditable());
        assertEquals("尚未填写完整，不能审批：查明的事实、建议事项", c.refusals().get(EventKind.APPROVED));
        assertEquals("", c.lastStep());
    }

    @Test
    void theLastStepIsUndoneAfterAskingButNeverAnIssue() {
        long id = served();
        RecommendationPageViewModel page = page(id);
        List<String> changes = new ArrayList<>();
        dialogs.confirmAnswer = false;
        page.undoLast(() -> changes.add("changed"));
        assertEquals(LadderStatus.SERVED, page.content().status(), "declined: nothing changes");

        dialogs.confirmAnswer = true;
        page.undoLast(() -> changes.add("changed"));
        assertEquals(LadderStatus.ISSUED, page.content().status());
        assertEquals("已撤销：送达（2026-11-05）", page.noticeProperty().get());
        assertEquals(List.of("changed"), changes);

        page.undoLast(() -> changes.add("changed"));
        assertEquals("已编号 崇检公建〔2026〕1号 的制发不能撤销（文号不得重复使用），如需作废请撤回文书",
                page.reasonProperty().get());
        assertEquals(LadderStatus.ISSUED, page.content().status());
        assertEquals(1, changes.size());
    }

    @Test
    void theLadderShowsTheDocumentThatEscalatesThisOneAndWhy() {
        long individual = served();
        RecommendationDetail later = f.served(f.ladder.newDraft(Tier.CLASS).type(RecommendationType.SOCIAL_GOVERNANCE)
                        .businessLine(BusinessLine.PUBLIC_INTEREST).field(SupervisionField.LAND)
                        .title("关于加强辖区耕地保护监管的检察建议").recipientId(district)
                        .links(List.of(RecordLink.matter(matter)))
                        .escalatesFrom(List.of(new Escalation(individual, EscalationReason.NOT_REPLIED)))
                        .facts("辖区内多处耕地被占用").violation("监管缺位").items(List.of("开展专项整治")).build(),
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 22));

        RecommendationPageContent c = page(individual).content();
        assertEquals(LadderStatus.ESCALATED, c.status());
        assertEquals(ChainViewPalette.ESCALATED, c.tone());
        assertEquals(List.of(individual, later.id()), c.chain().stream().map(m -> m.link().id()).toList());
        assertEquals(ChainViewPalette.RUNNING, c.chain().get(1).tone());
        assertEquals(new TimelineLine("2026-11-21", "已升级",
                "升级为：类案检察建议 崇检社建〔2026〕1号 关于加强辖区耕地保护监管的检察建议"), c.timeline().get(3));
        assertEquals(List.of(new ChainView.Edge(individual, later.id(), "逾期未回复")), ChainView.edges(c.chain()));

        RecommendationPageContent upper = page(later.id()).content();
        assertEquals(List.of(new ChainView.Edge(individual, later.id(), "逾期未回复")), ChainView.edges(upper.chain()));
        assertEquals(List.of(individual), ChainView.inColumn(upper.chain(), Tier.INDIVIDUAL).stream()
                .map(m -> m.link().id()).toList());
    }

    @Test
    void aCaseDeletedSinceIsStillNamedAndMarked() {
        long id = served();
        f.matters.delete(List.of(matter));
        assertEquals(List.of("案件　2025-12-01　清溪镇木材加工厂占用耕地案（已删除）"), page(id).content().links());
    }

    @Test
    void aDocumentThatDoesNotExistClosesItsPage() {
        RecommendationPageViewModel page = page(999);
        assertTrue(page.goneProperty().get());
        assertEquals(List.of("该文书已不存在或已删除"), dialogs.errors);
        assertNull(page.content());
    }

    @Test
    void theHistoryListsTheSteps() {
        long id = served();
        List<Integer> sizes = new ArrayList<>();
        page(id).loadHistory(entries -> sizes.add(entries.size()));
        assertEquals(List.of(f.ladder.history(id).size()), sizes);
        assertTrue(sizes.get(0) >= 4, "the draft and its three steps");
    }
}
