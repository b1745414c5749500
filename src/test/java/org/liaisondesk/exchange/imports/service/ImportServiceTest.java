package org.liaisondesk.exchange.imports.service;

import java.io.IOException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.exchange.imports.service.ImportFixtures.STATION_HEADERS;
import static org.liaisondesk.exchange.imports.service.ImportFixtures.row;
import static org.liaisondesk.exchange.imports.service.ImportFixtures.xlsx;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.exchange.imports.data.SheetReader;
import org.liaisondesk.exchange.imports.data.TemplateWriter;
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.exchange.imports.model.ImportOptions;
import org.liaisondesk.exchange.imports.model.ImportProblem;
import org.liaisondesk.exchange.imports.model.ImportReport;
import org.liaisondesk.register.leads.model.LeadQuery;
import org.liaisondesk.register.leads.model.LeadRating;
import org.liaisondesk.register.leads.model.LeadRow;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.LiaisonQuery;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.visits.model.StatusFilter;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitQuery;
import org.liaisondesk.register.visits.model.VisitSort;
import org.liaisondesk.testsupport.TestRegister;

/** The import engine on visits, with real .xlsx and .csv files and a real register. */
class ImportServiceTest {
    private static final String ID_MANGLED = "Excel 把身份证号当作数字保存，末几位已丢失，请把该列设为文本后重新录入";
    private static final LocalDate BIRTH = LocalDate.of(1980, 5, 17);

    @TempDir
    Path dir;
    private TestRegister reg;
    private ImportService imports;
    private Station station;
    private Prosecutor prosecutor;

    @BeforeEach
    void register() {
        reg = new TestRegister(dir.resolve("data"));
        station = reg.station("城关联络站");
        prosecutor = reg.prosecutor("李检察官", station);
        imports = service();
    }

    private LeadService leads;

    private ImportService service() {
        ImportServices services = ImportServices.over(reg, dir.resolve("data"));
        leads = services.leads();
        return services.imports();
    }

    @AfterEach
    void close() {
        reg.close();
    }

    private long visits() {
        return reg.visits.countLive();
    }

    private long auditRows() {
        return reg.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_log WHERE entity = 'visit'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private List<Visit> stored() {
        VisitQuery all = new VisitQuery("", null, null, null, null, null, null, StatusFilter.ALL, false, VisitSort.DATE,
                false, null, 1000);
        return reg.visits.page(all).items().stream().map(r -> reg.visits.find(r.id()).orElseThrow()).toList();
    }

    private ImportReport importAll(Path file) {
        return imports.importFile(ImportKind.VISITS, file, ImportOptions.allOrNothing());
    }

    @Test
    void everyDateFormImportsWithItsRowsAndAuditRowsInOneGo() {
        LocalDate day = LocalDate.of(2024, 10, 12);
        Path file = xlsx(dir.resolve("dates.xlsx"), STATION_HEADERS, List.of(
                row("2024-10-12", "城关联络站", "甲", "", "一"),
                row("2024/10/12", "城关联络站", "乙", "", "二"),
                row("2024年10月12日", "城关联络站", "丙", "", "三"),
                row("2024.10.12", "城关联络站", "丁", "", "四"),
                row(day, "城关联络站", "戊", ImportFixtures.idNumber(BIRTH, 1), "五")));

        ImportReport report = importAll(file);

        assertEquals(List.of(), report.problems());
        assertEquals(5, report.written());
        assertEquals(List.of("备用列"), report.unknownHeaders());
        assertEquals("visitorIdNumber", report.mapping().get("身份证号"));
        assertEquals(5, visits());
        assertEquals(5, auditRows());
        List<Visit> saved = stored();
        assertTrue(saved.stream().allMatch(v -> v.date().equals(day) && v.stationId().equals(station.id())
                && v.prosecutorId().equals(prosecutor.id()) && v.visitorPhone().equals("13812345678")), saved.toString());
        assertEquals(Set.of("一", "二", "三", "四", "五"), saved.stream().map(Visit::summary).collect(Collectors.toSet()));
    }

    static Stream<Arguments> badCells() {
        String valid = ImportFixtures.idNumber(BIRTH, 7);
        String zeroed = valid.substring(0, 15) + "000";
        return Stream.of(
                Arguments.of("ID stored as a number", 6, Double.parseDouble(valid.substring(0, 17) + "0"), "身份证号", ID_MANGLED),
                Arguments.of("ID in scientific notation", 6, "1.10105E+17", "身份证号", ID_MANGLED),
                Arguments.of("ID with its last digits turned to 000", 6, zeroed.equals(valid) ? "110105198005170000" : zeroed,
                        "身份证号", ID_MANGLED),
                Arguments.of("ID with a wrong check character", 6, valid.substring(0, 17) + (valid.endsWith("1") ? "2" : "1"),
                        "身份证号", Messages.tr("common.idnumber.wrongCheckCharacter")),
                Arguments.of("a date that does not exist", 0, "2024-02-30", "来访日期",
                        Messages.tr("exchange.import.badDate", "2024-02-30")),
                Arguments.of("a date in the future", 0, "2027-01-05", "来访日期", Messages.tr("common.validation.notInFuture")),
                Arguments.of("a station not in the roster", 1, "河西联络站", "站点", "联络站“河西联络站”不在名册中"),
                Arguments.of("a prosecutor not in the roster", 2, "王检", "接待人", "检察官“王检”不在名册中"),
                Arguments.of("an unknown category", 4, "投诉", "类型", Messages.tr("exchange.import.unknownChoice", "投诉",
                        "咨询、控告、举报、申诉、信访、矛盾纠纷、线索举报、其他")),
                Arguments.of("a wrong phone number", 7, "1381234", "电话", Messages.tr("common.phone.wrongLength")),
                Arguments.of("no summary", 8, "", "来访事由", Messages.tr("common.validation.required")));
    }

    /** Each bad cell is named with its row and column, and nothing of the file is written. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badCells")
    void aBadCellIsNamedAndNothingIsWritten(String what, int column, Object value, String header, String message) {
        List<Object> bad = row("2024-10-12", "城关联络站", "乙", "", "二");
        bad.set(column, value);
        List<Object> good = row("2024-10-11", "城关联络站", "甲", ImportFixtures.idNumber(BIRTH, 3), "一");
        Path file = xlsx(dir.resolve("bad.xlsx"), STATION_HEADERS, List.of(good, bad));
        long before = visits();

        ImportReport report = importAll(file);

        assertEquals(List.of(new ImportProblem(3, header, message)), report.problems());
        assertEquals(2, report.totalRows());
        assertEquals(1, report.goodRows());
        assertEquals(0, report.written());
        assertEquals(before, visits());
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedBeforeAnyRowIsRead() {
        List<String> headers = List.of("来访日期", "站点", "来访形式", "类型", "姓名", "来访事由");
        Path file = xlsx(dir.resolve("missing.xlsx"), headers, List.of(List.of("2024-10-12", "城关联络站", "来访", "咨询", "甲", "一")));

        UserFacingException refused = assertThrows(UserFacingException.class, () -> importAll(file));

        assertEquals("exchange.import.missingColumns", refused.messageKey());
        assertTrue(refused.localizedMessage().contains("检察官"), refused.localizedMessage());
        assertEquals(0, visits());
    }

    @Test
    void validRowsOnlyImportsExactlyTheGoodRows() {
        Path file = xlsx(dir.resolve("mixed.xlsx"), STATION_HEADERS, List.of(
                row("2024-10-12", "城关联络站", "甲", "", "好一"),
                row("2024-13-40", "城关联络站", "乙", "", "坏一"),
                row("2024-10-13", "城关联络站", "丙", "", "好二"),
                row("2024-10-14", "河西联络站", "丁", "", "坏二"),
                row("2024-10-15", "城关联络站", "戊", "", "好三")));

        ImportReport refused = importAll(file);
        assertEquals(0, refused.written());
        assertEquals(0, visits());

        ImportReport partial = imports.importFile(ImportKind.VISITS, file, ImportOptions.allOrNothing().withValidRowsOnly(true));

        assertEquals(3, partial.written());
        assertEquals(List.of(3, 5), partial.problems().stream().map(ImportProblem::sheetRow).toList());
        assertEquals(Set.of("好一", "好二", "好三"), stored().stream().map(Visit::summary).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8-BOM", "GBK"})
    void csvInUtf8WithBomOrGbkIsRead(String encoding) throws Exception {
        String csv = String.join(",", STATION_HEADERS) + "\r\n"
                + "2024年10月12日,城关联络站,李检察官,来访,咨询,欧阳娜娜," + ImportFixtures.idNumber(BIRTH, 11)
                + ",13812345678,\"反映欠薪，共\"\"三\"\"人\",\r\n"
                + "2024/10/13,城关联络站,李检察官,来信,举报,赵丽,,010-12345678,\"多行\n事由\",\r\n";
        Charset charset = encoding.equals("GBK") ? Charset.forName("GBK") : StandardCharsets.UTF_8;
        byte[] body = csv.getBytes(charset);
        byte[] bytes = encoding.equals("GBK") ? body : concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body);
        Path file = Files.write(dir.resolve("register.csv"), bytes);

        ImportReport report = importAll(file);

        assertEquals(List.of(), report.problems());
        assertEquals(2, report.written());
        assertEquals(Set.of("欧阳娜娜", "赵丽"), stored().stream().map(Visit::visitorName).collect(Collectors.toSet()));
        assertEquals(Set.of("反映欠薪，共\"三\"人", "多行\n事由"), stored().stream().map(Visit::summary).collect(Collectors.toSet()));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aMappingGivenForAnUnknownHeaderIsUsedAndRemembered() {
        List<String> headers = new ArrayList<>(STATION_HEADERS);
        headers.set(2, "经办人");
        Path file = xlsx(dir.resolve("own.xlsx"), headers, List.of(row("2024-10-12", "城关联络站", "甲", "", "一")));

        UserFacingException refused = assertThrows(UserFacingException.class, () -> importAll(file));
        assertEquals("exchange.import.missingColumns", refused.messageKey());

        ImportReport mapped = imports.importFile(ImportKind.VISITS, file,
                ImportOptions.allOrNothing().withMapping(Map.of("经办人", "检察官")));
        assertEquals(1, mapped.written());
        assertEquals("prosecutorId", service().rememberedMapping(ImportKind.VISITS).get("经办人"));

        ImportReport again = service().check(ImportKind.VISITS, file, ImportOptions.allOrNothing());
        assertEquals("prosecutorId", again.mapping().get("经办人"));
        assertEquals(1, again.goodRows());
    }

    @Test
    void possibleDuplicatesAreFlaggedButImported() {
        String id = ImportFixtures.idNumber(BIRTH, 21);
        reg.visits.save(TestRegister.visit(station, prosecutor, LocalDate.of(2024, 9, 1), "早先").visitorIdNumber(id).build());
        Path file = xlsx(dir.resolve("dups.xlsx"), STATION_HEADERS, List.of(
                row("2024-10-12", "城关联络站", "甲", id, "同一人再次来访"),
                row("2024-10-13", "城关联络站", "乙", "", "一"),
                row("2024-10-13", "城关联络站", "乙", "", "同日同名")));

        ImportReport report = importAll(file);

        assertEquals(3, report.written());
        assertEquals(List.of(2, 4), report.possibleDuplicates().stream().map(ImportProblem::sheetRow).toList());
        assertTrue(report.possibleDuplicates().get(0).message().contains("登记簿"), report.possibleDuplicates().toString());
        assertTrue(report.possibleDuplicates().get(1).message().contains("第 3 行"), report.possibleDuplicates().toString());
        assertEquals(4, visits());
    }

    @Test
    void cancellingWhileWritingWritesNothingAndProgressCountsTheRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(row("2024-10-12", "城关联络站", "人" + i, "", "事由" + i));
        }
        Path file = xlsx(dir.resolve("many.xlsx"), STATION_HEADERS, rows);
        AtomicInteger asked = new AtomicInteger();
        List<long[]> progress = new ArrayList<>();
        ImportOptions cancelDuringWrite = ImportOptions.allOrNothing()
                .withCancel(() -> asked.incrementAndGet() > 20 + 10)
                .withProgress((done, total) -> progress.add(new long[] {done, total}));

        UserFacingException cancelled = assertThrows(UserFacingException.class,
                () -> imports.importFile(ImportKind.VISITS, file, cancelDuringWrite));

        assertEquals("exchange.import.cancelled", cancelled.messageKey());
        assertTrue(progress.stream().anyMatch(p -> p[0] == 9 && p[1] == 20), "write progress was reported before the cancel");
        assertEquals(0, visits());
        assertEquals(0, auditRows());

        List<long[]> full = new ArrayList<>();
        imports.importFile(ImportKind.VISITS, file, ImportOptions.allOrNothing().withProgress((d, t) -> full.add(new long[] {d, t})));
        assertEquals(20, full.get(full.size() - 1)[0]);
        assertEquals(20, full.get(full.size() - 1)[1]);
        assertEquals(20, visits());
    }

    @Test
    void theErrorReportIsTheOriginalSheetWithAnErrorColumn() throws Exception {
        Path file = xlsx(dir.resolve("report.xlsx"), STATION_HEADERS, List.of(
                row("2024-10-12", "城关联络站", "甲", "", "好"),
                row("2024-10-12", "河西联络站", "乙", "1.10105E+17", "坏")));
        ImportReport report = importAll(file);
        Path out = imports.writeErrorReport(file, report, dir.resolve("检查结果.xlsx"));

        try (InputStream in = Files.newInputStream(out); Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            int errorColumn = STATION_HEADERS.size();
            assertEquals("错误说明", sheet.getRow(0).getCell(errorColumn).getStringCellValue());
            assertEquals("来访日期", sheet.getRow(0).getCell(0).getStringCellValue());
            assertNull(sheet.getRow(1).getCell(errorColumn));
            Row bad = sheet.getRow(2);
            assertEquals("1.10105E+17", bad.getCell(6).getStringCellValue());
            String error = bad.getCell(errorColumn).getStringCellValue();
            assertTrue(error.contains("【站点】联络站“河西联络站”不在名册中"), error);
            assertTrue(error.contains("【身份证号】" + ID_MANGLED), error);
        }
    }

    @Test
    void theTemplateHasHeadersListsATextIdColumnAndAnExampleOnItsOwnSheet() throws Exception {
        Path template = imports.writeTemplate(ImportKind.VISITS, dir.resolve("模板.xlsx"));

        try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(List.of("接访日期", "联络站", "检察官", "接访形式", "类别"), headers.subList(0, 5));
            int idColumn = headers.indexOf("身份证号码");
            int phoneColumn = headers.indexOf("联系电话");
            assertEquals("@", sheet.getColumnStyle(idColumn).getDataFormatString());
            assertEquals("@", sheet.getColumnStyle(phoneColumn).getDataFormatString());
            assertEquals(null, sheet.getRow(1), "the sheet that is imported holds no invented row");
            assertEquals("城关联络站", book.getSheet(TemplateWriter.EXAMPLE_SHEET).getRow(1).getCell(1).getStringCellValue());
            assertEquals(7, sheet.getDataValidations().size());
            assertTrue(book.isSheetHidden(2));
            assertEquals("李检察官", book.getSheetAt(2).getRow(1).getCell(1).getStringCellValue());
        }
        ImportReport unchanged = imports.check(ImportKind.VISITS, template, ImportOptions.allOrNothing());
        assertEquals(0, unchanged.goodRows(), "a template handed back unchanged imports nothing");
        assertEquals(List.of(), unchanged.unknownHeaders());
        assertExampleIsValid(ImportKind.VISITS, template);
    }

    /** 1,000 ID numbers (some ending in X) go in, come out of an unmasked export unchanged, and are seen again. */
    @Test
    void idNumbersSurviveImportExportAndImportAgain() {
        List<List<Object>> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; ids.size() < 1000; i++) {
            String id = ImportFixtures.idNumber(LocalDate.of(1950, 1, 1).plusDays(i / 7), i % 1000);
            if (ids.add(id)) {
                rows.add(row("2024-10-12", "城关联络站", "来访人" + i, id, "事由" + i));
            }
        }
        assertTrue(ids.stream().filter(id -> id.endsWith("X")).count() > 50, "enough numbers ending in X");
        Path file = xlsx(dir.resolve("ids.xlsx"), STATION_HEADERS, rows);
        assertEquals(1000, importAll(file).written());

        Path export = dir.resolve("export.xlsx");
        reg.visits.export(new VisitQuery("", null, null, null, null, null, null, StatusFilter.ALL, false, VisitSort.DATE,
                true, null, 1000), true, export, false);
        Set<String> exported = new HashSet<>();
        int[] idColumn = {-1};
        SheetReader.read(export, (sheetRow, cells) -> {
            if (idColumn[0] < 0) {
                idColumn[0] = cells.stream().map(c -> c.text()).toList().indexOf("身份证号码");
            } else {
                exported.add(cells.get(idColumn[0]).text());
            }
        });
        assertEquals(ids, exported);

        ImportReport again = imports.check(ImportKind.VISITS, export, ImportOptions.allOrNothing());
        assertEquals(List.of(), again.problems());
        assertEquals(1000, again.possibleDuplicates().size());
        String bothReasons = Messages.tr("exchange.import.duplicateInRegister", "身份证号相同、来访人姓名和日期相同");
        assertTrue(again.possibleDuplicates().stream().allMatch(p -> p.message().equals(bothReasons)),
                again.possibleDuplicates().get(0).toString());
        assertFalse(again.mapping().isEmpty());
    }

    /** The roster goes through the same engine: synonyms, roles and stations by name, all or nothing, duplicates flagged. */
    @Test
    void theRosterOfLiaisonsImportsThroughTheSameEngine() throws Exception {
        reg.liaisons.save(new Liaison(null, null, "王网格", reg.reference.list(ReferenceList.LIAISON_ROLE).get(0).id(),
                null, "", "13900001111", null, ""));
        List<String> headers = List.of("姓名", "身份", "所属联络站", "所在网格", "手机", "聘任日期", "备注");
        List<List<Object>> good = List.of(
                List.of("赵联络", "检察联络员", "城关联络站", "东街", "138 1234 5678", "2025年3月1日", "村委委员"),
                List.of("王网格", "网格员", "", "西街", "13900001111", LocalDate.of(2025, 4, 2), ""));
        Path file = xlsx(dir.resolve("名册.xlsx"), headers, good);

        ImportReport report = imports.importFile(ImportKind.ROSTER, file, ImportOptions.allOrNothing());

        assertEquals(List.of(), report.problems());
        assertEquals(2, report.written());
        assertEquals(List.of(3), report.possibleDuplicates().stream().map(ImportProblem::sheetRow).toList());
        assertEquals(Messages.tr("exchange.import.duplicateInRegister", "姓名相同、联系电话相同"),
                report.possibleDuplicates().get(0).message());
        assertEquals(3, reg.liaisons.count(LiaisonQuery.firstPage(100)));

        Path bad = xlsx(dir.resolve("名册2.xlsx"), headers, List.of(
                List.of("钱观察", "公益诉讼观察员", "", "", "", "", ""),
                List.of("孙某", "志愿者", "河西联络站", "", "12345", "2099-01-01", "")));
        ImportReport refused = imports.importFile(ImportKind.ROSTER, bad, ImportOptions.allOrNothing());
        assertEquals(0, refused.written());
        assertEquals(List.of(
                new ImportProblem(3, "身份", "角色“志愿者”不在角色列表中"),
                new ImportProblem(3, "所属联络站", "联络站“河西联络站”不在名册中"),
                new ImportProblem(3, "聘任日期", Messages.tr("common.validation.notInFuture"))), refused.problems());
        assertEquals(3, reg.liaisons.count(LiaisonQuery.firstPage(100)));

        assertExampleIsValid(ImportKind.ROSTER, imports.writeTemplate(ImportKind.ROSTER, dir.resolve("名册模板.xlsx")));
    }

    /** Leads go through the same engine: their rules (a rating is all three scores or none) and the 成案指数 computed. */
    @Test
    void leadsImportThroughTheSameEngine() throws Exception {
        List<String> headers = List.of("收到日期", "来源", "报送人", "电话", "乡镇", "村（社区）", "所属领域", "问题类型",
                "线索内容", "违法可能性", "可查性", "监督价值", "研判结果", "移送单位", "研判日期");
        Path file = xlsx(dir.resolve("线索.xlsx"), headers, List.of(
                List.of("2024.10.12", "网格员报送", "周网格", "13912345678", "城关镇", "东村", "生态环境", "河道排污",
                        "东村河道夜间有企业偷排污水", 4, 3, 5, "移送", "区生态环境局", "2024-10-20"),
                List.of("2024年10月13日", "12345转办", "", "", "城关镇", "", "食品药品", "", "校门口无证摊贩", "", "", "",
                        "", "", ""),
                List.of("2024-10-14", "媒体", "", "", "", "", "水利", "", "水库周边违建", 4, "", "", "", "", "")));

        ImportReport refused = imports.importFile(ImportKind.LEADS, file, ImportOptions.allOrNothing());
        assertEquals(0, refused.written());
        assertEquals(0, leads.countLive());
        assertEquals(List.of(
                new ImportProblem(4, "所属领域", Messages.tr("exchange.import.unknownChoice", "水利",
                        String.join("、", RowValues.labelList(SupervisionField.class, SupervisionField::messageKey)))),
                new ImportProblem(4, "可查性", Messages.tr("leads.validation.ratingIncomplete")),
                new ImportProblem(4, "监督价值", Messages.tr("leads.validation.ratingIncomplete"))), refused.problems());

        ImportReport partial = imports.importFile(ImportKind.LEADS, file, ImportOptions.allOrNothing().withValidRowsOnly(true));
        assertEquals(2, partial.written());
        List<LeadRow> saved = leads.page(LeadQuery.firstPage(100)).items();
        LeadRow referred = saved.stream().filter(r -> r.description().startsWith("东村")).findFirst().orElseThrow();
        assertEquals(Triage.REFERRED, referred.triage());
        assertEquals("区生态环境局", referred.referredTo());
        assertEquals(new LeadRating(4, 3, 5).stars(), referred.stars());
        assertEquals(LocalDate.of(2024, 10, 20), referred.triagedOn());
        LeadRow waiting = saved.stream().filter(r -> r.description().startsWith("校门口")).findFirst().orElseThrow();
        assertEquals(Triage.PENDING, waiting.triage());

        ImportReport again = imports.check(ImportKind.LEADS, file, ImportOptions.allOrNothing().withValidRowsOnly(true));
        assertEquals(List.of(2, 3), again.possibleDuplicates().stream().map(ImportProblem::sheetRow).toList());

        assertExampleIsValid(ImportKind.LEADS, imports.writeTemplate(ImportKind.LEADS, dir.resolve("线索模板.xlsx")));
    }

    private void assertExampleIsValid(ImportKind kind, Path template) throws IOException {
        TemplateExamples.assertExampleIsValid(imports, kind, template);
    }
}
