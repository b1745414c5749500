package org.liaisondesk.holidays.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.holidays.data.HolidayEditRepository;
import org.liaisondesk.holidays.model.DayKind;
import org.liaisondesk.holidays.service.HolidayService;
import org.liaisondesk.holidays.ui.HolidayCalendarViewModel.EntryForm;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;

/** The holiday calendar tab's state, without a toolkit, against a real register. */
class HolidayCalendarViewModelTest {
    @TempDir
    Path dir;
    TestRegister reg;
    HolidayService service;
    RecordingDialogs dialogs = new RecordingDialogs();
    HolidayCalendarViewModel model;

    @BeforeEach
    void setUp() {
        Messages.use(Messages.CHINESE);
        reg = new TestRegister(dir.resolve("register"));
        service = new HolidayService(reg.db, new HolidayEditRepository(reg.audit), TestRegister.CLOCK);
        model = new HolidayCalendarViewModel(service, new DirectBackgroundExecutor(), dialogs);
        model.load();
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private HolidayListItem row(String date) {
        return model.items().stream().filter(i -> i.entry().date().equals(LocalDate.parse(date))).findFirst().orElse(null);
    }

    @Test
    void showsTheCurrentYearInWords() {
        assertEquals(2026, model.yearProperty().get());
        assertEquals(39, model.items().size());
        HolidayListItem first = model.items().get(0);
        assertEquals("2026-01-01 周四", first.date());
        assertEquals("放假", first.kind());
        assertEquals("元旦", first.name());
        assertEquals("官方", first.source());
        assertEquals("调休上班", row("2026-01-04").kind());
        assertEquals("2026-01-04 周日", row("2026-01-04").date());
        assertEquals("", model.noticeProperty().get());
        assertFalse(model.loadingProperty().get());
    }

    @ParameterizedTest(name = "{0}: notice ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "2027 | 2027 年的放假安排尚未录入，期限只按周末顺延",
        "2023 | 2023 年的放假安排尚未录入，期限只按周末顺延",
        "2024 | ''",
        "2025 | ''",
    })
    void aYearWithoutArrangementsIsPointedOut(int year, String notice) {
        model.yearProperty().set(year);
        assertEquals(notice, model.noticeProperty().get());
        assertEquals(notice.isEmpty(), !model.items().isEmpty());
    }

    @Test
    void addingTheNextYearsDaysRemovesTheNotice() {
        model.yearProperty().set(2027);
        EntryForm form = model.newEntry();
        form.dayProperty().set(LocalDate.of(2027, 1, 1));
        form.nameProperty().set("元旦");
        List<LocalDate> saved = new ArrayList<>();
        form.save(saved::add);

        assertEquals(List.of(LocalDate.of(2027, 1, 1)), saved);
        assertEquals("", model.noticeProperty().get());
        HolidayListItem added = row("2027-01-01");
        assertEquals("自行添加", added.source());
        assertEquals("放假", added.kind());
        assertEquals("已保存 2027-01-01 的安排", dialogs.notices.get(dialogs.notices.size() - 1));
        assertFalse(form.isDirty());
    }

    @Test
    void theNoticeSaysHowManyStoredDeadlinesMoved() {
        service.addDeadlineRecomputation(() -> 2);
        EntryForm form = model.newEntry();
        form.dayProperty().set(LocalDate.of(2026, 12, 28));
        form.nameProperty().set("地方假日");
        form.save(d -> { });
        assertEquals("已保存 2026-12-28 的安排；已按新的安排重新计算期限，2 项有变化",
                dialogs.notices.get(dialogs.notices.size() - 1));
        model.remove(row("2026-12-28"));
        assertEquals("已删除 2026-12-28（地方假日） 的安排；已按新的安排重新计算期限，2 项有变化",
                dialogs.notices.get(dialogs.notices.size() - 1));
    }

    @Test
    void problemsShowOnTheirFieldsOnceLeftOrAfterASaveAndNothingIsWritten() {
        EntryForm form = model.newEntry();
        assertTrue(form.errors().isEmpty(), "a fresh form shows no problems");
        form.dayProperty().set(LocalDate.of(2026, 12, 28));
        form.kindProperty().set(DayKind.WORKDAY);
        assertTrue(form.errors().isEmpty(), "not before the field is left");
        form.touch("kind");
        assertEquals("2026-12-28 是周一至周五，本来就是工作日；调休上班日只能是周六或周日", form.errors().get("kind"));

        form.dayProperty().set(null);
        form.save(d -> { });
        assertEquals("此项必填", form.errors().get("day"));

        form.dayProperty().set(LocalDate.of(2026, 12, 28));
        form.setDayUnreadable(true);
        assertEquals("无法识别的日期，请按 2024-10-12 或 2024年10月12日 的格式填写", form.errors().get("day"));
        form.setDayUnreadable(false);
        form.kindProperty().set(DayKind.HOLIDAY);
        assertTrue(form.errors().isEmpty());
        assertTrue(service.calendar().isWorkingDay(LocalDate.of(2026, 12, 28)), "nothing was saved while refused");
    }

    @Test
    void aRefusalFromTheServiceStaysOnTheFieldWithWhatWasTyped() {
        EntryForm form = model.newEntry();
        form.dayProperty().set(LocalDate.of(2026, 12, 29));
        form.kindProperty().set(DayKind.NORMAL);
        form.save(d -> { });
        assertEquals("这一天没有官方安排，也没有自行添加的安排，无需恢复正常", form.errors().get("kind"));
        assertEquals(LocalDate.of(2026, 12, 29), form.dayProperty().get());
        form.kindProperty().set(DayKind.HOLIDAY);
        assertNull(form.errors().get("kind"), "editing the field clears the refusal");
    }

    @Test
    void editingABundledDayShowsTheOfficialArrangementAndMarksItChanged() throws Exception {
        EntryForm form = model.edit(row("2026-10-01"));
        assertFalse(form.isNew());
        assertEquals("官方安排：放假（国庆节）", form.officialText());
        assertFalse(form.isDirty());
        form.nameProperty().set("国庆节（本地）");
        assertTrue(form.isDirty());
        dialogs.confirmAnswer = false;
        assertFalse(form.mayDiscard(), "the user declined to drop the change");
        form.save(d -> { });

        assertEquals("已修改", row("2026-10-01").source());
        assertEquals("国庆节（本地）", row("2026-10-01").name());
        List<List<HistoryEntry>> shown = new ArrayList<>();
        model.edit(row("2026-10-01")).loadHistory(shown::add);
        assertEquals(1, shown.get(0).size());
        assertTrue(HolidayCalendarViewModel.canReset(row("2026-10-01")));
        assertFalse(HolidayCalendarViewModel.canRemove(row("2026-10-01")));
    }

    @Test
    void removingABundledDayCancelsItAndUndoBringsItBack() {
        HolidayListItem nationalDay = row("2026-10-07");
        assertTrue(HolidayCalendarViewModel.canRemove(nationalDay));
        model.remove(nationalDay);

        assertEquals("已取消", row("2026-10-07").source());
        assertEquals("恢复正常", row("2026-10-07").kind());
        assertEquals("国庆节", row("2026-10-07").name(), "the bundled name stays visible");
        assertTrue(service.calendar().isWorkingDay(LocalDate.of(2026, 10, 7)));
        assertEquals("已删除 2026-10-07（国庆节） 的安排", dialogs.notices.get(dialogs.notices.size() - 1));

        dialogs.lastNoticeAction.run();
        assertEquals("官方", row("2026-10-07").source());
        assertFalse(service.calendar().isWorkingDay(LocalDate.of(2026, 10, 7)));
        assertEquals("已恢复 2026-10-07（国庆节） 原来的安排", dialogs.notices.get(dialogs.notices.size() - 1));
    }

    @Test
    void removingAnAddedDayDeletesItAndUndoAddsItAgain() {
        service.set(LocalDate.of(2026, 12, 28), DayKind.HOLIDAY, "地方假日");
        model.load();
        model.remove(row("2026-12-28"));
        assertNull(row("2026-12-28"));
        dialogs.lastNoticeAction.run();
        assertEquals("地方假日", row("2026-12-28").name());
        assertEquals("自行添加", row("2026-12-28").source());
    }

    @Test
    void resetPutsTheBundledDayBackAndUndoRedoesTheChange() {
        service.set(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "国庆");
        model.load();
        assertFalse(HolidayCalendarViewModel.canReset(row("2026-02-16")), "a bundled day has nothing to reset");
        model.reset(row("2026-10-01"));
        assertEquals("官方", row("2026-10-01").source());
        assertEquals("2026-10-01（国庆） 已恢复为官方安排", dialogs.notices.get(dialogs.notices.size() - 1));
        dialogs.lastNoticeAction.run();
        assertEquals("国庆", row("2026-10-01").name());
    }

    @Test
    void importReportsWhatItDidAndABadFileNamesItsLine() throws IOException {
        Path good = dir.resolve("2027.csv");
        Files.writeString(good, "2027-01-01,HOLIDAY,元旦\n2027-02-06,HOLIDAY,春节\n2026-01-01,HOLIDAY,元旦\n",
                StandardCharsets.UTF_8);
        model.yearProperty().set(2027);
        model.importCsv(good);
        assertEquals(2, model.items().size());
        assertEquals("已导入 3 天的安排：新增 2 天，修改 0 天，1 天与现有安排相同",
                dialogs.notices.get(dialogs.notices.size() - 1));

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "2027-03-01,HOLIDAY,x\n2027-03-02,HOLIDAY,y\n2027-3-3,HOLIDAY,z\n", StandardCharsets.UTF_8);
        model.importCsv(bad);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("文件有误，没有导入任何内容。第 3 行："), dialogs.errors.get(0));
        assertEquals(2, model.items().size(), "nothing of the bad file was imported");
    }

    @Test
    void exportWritesTheFileAndAsksBeforeReplacingOneTheDialogDidNotConfirm() throws IOException {
        Path out = dir.resolve("放假安排.csv");
        model.exportCsv(out, true);
        assertTrue(Files.readString(out).contains("2026-10-01,HOLIDAY,国庆节"));
        assertEquals("放假安排已导出到 " + out, dialogs.notices.get(dialogs.notices.size() - 1));

        Files.writeString(out, "keep me");
        dialogs.confirmAnswer = false;
        model.exportCsv(out, false);
        assertEquals("keep me", Files.readString(out));

        dialogs.confirmAnswer = true;
        model.exportCsv(out, false);
        assertTrue(Files.readString(out).contains("2026-10-01,HOLIDAY,国庆节"));
        assertEquals("放假安排_2026-11-23.csv", model.exportFileName());
    }
}
