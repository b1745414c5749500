package org.liaisondesk.desk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.desk.DeskFixture;
import org.liaisondesk.desk.model.DeskItem;
import org.liaisondesk.desk.model.DeskSection;
import org.liaisondesk.desk.model.OpenTarget;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;

/** The desk's view model without a toolkit: the blocks as shown, and each row opening its own kind of record. */
class DeskViewModelTest {
    private static final LocalDate TODAY = TestRegister.TODAY;

    @TempDir
    Path dir;
    DeskFixture f;
    RecordingDialogs dialogs = new RecordingDialogs();
    List<String> opened = new ArrayList<>();
    DeskViewModel model;

    @BeforeEach
    void setUp() {
        f = new DeskFixture(dir);
        model = new DeskViewModel(f.desk, new DirectBackgroundExecutor(), dialogs,
                (w, id) -> opened.add("recommendation:" + id), (w, id) -> opened.add("lead:" + id),
                (w, id) -> opened.add("visit:" + id));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void anEmptyDeskSaysSoInEverySection() {
        model.refresh();
        assertEquals(DeskSection.values().length, model.blocks().size());
        assertEquals("今天没有需要处理的事项。", model.summaryTextProperty().get());
        assertEquals("2026-11-23 星期一", model.dateTextProperty().get());
        DeskBlock overdue = model.blocks().get(0);
        assertEquals("回复已逾期 0", overdue.heading());
        assertEquals("没有逾期未回复的检察建议", overdue.emptyText());
        assertFalse(overdue.late(), "nothing late, nothing red");
        assertTrue(model.blocks().stream().allMatch(b -> b.rows().isEmpty() && !b.emptyText().isEmpty()));
        assertFalse(model.loadingProperty().get());
    }

    @Test
    void headingsCountTheRowsAndLateSectionsAreMarked() {
        f.overdueReply("关于督促整治清溪村木材加工厂占用耕地的检察建议");
        f.overdueReply("关于督促整治长林村木材加工厂占用耕地的检察建议");
        f.replyDueSoon("关于督促整治五星村占用耕地的检察建议");
        f.petitionResultOverdue("张强");
        model.refresh();

        DeskBlock overdue = block(DeskSection.REPLY_OVERDUE);
        assertEquals("回复已逾期 2", overdue.heading());
        assertTrue(overdue.late());
        assertEquals(List.of("逾期 46 天", "逾期 46 天"), overdue.rows().stream().map(DeskRow::timing).toList());
        assertTrue(overdue.rows().stream().allMatch(r -> r.urgency() == DeskRow.Urgency.OVERDUE));
        assertEquals("2026-10-08", overdue.rows().get(0).date());
        assertEquals("书面回复期限", overdue.rows().get(0).deadline());

        DeskBlock soon = block(DeskSection.REPLY_DUE_SOON);
        assertEquals("回复即将到期（14 日内） 1", soon.heading());
        assertFalse(soon.late());
        assertEquals("还剩 2 天", soon.rows().get(0).timing());

        DeskBlock petitions = block(DeskSection.PETITION_DUE);
        assertTrue(petitions.late(), "a passed petition limit makes its section red");
        assertEquals("办理结果期限", petitions.rows().get(0).deadline());
        assertEquals("今天共有 4 项需要处理，最紧急的排在前面。", model.summaryTextProperty().get());
    }

    @Test
    void eachRowOpensItsOwnKindOfRecord() {
        long recommendation = f.objectionWaiting("关于督促整治石桥村占用耕地的检察建议");
        long visit = f.petitionNoticeDue("王秀英");
        long lead = f.leadNotTold(TODAY.minusDays(30), TODAY.minusDays(20), "李春梅", "清溪河沿岸堆放垃圾");
        model.refresh();

        model.open(null, block(DeskSection.OBJECTION_WAITING).rows().get(0));
        model.open(null, block(DeskSection.PETITION_DUE).rows().get(0));
        model.open(null, block(DeskSection.LEAD_NOT_TOLD).rows().get(0));
        model.open(null, null);

        assertEquals(List.of("recommendation:" + recommendation, "visit:" + visit, "lead:" + lead), opened);
        assertEquals("已等待 20 天", block(DeskSection.LEAD_NOT_TOLD).rows().get(0).timing());
        assertEquals(DeskRow.Urgency.CALM, block(DeskSection.LEAD_NOT_TOLD).rows().get(0).urgency());
    }

    @Test
    void aFailedLoadIsReportedAndSaidOnTheDesk() {
        f.close();
        model.refresh();
        assertEquals(1, dialogs.errors.size());
        assertEquals("工作台未能载入。", model.summaryTextProperty().get());
        assertFalse(model.loadingProperty().get());
    }

    static Stream<Arguments> rows() {
        OpenTarget t = OpenTarget.lead(1);
        LocalDate due = LocalDate.of(2026, 11, 20);
        return Stream.of(
                Arguments.of(new DeskItem(DeskSection.REPLY_OVERDUE, t, due, null, -3, "desk.deadline.reply", "甲", "乙",
                        false), "逾期 3 天", DeskRow.Urgency.OVERDUE, "甲"),
                Arguments.of(new DeskItem(DeskSection.REPLY_DUE_SOON, t, due, null, 0, "desk.deadline.reply", "甲", "乙",
                        false), "今日到期", DeskRow.Urgency.SOON, "甲"),
                Arguments.of(new DeskItem(DeskSection.RETURN_VISIT_DUE, t, due, null, 5, "desk.deadline.returnVisit",
                        "甲", "乙", false), "还剩 5 天", DeskRow.Urgency.SOON, "甲"),
                Arguments.of(new DeskItem(DeskSection.LEAD_NOT_TOLD, t, null, due, 7, "desk.deadline.feedback", "甲",
                        "乙", true), "已等待 7 天", DeskRow.Urgency.CALM, "【涉未成年人】甲"));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void aRowSaysHowFarOffItIs(DeskItem item, String timing, DeskRow.Urgency urgency, String title) {
        DeskRow row = DeskViewModel.row(item);
        assertEquals(timing, row.timing());
        assertEquals(urgency, row.urgency());
        assertEquals(title, row.title());
        assertEquals("2026-11-20", row.date());
        assertEquals("乙", row.detail());
    }

    private DeskBlock block(DeskSection section) {
        return model.blocks().stream().filter(b -> b.section() == section).findFirst().orElseThrow();
    }
}
