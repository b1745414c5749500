package org.liaisondesk.ladder.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.ladder.LadderFixture;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.LadderEvent;
import org.liaisondesk.testsupport.RecordingDialogs;

/** The issue register's view model without a toolkit: years, the withdrawn mark, search, export and print. */
class NumberRegisterViewModelTest {
    @TempDir
    Path dir;
    LadderFixture f;
    RecordingDialogs dialogs = new RecordingDialogs();
    List<Long> opened = new ArrayList<>();
    NumberRegisterViewModel model;
    long withdrawn;
    long lastYear;

    @BeforeEach
    void setUp() {
        f = new LadderFixture(dir.resolve("register"));
        long district = f.recipient("区人民政府", null);
        long town = f.recipient("清溪镇人民政府", district);
        long matter = f.matter("清溪镇木材加工厂占用耕地案", LocalDate.of(2025, 3, 1));
        lastYear = f.served(f.completeDraft(town, matter).title("关于督促整治占用耕地问题的检察建议").build(),
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 5)).id();
        withdrawn = f.served(f.completeDraft(town, matter).title("关于督促清理河道垃圾的检察建议").build(),
                LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8)).id();
        f.ladder.record(withdrawn, LadderEvent.of(EventKind.WITHDRAWN, LocalDate.of(2026, 1, 9)).text("事实认定有误").build());
        f.served(f.completeDraft(town, matter).title("关于督促查处违法占用耕地的检察建议").build(),
                LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 4));
        f.settings.setOfficeName("崇州市人民检察院");
        model = new NumberRegisterViewModel(f.ladder, () -> f.settings, new DirectBackgroundExecutor(), dialogs,
                (w, id) -> opened.add(id));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void thisYearIsShownFirstWithTheWithdrawnNumberKeptAndMarked() {
        model.load();
        assertEquals(2026, model.yearProperty().get());
        assertEquals(Arrays.asList(null, 2026, 2025), model.years());
        assertEquals(List.of("崇检公建〔2026〕1号", "崇检公建〔2026〕2号"),
                model.items().stream().map(NumberRegisterItem::number).toList());
        NumberRegisterItem first = model.items().get(0);
        assertTrue(first.withdrawn());
        assertEquals("已撤回（文号保留）", first.status());
        assertEquals("2026-01-07", first.issuedOn());
        assertEquals("个案检察建议", first.tier());
        assertEquals("清溪镇人民政府", first.recipient());
        assertFalse(model.items().get(1).withdrawn());
        assertEquals("2026年共 2 个文号，其中已撤回 1 个", model.summaryProperty().get());
    }

    @Test
    void anotherYearOrAllYearsAreReadAgain() {
        model.load();
        model.yearProperty().set(2025);
        assertEquals(List.of("崇检公建〔2025〕1号"), model.items().stream().map(NumberRegisterItem::number).toList());
        model.yearProperty().set(null);
        assertEquals(3, model.items().size());
        assertEquals("全部年份共 3 个文号，其中已撤回 1 个", model.summaryProperty().get());
        model.yearProperty().set(2024);
        assertTrue(model.items().isEmpty());
        assertEquals("2024年尚未编发文号", model.emptyTextProperty().get());
    }

    @Test
    void theSearchFiltersWhatTheTableShows() {
        model.load();
        model.searchTextProperty().set("河道 撤回");
        assertEquals(List.of(withdrawn), model.items().stream().map(NumberRegisterItem::recommendationId).toList());
        assertEquals("2026年共 2 个文号，显示符合搜索的 1 个，其中已撤回 1 个", model.summaryProperty().get());
        model.searchTextProperty().set("石桥");
        assertTrue(model.items().isEmpty());
        assertEquals("没有符合搜索条件的文号", model.emptyTextProperty().get());
        model.searchTextProperty().set("");
        assertEquals(2, model.shownItems().size());
    }

    @Test
    void theYearChoicesAreAllYearsThenThisYearAndEveryYearWithNumbersLatestFirst() {
        assertEquals(Arrays.asList(null, 2026), NumberRegisterViewModel.yearChoices(List.of(), 2026));
        assertEquals(Arrays.asList(null, 2026, 2025, 2023),
                NumberRegisterViewModel.yearChoices(List.of(2023, 2025, 2026), 2026));
        assertEquals(Arrays.asList(null, 2027, 2026), NumberRegisterViewModel.yearChoices(List.of(2026), 2027));
    }

    @Test
    void thePrintedTitleNamesTheOfficeAndTheYear() {
        assertEquals("崇州市人民检察院 发文登记簿（2026年）", model.printTitle());
        model.yearProperty().set(null);
        assertEquals("崇州市人民检察院 发文登记簿（全部年份）", model.printTitle());
        f.settings.setOfficeName("");
        assertEquals("发文登记簿（全部年份）", model.printTitle());
        assertEquals("打印日期：2026-11-23", model.printFooter());
    }

    @Test
    void exportWritesTheYearAndAsksBeforeReplacingAFile() throws IOException {
        model.load();
        Path target = dir.resolve("发文登记簿.xlsx");
        model.export(target, false);
        assertEquals(2, dataRows(target));
        assertTrue(dialogs.notices.get(dialogs.notices.size() - 1).startsWith("已导出 2 个文号"), dialogs.notices.toString());

        model.yearProperty().set(null);
        dialogs.confirmAnswer = false;
        model.export(target, false);
        assertEquals(2, dataRows(target), "declined: the file stays as it was");
        dialogs.confirmAnswer = true;
        model.export(target, false);
        assertEquals(3, dataRows(target), "confirmed: replaced with all years");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void printingReportsPagesSentOrARefusalAndDoubleClickOpensTheDocument() {
        List<Integer> sent = new ArrayList<>();
        model.printPages(3, i -> sent.add(i), () -> true);
        assertEquals(List.of(0, 1, 2), sent);
        assertEquals("发文登记簿已发送到打印机，共 3 页。", dialogs.notices.get(dialogs.notices.size() - 1));

        model.printPages(3, i -> i < 1, () -> true);
        assertEquals(1, dialogs.errors.size());
        model.printingUnavailable();
        assertTrue(dialogs.infos.get(0).startsWith("没有找到可用的打印机"), dialogs.infos.toString());

        model.load();
        model.open(null, model.items().get(0));
        assertArrayEquals(new Object[] {withdrawn}, opened.toArray());
    }

    private static int dataRows(Path file) throws IOException {
        try (var in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            return book.getSheetAt(0).getLastRowNum();
        }
    }
}
