package org.liaisondesk.exchange.imports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.exchange.imports.service.ImportFixtures.xlsx;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.exchange.imports.model.ImportOptions;
import org.liaisondesk.exchange.imports.model.ImportProblem;
import org.liaisondesk.exchange.imports.model.ImportReport;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.model.MatterQuery;
import org.liaisondesk.register.cases.model.MatterStatus;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.testsupport.TestRegister;

/** Cases (案件台账) through the import engine, with real .xlsx files and a real register. */
class CaseImportTest {
    /** A station's own case register: synonyms of our headers, and a column of its own. */
    private static final List<String> HEADERS = List.of("受案日期", "本院案号", "统一受案号", "案件名称", "职能", "业务",
            "所属领域", "当事人", "承办人", "站点", "状态", "结案日期", "简要案情", "内部备注");
    private static final String CODE = "32010200220260001200001";

    @TempDir
    Path dir;
    private TestRegister reg;
    private ImportServices services;
    private ImportService imports;
    private Station station;
    private Prosecutor prosecutor;

    @BeforeEach
    void register() {
        reg = new TestRegister(dir.resolve("data"));
        station = reg.station("城关联络站");
        prosecutor = reg.prosecutor("李检察官", station);
        services = ImportServices.over(reg, dir.resolve("data"));
        imports = services.imports();
    }

    @AfterEach
    void close() {
        reg.close();
    }

    /** A good row: accepted on {@code date}, numbered {@code number}, open, at 城关联络站 with 李检察官. */
    private static List<Object> row(Object date, String number, String code, String name) {
        return new ArrayList<>(List.of(date, number, code, name, "公益诉讼", "公益诉讼检察", "生态环境", "王某，李某",
                "李检察官", "城关联络站", "", "", "河道被倾倒建筑垃圾", "仅本站使用"));
    }

    /** Digits as a Chinese input method types them: ０１２… */
    private static String fullWidth(String digits) {
        return digits.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '\uFF10'))).reduce("", String::concat);
    }

    private long cases() {
        return services.matters().countLive();
    }

    private long auditRows() {
        return reg.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_log WHERE entity = 'matter'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private List<Matter> stored() {
        return services.matters().page(MatterQuery.firstPage(100)).items().stream()
                .map(r -> services.matters().find(r.id()).orElseThrow()).toList();
    }

    private Matter storedNamed(String name) {
        return stored().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private ImportReport importAll(Path file) {
        return imports.importFile(ImportKind.CASES, file, ImportOptions.allOrNothing());
    }

    @Test
    void casesImportCleanedAsTheServiceCleansThemWithTheirAuditRows() {
        String typedCode = fullWidth(CODE.substring(0, 10)) + " " + fullWidth(CODE.substring(10));
        List<Object> open = row("2024-10-12", "某检民公〔2024〕7号", typedCode, "东河倾倒垃圾案");
        List<Object> concluded = row("2024年3月1日", "", "", "西村违建案");
        concluded.set(11, LocalDate.of(2024, 9, 30));
        concluded.set(6, "国土资源/耕地保护");
        Path file = xlsx(dir.resolve("案件.xlsx"), HEADERS, List.of(open, concluded));

        ImportReport report = importAll(file);

        assertEquals(List.of(), report.problems());
        assertEquals(2, report.written());
        assertEquals(List.of("内部备注"), report.unknownHeaders());
        assertEquals(Map.of("受案日期", "acceptedOn", "统一受案号", "unifiedCode", "承办人", "prosecutorId"),
                Map.of("受案日期", report.mapping().get("受案日期"), "统一受案号", report.mapping().get("统一受案号"),
                        "承办人", report.mapping().get("承办人")));
        assertEquals(2, cases());
        assertEquals(2, auditRows());
        Matter first = storedNamed("东河倾倒垃圾案");
        assertEquals(CODE, first.unifiedCode());
        assertEquals("某检民公〔2024〕7号", first.officeNumber());
        assertEquals("王某、李某", first.parties());
        assertEquals(BusinessLine.PUBLIC_INTEREST, first.businessLine());
        assertEquals(reg.reference.list(ReferenceList.BUSINESS).stream().filter(b -> b.name().equals("公益诉讼检察"))
                .findFirst().orElseThrow().id(), first.businessId());
        assertEquals(SupervisionField.ECOLOGY, first.field());
        assertEquals(station.id(), first.stationId());
        assertEquals(prosecutor.id(), first.prosecutorId());
        assertEquals(MatterStatus.OPEN, first.status());
        assertEquals(LocalDate.of(2024, 10, 12), first.acceptedOn());
        Matter second = storedNamed("西村违建案");
        assertEquals(MatterStatus.CONCLUDED, second.status(), "a blank status with a 结案日期 is 办结");
        assertEquals(LocalDate.of(2024, 9, 30), second.concludedOn());
        assertEquals(SupervisionField.LAND, second.field());
        assertEquals("", second.officeNumber());
    }

    static Stream<Arguments> badCells() {
        return Stream.of(
                Arguments.of("a date that does not exist", 0, "2024-02-30", "受案日期",
                        Messages.tr("exchange.import.badDate", "2024-02-30")),
                Arguments.of("an acceptance date in the future", 0, "2027-01-05", "受案日期",
                        Messages.tr("common.validation.notInFuture")),
                Arguments.of("an office number used by a case in the register", 1, "某检民公〔2024〕1号", "本院案号",
                        Messages.tr("cases.validation.officeNumberTaken", "早先的案件")),
                Arguments.of("a unified code of 22 digits", 2, CODE.substring(1), "统一受案号",
                        Messages.tr("cases.unifiedCode.WRONG_LENGTH")),
                Arguments.of("a unified code with letters", 2, "A" + CODE.substring(1), "统一受案号",
                        Messages.tr("cases.unifiedCode.ILLEGAL_CHARACTER")),
                Arguments.of("no case name", 3, "", "案件名称", Messages.tr("common.validation.required")),
                Arguments.of("an unknown function", 4, "监察", "职能", Messages.tr("exchange.import.unknownChoice", "监察",
                        String.join("、", RowValues.labelList(BusinessLine.class, BusinessLine::messageKey)))),
                Arguments.of("a business not in the list", 5, "综合业务", "业务",
                        Messages.tr("exchange.import.unknownBusiness", "综合业务")),
                Arguments.of("no field", 6, "", "所属领域", Messages.tr("common.validation.required")),
                Arguments.of("a prosecutor not in the roster", 8, "王检", "承办人",
                        Messages.tr("exchange.import.unknownProsecutor", "王检")),
                Arguments.of("a station not in the roster", 9, "河西联络站", "站点",
                        Messages.tr("exchange.import.unknownStation", "河西联络站")),
                Arguments.of("办结 without a 结案日期", 10, "办结", "结案日期",
                        Messages.tr("cases.validation.concludedOnRequired")),
                Arguments.of("a 结案日期 while still open", 10, "办理中", "结案日期",
                        Messages.tr("cases.validation.concludedOnOnlyWhenConcluded")));
    }

    /** Each bad cell is named with its row and column, and nothing of the file is written. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badCells")
    void aBadCellIsNamedAndNothingIsWritten(String what, int column, String value, String header, String message) {
        services.matters().save(Matter.builder().acceptedOn(LocalDate.of(2024, 1, 5)).officeNumber("某检民公〔2024〕1号")
                .name("早先的案件").businessLine(BusinessLine.CIVIL).field(SupervisionField.OTHER).build());
        List<Object> bad = row("2024-10-12", "某检民公〔2024〕9号", "", "乙案");
        bad.set(column, value);
        if (value.equals("办理中")) {
            bad.set(11, "2024-10-20");
        }
        Path file = xlsx(dir.resolve("bad.xlsx"), HEADERS, List.of(row("2024-10-11", "某检民公〔2024〕8号", "", "甲案"), bad));
        long before = cases();

        ImportReport report = importAll(file);

        assertEquals(List.of(new ImportProblem(3, header, message)), report.problems());
        assertEquals(2, report.totalRows());
        assertEquals(1, report.goodRows());
        assertEquals(0, report.written());
        assertEquals(before, cases());
    }

    @Test
    void anOfficeNumberTwiceInTheFileRefusesTheLaterRowAndValidRowsOnlyKeepsTheFirst() {
        Path file = xlsx(dir.resolve("twice.xlsx"), HEADERS, List.of(
                row("2024-02-30", "某检民公〔2024〕3号", "", "坏行不占用案号"),
                row("2024-10-11", "某检民公〔2024〕3号", "", "甲案"),
                row("2024-10-12", "某检民公〔2024〕4号", "", "乙案"),
                row("2024-10-13", "某检民公〔2024〕3号", "", "丙案")));

        ImportReport refused = importAll(file);
        assertEquals(0, refused.written());
        assertEquals(List.of(
                new ImportProblem(2, "受案日期", Messages.tr("exchange.import.badDate", "2024-02-30")),
                new ImportProblem(5, "本院案号", Messages.tr("exchange.import.officeNumberInFile", 3))), refused.problems());
        assertEquals(0, cases());

        ImportReport partial = imports.importFile(ImportKind.CASES, file, ImportOptions.allOrNothing().withValidRowsOnly(true));

        assertEquals(2, partial.written());
        assertEquals(List.of("乙案", "甲案"), stored().stream().map(Matter::name).sorted().toList());
        assertEquals("甲案", stored().stream().filter(m -> m.officeNumber().equals("某检民公〔2024〕3号"))
                .findFirst().orElseThrow().name());
    }

    @Test
    void aSharedUnifiedCodeIsFlaggedButImported() {
        services.matters().save(Matter.builder().acceptedOn(LocalDate.of(2024, 1, 5)).unifiedCode(CODE)
                .name("早先的案件").businessLine(BusinessLine.CIVIL).field(SupervisionField.OTHER).build());
        String other = "32010200220260001200002";
        Path file = xlsx(dir.resolve("dups.xlsx"), HEADERS, List.of(
                row("2024-10-11", "", CODE, "甲案"),
                row("2024-10-12", "", other, "乙案"),
                row("2024-10-13", "", other, "丙案"),
                row("2024-10-14", "", "", "丁案")));

        ImportReport report = importAll(file);

        assertEquals(4, report.written());
        assertEquals(List.of(
                new ImportProblem(2, "", Messages.tr("exchange.import.duplicateInRegister", "统一业务应用系统案件编码相同")),
                new ImportProblem(4, "", Messages.tr("exchange.import.duplicateInFile", 3, "统一业务应用系统案件编码相同"))),
                report.possibleDuplicates());
        assertEquals(5, cases());
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedBeforeAnyRowIsRead() {
        List<String> headers = List.of("受案日期", "案件名称", "所属领域");
        Path file = xlsx(dir.resolve("missing.xlsx"), headers, List.of(List.of("2024-10-12", "甲案", "生态环境")));

        UserFacingException refused = assertThrows(UserFacingException.class, () -> importAll(file));

        assertEquals("exchange.import.missingColumns", refused.messageKey());
        assertTrue(refused.localizedMessage().contains("检察职能"), refused.localizedMessage());
        assertEquals(0, cases());
    }

    @Test
    void anExportedCaseListImportsBackAsFlaggedDuplicates() {
        Path file = xlsx(dir.resolve("案件.xlsx"), HEADERS, List.of(row("2024-10-11", "", CODE, "甲案")));
        assertEquals(1, importAll(file).written());
        Path export = dir.resolve("导出.xlsx");
        services.matters().export(MatterQuery.firstPage(100), true, export, false);

        ImportReport again = imports.check(ImportKind.CASES, export, ImportOptions.allOrNothing());

        assertEquals(List.of(), again.problems());
        assertEquals(1, again.goodRows());
        assertEquals(List.of(2), again.possibleDuplicates().stream().map(ImportProblem::sheetRow).toList());
    }

    @Test
    void theTemplateReopensWithItsDropDownsATextCodeColumnAndAValidExample() throws Exception {
        Path template = imports.writeTemplate(ImportKind.CASES, dir.resolve("案件模板.xlsx"));

        try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(List.of("受理日期", "案号", "统一业务应用系统案件编码", "案件名称", "检察职能"), headers.subList(0, 5));
            assertEquals("@", sheet.getColumnStyle(headers.indexOf("统一业务应用系统案件编码")).getDataFormatString());
            assertEquals("@", sheet.getColumnStyle(headers.indexOf("案号")).getDataFormatString());
            assertNull(sheet.getRow(1), "the sheet that is imported holds no invented row");
            List<String> listed = new ArrayList<>();
            for (DataValidation v : sheet.getDataValidations()) {
                listed.add(headers.get(v.getRegions().getCellRangeAddress(0).getFirstColumn()));
            }
            assertEquals(List.of("检察职能", "业务类别", "领域", "未成年人", "联络站", "检察官", "办理状态"),
                    listed.stream().sorted((a, b) -> headers.indexOf(a) - headers.indexOf(b)).toList());
            XSSFSheet choices = book.getSheetAt(2);
            assertTrue(book.isSheetHidden(2));
            List<String> firstChoices = new ArrayList<>();
            for (int r = 1; r <= choices.getLastRowNum(); r++) {
                if (choices.getRow(r).getCell(0) != null) {
                    firstChoices.add(choices.getRow(r).getCell(0).getStringCellValue());
                }
            }
            assertEquals(List.of("刑事", "民事", "行政", "公益诉讼"), firstChoices);
        }
        ImportReport unchanged = imports.check(ImportKind.CASES, template, ImportOptions.allOrNothing());
        assertEquals(0, unchanged.totalRows(), "a template handed back unchanged holds no row");
        assertEquals(List.of(), unchanged.unknownHeaders());
        TemplateExamples.assertExampleIsValid(imports, ImportKind.CASES, template);
    }
}
