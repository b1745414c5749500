package org.liaisondesk.holidays.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.common.time.HolidayCalendar;
import org.liaisondesk.holidays.data.HolidayEditRepository;
import org.liaisondesk.holidays.model.CalendarEntry;
import org.liaisondesk.holidays.model.DayKind;
import org.liaisondesk.holidays.model.EntrySource;
import org.liaisondesk.holidays.model.ImportResult;
import org.liaisondesk.testsupport.TestRegister;

/** The editable holiday calendar against a real SQLite file. */
class HolidayServiceTest {
    @TempDir
    Path dir;
    TestRegister reg;
    HolidayService service;
    final List<String> heard = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Messages.use(Messages.CHINESE);
        reg = new TestRegister(dir.resolve("register"));
        service = newService();
        service.addChangeListener(() -> heard.add(Thread.currentThread().getName() + " "
                + service.calendar().isWorkingDay(LocalDate.of(2026, 12, 28))));
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private HolidayService newService() {
        return new HolidayService(reg.db, new HolidayEditRepository(reg.audit), TestRegister.CLOCK);
    }

    private long count(String sql) {
        return reg.db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private long edits() {
        return count("SELECT count(*) FROM holiday_edit");
    }

    private long auditRows() {
        return count("SELECT count(*) FROM audit_log WHERE entity = 'holiday_edit'");
    }

    private Path file(String name, String content, Charset charset) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content.getBytes(charset));
        return f;
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private CalendarEntry entry(LocalDate day) {
        return service.entries(day.getYear()).stream().filter(e -> e.date().equals(day)).findFirst().orElse(null);
    }

    @Test
    void startsWithTheBundledCalendar() {
        assertEquals(HolidayCalendar.chinaOfficial(), service.calendar());
        assertSame(service.calendar(), service.calculator().calendar());
        assertEquals(33, service.entries(2025).size());
        assertTrue(service.entries(2025).stream().allMatch(e -> e.source() == EntrySource.OFFICIAL));
        assertTrue(service.covers(2026));
        assertFalse(service.covers(2027));
        assertEquals(LocalDate.of(2026, 11, 23), service.today());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // case                          | day        | kind    | name     | working after | source after | next working day from the day
        "add a holiday                   | 2026-12-28 | HOLIDAY | 地方假日 | false         | ADDED        | 2026-12-29",
        "add a make-up working Saturday  | 2026-12-26 | WORKDAY | 调休上班 | true          | ADDED        | 2026-12-26",
        "take a bundled holiday away     | 2025-10-08 | NORMAL  |          | true          | REMOVED      | 2025-10-08",
        "take a make-up Sunday away      | 2025-09-28 | NORMAL  |          | false         | REMOVED      | 2025-09-29",
        "rename a bundled holiday        | 2025-10-01 | HOLIDAY | 国庆节   | false         | CHANGED      | 2025-10-09",
        "a bundled Saturday off worked   | 2025-10-04 | WORKDAY | 改上班   | true          | CHANGED      | 2025-10-04",
        "the next year's New Year        | 2027-01-01 | HOLIDAY | 元旦     | false         | ADDED        | 2027-01-04",
    })
    void setThenReset(String name, LocalDate day, DayKind kind, String entryName, boolean working, EntrySource source,
                      LocalDate next) {
        boolean workingBefore = service.calendar().isWorkingDay(day);
        CalendarEntry before = entry(day);
        HolidayCalendar cached = service.calendar();

        service.set(day, kind, entryName);

        assertNotSame(cached, service.calendar(), "the cached calendar is replaced");
        assertEquals(working, service.calendar().isWorkingDay(day));
        assertEquals(next, service.calculator().calendar().nextWorkingDayOnOrAfter(day));
        assertEquals(source, entry(day).source());
        assertEquals(1, edits());
        assertEquals(1, heard.size(), "listeners ran once");
        assertTrue(heard.get(0).startsWith(Thread.currentThread().getName() + " "), "on the calling thread");
        assertEquals(newService().calendar(), service.calendar(), "what is cached is what is stored");

        service.reset(day);

        assertEquals(HolidayCalendar.chinaOfficial(), service.calendar());
        assertEquals(workingBefore, service.calendar().isWorkingDay(day));
        assertEquals(before, entry(day));
        assertEquals(0, edits());
        assertEquals(2, heard.size());
        assertEquals(2, auditRows());
    }

    @Test
    void listenersSeeTheNewCalendar() {
        service.set(d("2026-12-28"), DayKind.HOLIDAY, "地方假日");
        service.reset(d("2026-12-28"));
        assertEquals(List.of(Thread.currentThread().getName() + " false", Thread.currentThread().getName() + " true"), heard);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the same as bundled          | 2025-10-01 | HOLIDAY | 国庆节、中秋节",
        "NORMAL on an ordinary day... | 2026-12-29 | NORMAL  |",
    })
    void whatChangesNothingStoresNothingAndIsNotAnnounced(String name, LocalDate day, DayKind kind, String entryName) {
        if (kind == DayKind.NORMAL) {
            // ...is refused: there is nothing to take away.
            ValidationException e = assertThrows(ValidationException.class, () -> service.set(day, kind, entryName));
            assertEquals("holidays.validation.nothingToRemove", e.problems().get(0).messageKey());
        } else {
            service.set(day, kind, entryName);
        }
        service.reset(day);
        assertEquals(0, edits());
        assertEquals(0, auditRows());
        assertTrue(heard.isEmpty());
        assertEquals(HolidayCalendar.chinaOfficial(), service.calendar());
    }

    @Test
    void settingABundledDayBackToItsBundledArrangementRemovesTheEdit() {
        service.set(d("2025-10-01"), DayKind.HOLIDAY, "国庆节");
        service.set(d("2025-10-01"), DayKind.HOLIDAY, "国庆节、中秋节");
        assertEquals(0, edits());
        assertEquals(EntrySource.OFFICIAL, entry(d("2025-10-01")).source());
        assertEquals(2, auditRows());
    }

    @Test
    void anAddedDaySetToNormalIsDeleted() {
        service.set(d("2026-12-28"), DayKind.HOLIDAY, "地方假日");
        service.set(d("2026-12-28"), DayKind.NORMAL, "");
        assertEquals(0, edits());
        assertEquals(null, entry(d("2026-12-28")));
    }

    @Test
    void refusedInputWritesNothing() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.set(d("2026-12-28"), DayKind.WORKDAY, "周一上班"));
        assertEquals("kind", e.problems().get(0).field());
        assertThrows(ValidationException.class, () -> service.set(null, DayKind.HOLIDAY, "x"));
        assertThrows(ValidationException.class, () -> service.set(d("2026-12-28"), null, "x"));
        assertEquals(0, edits());
        assertTrue(heard.isEmpty());
    }

    @Test
    void aChangeSaysHowManyStoredDeadlinesMoved() throws IOException {
        service.addDeadlineRecomputation(() -> 2);
        service.addDeadlineRecomputation(() -> 3);
        assertEquals(5, service.set(d("2026-12-28"), DayKind.HOLIDAY, "地方假日"));
        assertEquals(0, service.set(d("2026-12-28"), DayKind.HOLIDAY, "地方假日"), "nothing changed, nothing recounted");
        assertEquals(5, service.reset(d("2026-12-28")));
        assertEquals(0, service.reset(d("2026-12-28")));
        Path csv = file("2027.csv", "2027-01-01,HOLIDAY,元旦\n", StandardCharsets.UTF_8);
        assertEquals(new ImportResult(1, 0, 0, 5), service.importCsv(csv));
        assertEquals(3, heard.size(), "the plain listener ran with every change: set, reset, import");
    }

    @Test
    void aFailingListenerIsReportedButTheChangeStays() {
        service.addChangeListener(() -> {
            throw new IllegalStateException("recount failed");
        });
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> service.set(d("2026-12-28"), DayKind.HOLIDAY, "地方假日"));
        assertEquals("holidays.listenerFailed", e.messageKey());
        assertEquals("放假安排已保存，但按新的安排重新计算已登记事项的期限时出错：recount failed", e.localizedMessage());
        assertEquals(1, heard.size(), "the other listener ran too");
        assertFalse(service.calendar().isWorkingDay(d("2026-12-28")));
    }

    @Test
    void historyOfADay() {
        service.set(d("2026-12-28"), DayKind.HOLIDAY, "地方假日");
        service.set(d("2026-12-28"), DayKind.HOLIDAY, "地方节日");
        service.reset(d("2026-12-28"));
        assertEquals(List.of("INSERT", "UPDATE", "DELETE"),
                service.history(d("2026-12-28")).stream().map(h -> h.action()).toList());
        assertTrue(service.history(d("2026-12-29")).isEmpty());
    }

    @Test
    void concurrentChangesAllEndUpInTheCachedCalendar() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                LocalDate day = d("2027-03-01").plusDays(i);
                done.add(pool.submit(() -> service.set(day, DayKind.HOLIDAY, "并发" + day.getDayOfMonth())));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(12, service.entries(2027).size());
        assertEquals(newService().calendar(), service.calendar());
    }

    @Test
    void theFirstUseInsideAnotherFeaturesTransactionDoesNotWaitForAChangeInProgress() throws Exception {
        HolidayService fresh = newService();
        LocalDate day = d("2026-12-28");
        Thread change = new Thread(() -> fresh.set(day, DayKind.HOLIDAY, "地方假日"), "holiday-change");
        ExecutorService asker = Executors.newSingleThreadExecutor();
        // A visit being saved holds the writer and asks for the calculator for the first time, while a change of
        // the calendar (already holding the service's own lock) waits for the writer.
        boolean workingInside = reg.db.inTransaction(c -> {
            change.start();
            waitUntilWaitingForTheWriter(change);
            Future<Boolean> working = asker.submit(() -> fresh.calculator().calendar().isWorkingDay(day));
            try {
                return working.get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("the calculator waited for the change, which waits for this transaction", e);
            } finally {
                assertTrue(change.isAlive());
            }
        });
        asker.shutdown();
        change.join(10_000);
        assertTrue(workingInside, "the change was not committed yet");
        assertFalse(change.isAlive());
        assertFalse(fresh.calendar().isWorkingDay(day), "the change is cached once committed");
    }

    private static void waitUntilWaitingForTheWriter(Thread thread) {
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            if (thread.getState() == Thread.State.WAITING && java.util.Arrays.stream(thread.getStackTrace())
                    .anyMatch(f -> f.getMethodName().equals("inTransaction"))) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the change never started waiting for the writer");
    }

    @Test
    void importSetsEveryListedDayInOneGo() throws IOException {
        service.set(d("2025-10-08"), DayKind.NORMAL, "");
        service.set(d("2026-12-28"), DayKind.HOLIDAY, "地方假日");
        heard.clear();
        Path csv = file("2027.csv", "\uFEFF# 国务院办公厅关于2027年部分节假日安排的通知（示例）\n"
                + "2027-01-01,HOLIDAY,元旦\n"
                + "\n"
                + "2027-02-06,HOLIDAY,春节\n"
                + "2027-02-07,WORKDAY,春节调休上班\n"
                + "2025-10-01,HOLIDAY,国庆节、中秋节\n"   // as bundled: unchanged
                + "2025-10-08,HOLIDAY,国庆节、中秋节\n"   // taken away before: back as bundled
                + "2026-12-28,HOLIDAY,地方节日\n", StandardCharsets.UTF_8);

        ImportResult result = service.importCsv(csv);

        assertEquals(new ImportResult(3, 2, 1, 0), result);
        assertEquals(6, result.total());
        assertTrue(service.covers(2027));
        assertFalse(service.calendar().isWorkingDay(d("2027-01-01")));
        assertTrue(service.calendar().isWorkingDay(d("2027-02-07")));
        assertEquals(EntrySource.OFFICIAL, entry(d("2025-10-08")).source());
        assertEquals("地方节日", entry(d("2026-12-28")).name());
        assertEquals(4, edits(), "three 2027 days and the renamed 2026 day");
        assertEquals(1, heard.size(), "one change, announced once");
    }

    @Test
    void aFileSavedByExcelOnChineseWindowsIsRead() throws IOException {
        Path csv = file("gbk.csv", "2027-01-01,HOLIDAY,元旦\r\n2027-02-07,WORKDAY,春节调休上班\r\n", Charset.forName("GB18030"));
        assertEquals(new ImportResult(2, 0, 0, 0), service.importCsv(csv));
        assertEquals("春节调休上班", entry(d("2027-02-07")).name());
    }

    @ParameterizedTest(name = "line {1}: {0}")
    @CsvSource(delimiter = '|', value = {
        // file (lines separated by " / ")                              | bad line | reason key
        "2027-01-01,HOLIDAY,元旦 / 2027-13-01,HOLIDAY,x                  | 2        | holidays.import.badLine",
        "# 注释 /  / 2027-01-01,假日,元旦                                 | 3        | holidays.import.badLine",
        "2027-01-01                                                     | 1        | holidays.import.badLine",
        "2027/01/01,HOLIDAY,元旦                                         | 1        | holidays.import.badLine",
        "2027-01-01,NORMAL,元旦                                          | 1        | holidays.import.badLine",
        "2027-01-01,HOLIDAY,元旦 / 2027-01-02,HOLIDAY / 2027-01-01,WORKDAY,x | 3     | holidays.import.duplicate",
        "2027-01-01,HOLIDAY,元旦 / 2027-01-04,WORKDAY,周一上班             | 2        | holidays.validation.workdayOnWeekday",
        "2027-01-01,HOLIDAY,元旦 / 1999-10-01,HOLIDAY,国庆节               | 2        | holidays.validation.yearRange",
        "2027-01-01,HOLIDAY,一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一 | 1 | common.validation.tooLong",
        "日期,类型,名称 / 2027-01-01,HOLIDAY,元旦                          | 1        | holidays.import.badLine",
    })
    void aBadFileIsRefusedWithItsLineNumberAndChangesNothing(String lines, int line, String reason) throws IOException {
        service.set(d("2026-12-28"), DayKind.HOLIDAY, "地方假日");
        heard.clear();
        HolidayCalendar before = service.calendar();
        long auditBefore = auditRows();
        Path csv = file("bad.csv", String.join("\n", lines.split(" / ", -1)) + "\n", StandardCharsets.UTF_8);

        HolidayImportException e = assertThrows(HolidayImportException.class, () -> service.importCsv(csv));

        assertEquals(line, e.lineNumber());
        assertEquals(reason, e.reasonKey());
        assertTrue(e.localizedMessage().startsWith("文件有误，没有导入任何内容。第 " + line + " 行："), e.localizedMessage());
        assertFalse(e.localizedMessage().contains("["), "every message exists: " + e.localizedMessage());
        assertSame(before, service.calendar());
        assertEquals(1, edits());
        assertEquals(auditBefore, auditRows());
        assertTrue(heard.isEmpty());
    }

    @Test
    void theMessageOfABadLineSaysWhatIsWrong() throws IOException {
        Path csv = file("bad.csv", "2027-01-01,HOLIDAY,元旦\n2027-01-01,WORKDAY,x\n", StandardCharsets.UTF_8);
        assertEquals("文件有误，没有导入任何内容。第 2 行：2027-01-01 在第 1 行已经出现过",
                assertThrows(HolidayImportException.class, () -> service.importCsv(csv)).localizedMessage());
        Path typo = file("typo.csv", "2027-01-01;HOLIDAY;元旦\n", StandardCharsets.UTF_8);
        assertEquals("文件有误，没有导入任何内容。第 1 行：无法识别“2027-01-01;HOLIDAY;元旦”。每行应为“日期,安排,名称”，"
                + "如 2027-01-01,HOLIDAY,元旦；安排写 HOLIDAY（放假）或 WORKDAY（调休上班）",
                assertThrows(HolidayImportException.class, () -> service.importCsv(typo)).localizedMessage());
    }

    @Test
    void aFileWithoutDaysIsRefused() throws IOException {
        for (String content : List.of("# 只有注释\n\n   \n", "")) {
            Path csv = file("empty.csv", content, StandardCharsets.UTF_8);
            UserFacingException e = assertThrows(UserFacingException.class, () -> service.importCsv(csv));
            assertEquals("holidays.import.empty", e.messageKey());
        }
        assertEquals(0, edits());
    }

    @Test
    void aMissingOrHugeFileIsRefused() throws IOException {
        assertEquals("holidays.import.cannotRead", assertThrows(UserFacingException.class,
                () -> service.importCsv(dir.resolve("missing.csv"))).messageKey());
        Path huge = dir.resolve("huge.csv");
        Files.write(huge, new byte[(int) HolidayCsvFile.MAX_BYTES + 1]);
        assertEquals("holidays.import.tooLarge", assertThrows(UserFacingException.class,
                () -> service.importCsv(huge)).messageKey());
    }

    @Test
    void anExportReadsBackAsTheSameCalendar() throws IOException {
        service.set(d("2025-10-08"), DayKind.NORMAL, "");
        service.set(d("2026-12-28"), DayKind.HOLIDAY, "地方假日, 含逗号");
        service.set(d("2027-01-01"), DayKind.HOLIDAY, "元旦");
        Path out = dir.resolve("exports").resolve("放假安排.csv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "old content");

        service.exportCsv(out);

        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF# "), "a BOM, then the comment lines");
        assertTrue(text.contains("\n2026-12-28,HOLIDAY,地方假日, 含逗号\n"));
        assertFalse(text.contains("2025-10-08"), "a day taken away is not in force");
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
        List<HolidayCalendar.Holiday> parsed = HolidayCalendar.parseCsv(Files.newBufferedReader(out));
        assertEquals(service.calendar(), HolidayCalendar.of(parsed));

        try (TestRegister other = new TestRegister(dir.resolve("other"))) {
            HolidayService elsewhere = new HolidayService(other.db, new HolidayEditRepository(other.audit), TestRegister.CLOCK);
            elsewhere.importCsv(out);
            assertEquals(service.calendar().entries().stream().filter(h -> !h.date().equals(d("2025-10-08"))).toList(),
                    elsewhere.calendar().entries().stream().filter(h -> !h.date().equals(d("2025-10-08"))).toList(),
                    "everything but the taken-away day (the file format cannot say NORMAL) travels");
        }
    }

    @Test
    void anExportToAFolderThatDoesNotExistIsRefused() {
        Path out = dir.resolve("no-such-folder").resolve("x.csv");
        UserFacingException e = assertThrows(UserFacingException.class, () -> service.exportCsv(out));
        assertEquals("holidays.export.failed", e.messageKey());
        assertFalse(Files.exists(out));
    }
}
