package org.liaisondesk.ladder.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.testsupport.TestRegister.TODAY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.ladder.LadderFixture;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.LadderEvent;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.RecommendationRow;
import org.liaisondesk.ladder.model.RecommendationSort;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.ladder.ui.RecommendationListItem.Tone;
import org.liaisondesk.register.roster.ExportedSheet;
import org.liaisondesk.testsupport.RecordingDialogs;

/** The recommendation list's state on a real register, driven without a JavaFX toolkit. */
class RecommendationListViewModelTest {
    private static final String OVERDUE = "关于督促整治占用耕地从事木材加工问题的检察建议";
    private static final String DUE_SOON = "关于督促清理河道生活垃圾的检察建议";
    private static final String DRAFT = "关于规范校园周边烟酒销售的检察建议";
    private static final String CLOSED = "关于督促修复受损林地的检察建议";

    @TempDir
    Path dir;
    LadderFixture f;
    RecordingDialogs dialogs = new RecordingDialogs();
    RecommendationListViewModel list;
    long district;
    long town;
    long bureau;
    long overdue;
    long dueSoon;
    long draft;
    long closed;

    @BeforeEach
    void setUp() {
        f = new LadderFixture(dir);
        district = f.recipient("清溪区人民政府", null);
        town = f.recipient("清溪镇人民政府", district);
        bureau = f.recipient("区市场监督管理局", district);
        long matter = f.matter("清溪镇木材加工厂占用耕地案", LocalDate.of(2026, 8, 1));
        overdue = f.served(f.completeDraft(town, matter).title(OVERDUE).build(), LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 3)).id();
        dueSoon = f.served(f.completeDraft(town, matter).title(DUE_SOON).urgent(false)
                .type(RecommendationType.SOCIAL_GOVERNANCE).build(), LocalDate.of(2026, 9, 21),
                LocalDate.of(2026, 9, 22), LocalDate.of(2026, 9, 24)).id();
        draft = f.ladder.save(f.completeDraft(bureau, matter).title(DRAFT).urgent(true)
                .copyToIds(List.of(town)).facts("校园周边多家商店向未成年人售烟").build()).id();
        closed = f.served(f.completeDraft(town, matter).title(CLOSED).build(), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4)).id();
        f.ladder.record(closed, LadderEvent.of(EventKind.REPLIED, LocalDate.of(2026, 4, 10))
                .replyOutcome(ReplyOutcome.ADOPTED).text("已部署整改").build());
        f.ladder.record(closed, LadderEvent.of(EventKind.CLOSED, LocalDate.of(2026, 5, 6)).build());
        list = new RecommendationListViewModel(f.ladder, f.recipients, new DirectBackgroundExecutor(), dialogs,
                () -> 10, () -> 14);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private RecommendationListItem item(long id) {
        return list.items().stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    private List<String> titles() {
        return list.items().stream().map(RecommendationListItem::title).toList();
    }

    @Test
    void rowsShowWordsDeadlinesAndTones() {
        list.refresh();
        assertEquals(4, list.totalProperty().get());

        RecommendationListItem late = item(overdue);
        assertEquals("崇检公建〔2026〕1号", late.number());
        assertEquals("个案建议", late.tier());
        assertEquals("公益诉讼", late.type());
        assertEquals("清溪镇人民政府", late.recipient());
        assertEquals("已送达，待回复", late.status());
        assertEquals("2026-09-03", late.servedOn());
        assertEquals("2026-11-03 已逾期 20 天", late.replyDue());
        assertEquals(Tone.OVERDUE, late.tone());

        RecommendationListItem soon = item(dueSoon);
        assertEquals("2026-11-24 还剩 1 天", soon.replyDue());
        assertEquals(Tone.DUE_SOON, soon.tone());

        RecommendationListItem unsent = item(draft);
        assertEquals("【紧急】" + DRAFT, unsent.title());
        assertEquals("", unsent.number());
        assertEquals("草稿", unsent.status());
        assertEquals("", unsent.replyDue());
        assertEquals(Tone.NORMAL, unsent.tone());

        RecommendationListItem done = item(closed);
        assertEquals("已结案", done.status());
        assertEquals("采纳 2026-04-10", done.reply());
        assertEquals("2026-05-06", done.replyDue(), "no days counted once replied");
        assertEquals(Tone.FINISHED, done.tone());
        assertEquals(List.of(), dialogs.errors);
    }

    @ParameterizedTest(name = "{0}, due {1}, replied {2} -> [{3}] {4}")
    @CsvSource(delimiter = '|', value = {
            "SERVED       | 2026-11-20 |            | 2026-11-20 已逾期 3 天 | OVERDUE",
            "UNDER_REVIEW | 2026-11-22 |            | 2026-11-22 已逾期 1 天 | OVERDUE",
            "SERVED       | 2026-11-23 |            | 2026-11-23 今日到期    | DUE_SOON",
            "SERVED       | 2026-12-07 |            | 2026-12-07 还剩 14 天  | DUE_SOON",
            "SERVED       | 2026-12-08 |            | 2026-12-08 还剩 15 天  | NORMAL",
            "REPLIED      | 2026-11-20 | 2026-11-18 | 2026-11-20             | NORMAL",
            "VERIFIED     | 2026-10-01 | 2026-09-18 | 2026-10-01             | NORMAL",
            "ESCALATED    | 2026-10-01 |            | 2026-10-01             | NORMAL",
            "WITHDRAWN    | 2026-11-20 |            | 2026-11-20             | FINISHED",
            "LAWSUIT_FILED| 2026-10-01 |            | 2026-10-01             | FINISHED",
            "DRAFT        |            |            | ''                     | NORMAL",
    })
    void theReplyDeadlineCountsDaysOnlyWhileTheReplyIsAwaited(LadderStatus status, LocalDate due, LocalDate replied,
                                                              String shown, Tone tone) {
        RecommendationRow row = new RecommendationRow(1, LocalDate.of(2026, 8, 1), "", Tier.INDIVIDUAL,
                RecommendationType.OTHER, "标题", "清溪镇人民政府", status, null, due, replied,
                replied == null ? null : ReplyOutcome.ADOPTED, null, false, null);
        assertEquals(shown, RecommendationListViewModel.replyDue(row, TODAY));
        assertEquals(tone, RecommendationListViewModel.tone(row, TODAY, 14));
    }

    @Test
    void filtersNarrowTheListInTheDatabase() {
        list.tierProperty().set(Tier.INDIVIDUAL);
        list.typeProperty().set(RecommendationType.SOCIAL_GOVERNANCE);
        list.refresh();
        assertEquals(List.of(DUE_SOON), titles());

        list.clearFilters();
        list.statusProperty().set(LadderStatus.DRAFT);
        list.refresh();
        assertEquals(List.of("【紧急】" + DRAFT), titles());

        list.clearFilters();
        list.overdueOnlyProperty().set(true);
        list.refresh();
        assertEquals(List.of(OVERDUE), titles());

        list.dueSoonOnlyProperty().set(true);
        assertFalse(list.overdueOnlyProperty().get(), "overdue and due soon exclude each other");
        list.refresh();
        assertEquals(List.of(DUE_SOON), titles());
        assertEquals(14, list.query().dueWithinDays(), "the reminder lead time of the settings");

        list.clearFilters();
        assertEquals(0, list.query().dueWithinDays());
        assertEquals(4, list.totalProperty().get());
    }

    @Test
    void theRecipientFilterIsPickedBySearchAndKeepsCopiesToo() {
        list.recipient().textProperty().set("清溪镇");
        list.recipient().search();
        assertEquals(List.of("清溪镇人民政府（上级：清溪区人民政府）"),
                list.recipient().matches().stream().map(PickerChoices.RecipientChoice::description).toList());
        list.recipient().pick(list.recipient().matches().get(0));
        assertEquals("清溪镇人民政府", list.recipient().textProperty().get());
        list.refresh();
        assertEquals(4, list.totalProperty().get(), "three addressed to the town, one copied to it");

        list.recipient().textProperty().set("区市场");
        assertEquals(null, list.recipient().chosen(), "typing un-chooses");
        list.recipient().search();
        list.recipient().pick(list.recipient().matches().get(0));
        list.refresh();
        assertEquals(List.of("【紧急】" + DRAFT), titles());
    }

    @Test
    void searchFindsWordsInTitleNumberAndText() {
        list.searchTextProperty().set("河道垃圾");
        list.refresh();
        assertEquals(List.of(), titles(), "substring search needs the words as written");
        list.searchTextProperty().set("河道");
        list.refresh();
        assertEquals(List.of(DUE_SOON), titles());
        list.searchTextProperty().set("公建〔2026〕1号");
        list.refresh();
        assertEquals(List.of(OVERDUE), titles());
        list.searchTextProperty().set("未成年人售烟");
        list.refresh();
        assertEquals(List.of("【紧急】" + DRAFT), titles(), "facts are searched too");
    }

    @Test
    void theDatabaseSortsAndPages() {
        list = new RecommendationListViewModel(f.ladder, f.recipients, new DirectBackgroundExecutor(), dialogs,
                () -> 3, () -> 14);
        list.sortBy(RecommendationSort.TITLE, false);
        List<String> firstPage = titles();
        assertEquals(3, firstPage.size());
        assertEquals("第 1 页，共 2 页（4 条）", list.pageTextProperty().get());
        assertTrue(list.hasMoreProperty().get());
        list.nextPage();
        assertEquals(1, list.items().size());
        assertTrue(list.hasPreviousProperty().get());
        list.previousPage();
        assertEquals(firstPage, titles());
        List<String> sorted = new java.util.ArrayList<>(firstPage);
        sorted.sort(null);
        assertEquals(sorted, firstPage, "titles in order");

        list.sortBy(RecommendationSort.REPLY_DUE, false);
        assertEquals(List.of(CLOSED, OVERDUE, DUE_SOON), titles(), "earliest deadline first, drafts last");
    }

    @Test
    void aDraftIsDeletedWithUndoAndANumberedDocumentIsRefused() {
        list.refresh();
        list.delete(List.of(draft));
        assertEquals(3, list.totalProperty().get());
        assertEquals(List.of("已将 1 份文书移入回收站。"), dialogs.notices);
        assertNotNull(dialogs.lastNoticeAction);
        dialogs.lastNoticeAction.run();
        assertEquals(4, list.totalProperty().get());
        assertEquals(4, f.ladder.countLive());

        list.delete(List.of(overdue));
        assertEquals(List.of("已编号 崇检公建〔2026〕1号 的文书不能删除，只能撤回"), dialogs.errors);
        assertEquals(4, f.ladder.countLive());
    }

    @Test
    void theRecycleBinListsDeletedDraftsAndRestoresThem() {
        f.ladder.delete(List.of(draft));
        list.recycleBinProperty().set(true);
        assertEquals(List.of("【紧急】" + DRAFT), titles());
        assertEquals("ladder.list.recycleBinTitle", list.exportTitleKey());
        list.restore(List.of(draft));
        assertEquals(List.of(), titles());
        list.recycleBinProperty().set(false);
        assertEquals(4, list.totalProperty().get());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void theExportWritesTheWholeFilteredListWithoutAskingAboutMasking() throws Exception {
        list = new RecommendationListViewModel(f.ladder, f.recipients, new DirectBackgroundExecutor(), dialogs,
                () -> 1, () -> 14);
        list.tierProperty().set(Tier.INDIVIDUAL);
        list.refresh();
        Path file = dir.resolve("建议.xlsx");
        list.export(file, false);
        assertEquals(List.of(), dialogs.errors);
        ExportedSheet sheet = ExportedSheet.read(file);
        assertEquals(4, sheet.size(), "every page, not the one shown");
        int row = sheet.rowWith("标题", OVERDUE);
        assertEquals("崇检公建〔2026〕1号", sheet.cell(row, "文号"));
        assertEquals("清溪镇人民政府", sheet.cell(row, "被建议单位"));
        assertEquals("已送达，待回复", sheet.cell(row, "状态"));
        assertEquals("是", sheet.cell(sheet.rowWith("标题", DRAFT), "紧急（15日内回复）"));
        assertEquals(1, ExportedSheet.auditedExports(f.reg.db, "recommendation"));
        assertTrue(dialogs.notices.get(dialogs.notices.size() - 1).startsWith("已导出 4 条记录"));
    }
}
