package org.liaisondesk.exchange.imports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.exchange.imports.service.ImportFixtures.xlsx;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.exchange.imports.model.ImportOptions;
import org.liaisondesk.exchange.imports.model.ImportProblem;
import org.liaisondesk.exchange.imports.model.ImportReport;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.work.model.WorkActivity;
import org.liaisondesk.register.work.model.WorkKind;
import org.liaisondesk.register.work.model.WorkQuery;
import org.liaisondesk.testsupport.TestRegister;

/** Work done (履职活动) through the import engine, with real .xlsx files and a real register. */
class WorkImportTest {
    /** A station's own register of work done: synonyms of our headers, one column per kind-specific field. */
    private static final List<String> HEADERS = List.of("日期", "类型", "名称", "站点", "承办人", "地点", "关联案号", "当事人",
            "调解员", "是否化解", "申请人", "身份证号", "救助金额", "发放金额", "主题", "受众", "服务时长", "结果", "说明");
    private static final String CASE_NUMBER = "某检民公〔2024〕7号";
    private static final String MINOR_ID = ImportFixtures.idNumber(LocalDate.of(2012, 3, 4), 15);

    @TempDir
    Path dir;
    private TestRegister reg;
    private ImportServices services;
    private ImportService imports;
    private Station station;
    private Matter matter;

    @BeforeEach
    void register() {
        reg = new TestRegister(dir.resolve("data"));
        station = reg.station("城关联络站");
        reg.prosecutor("李检察官", station);
        services = ImportServices.over(reg, dir.resolve("data"));
        imports = services.imports();
        matter = services.matters().save(Matter.builder().acceptedOn(LocalDate.of(2024, 1, 5)).officeNumber(CASE_NUMBER)
                .name("王某申请司法救助案").businessLine(BusinessLine.CIVIL).field(SupervisionField.OTHER).build());
    }

    @AfterEach
    void close() {
        reg.close();
    }

    /** A row of {@link #HEADERS} from header, value pairs; the other cells are left empty. */
    private static List<Object> row(Object... headerValues) {
        Object[] cells = new Object[HEADERS.size()];
        Arrays.fill(cells, "");
        for (int i = 0; i < headerValues.length; i += 2) {
            int column = HEADERS.indexOf((String) headerValues[i]);
            assertTrue(column >= 0, "no column " + headerValues[i]);
            cells[column] = headerValues[i + 1];
        }
        return new ArrayList<>(Arrays.asList(cells));
    }

    /** A good 普法宣传 row with the changes ({@code header → value}) applied. */
    private static List<Object> publicity(String title, Map<String, Object> changes) {
        List<Object> row = row("日期", "2024-10-12", "类型", "普法宣传", "名称", title, "站点", "城关联络站",
                "承办人", "李检察官", "地点", "东村村委会", "主题", "宪法宣传", "受众", 120);
        changes.forEach((header, value) -> row.set(HEADERS.indexOf(header), value));
        return row;
    }

    private long activities() {
        return services.work().countLive();
    }

    private long auditRows() {
        return reg.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM audit_log WHERE entity = 'work_activity'"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private WorkActivity storedTitled(String title) {
        return services.work().page(WorkQuery.firstPage(100)).items().stream()
                .map(r -> services.work().find(r.id()).orElseThrow())
                .filter(a -> a.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void everyKindImportsWithItsOwnFieldsMoneyInFenAndTheLinkedCase() {
        Path file = xlsx(dir.resolve("履职.xlsx"), HEADERS, List.of(
                row("日期", "2024-10-12", "类型", "矛盾纠纷化解", "名称", "宅基地纠纷调解", "站点", "城关联络站",
                        "当事人", "张某、王某", "调解员", "村调委会刘某", "是否化解", "已化解", "结果", "达成协议"),
                row("日期", "2024年10月13日", "类型", "司法救助", "名称", "王小明司法救助", "关联案号", CASE_NUMBER,
                        "申请人", "王小明", "身份证号", MINOR_ID, "救助金额", "2,000.50", "发放金额", 2000, "结果", "已发放"),
                publicity("宪法进村", Map.of()),
                row("日期", "2024/10/15", "类型", "社会公益服务", "名称", "赵某公益服务", "当事人", "赵某", "服务时长", "40",
                        "说明", "每周六")));

        ImportReport report = imports.importFile(ImportKind.WORK, file, ImportOptions.allOrNothing());

        assertEquals(List.of(), report.problems());
        assertEquals(4, report.written());
        assertEquals(4, activities());
        assertEquals(4, auditRows());
        WorkActivity mediation = storedTitled("宅基地纠纷调解");
        assertEquals(WorkKind.MEDIATION, mediation.kind());
        assertEquals(Boolean.TRUE, mediation.resolved());
        assertEquals("村调委会刘某", mediation.mediator());
        assertEquals(station.id(), mediation.stationId());
        WorkActivity aid = storedTitled("王小明司法救助");
        assertEquals(200050L, aid.amountApprovedFen());
        assertEquals(200000L, aid.amountPaidFen());
        assertEquals(MINOR_ID, aid.applicantIdNumber());
        assertTrue(aid.involvesMinor(), "an applicant under 18 marks the activity as involving a minor");
        assertEquals(matter.id(), aid.matterId());
        assertEquals(LocalDate.of(2024, 10, 13), aid.heldOn());
        WorkActivity talk = storedTitled("宪法进村");
        assertEquals(120, talk.audienceCount());
        assertEquals("宪法宣传", talk.topic());
        assertFalse(talk.involvesMinor());
        WorkActivity service = storedTitled("赵某公益服务");
        assertEquals(40, service.hoursAgreed());
        assertEquals("每周六", service.note());
    }

    static Stream<Arguments> badCells() {
        return Stream.of(
                Arguments.of("an unknown kind", Map.of("类型", "座谈会"), "类型", Messages.tr("exchange.import.unknownChoice",
                        "座谈会", String.join("、", RowValues.labelList(WorkKind.class, WorkKind::messageKey)))),
                Arguments.of("a field of another kind", Map.of("调解员", "刘某"), "调解员",
                        Messages.tr("exchange.import.notForKind", "普法宣传")),
                Arguments.of("an audience that is not a number", Map.of("受众", "很多"), "受众",
                        Messages.tr("exchange.import.badNumber", "很多")),
                Arguments.of("a date in the future", Map.of("日期", "2027-01-05"), "日期",
                        Messages.tr("common.validation.notInFuture")),
                Arguments.of("no title", Map.of("名称", ""), "名称", Messages.tr("common.validation.required")),
                Arguments.of("a case number not in the register", Map.of("关联案号", "某检民公〔2024〕99号"), "关联案号",
                        Messages.tr("exchange.import.unknownCase", "某检民公〔2024〕99号")),
                Arguments.of("a station not in the roster", Map.of("站点", "河西联络站"), "站点",
                        Messages.tr("exchange.import.unknownStation", "河西联络站")),
                Arguments.of("publicity without a topic", Map.of("主题", ""), "主题", Messages.tr("common.validation.required")),
                Arguments.of("mediation without parties", Map.of("类型", "矛盾纠纷化解", "主题", "", "受众", ""), "当事人",
                        Messages.tr("common.validation.required")),
                Arguments.of("an unknown mediation result", Map.of("类型", "矛盾纠纷化解", "主题", "", "受众", "",
                        "当事人", "张某", "是否化解", "部分化解"), "是否化解",
                        Messages.tr("exchange.import.unknownChoice", "部分化解", "已化解、未化解")),
                Arguments.of("an amount that is not money", aid(Map.of("救助金额", "两千")), "救助金额",
                        Messages.tr("common.money.notANumber")),
                Arguments.of("more paid than approved", aid(Map.of("发放金额", "3000")), "发放金额",
                        Messages.tr("work.validation.paidOverApproved")),
                Arguments.of("an ID number Excel stored as a number", aid(Map.of("身份证号",
                        Double.parseDouble(MINOR_ID.substring(0, 17) + "0"))), "身份证号",
                        Messages.tr("exchange.import.idMangled")));
    }

    /** Changes turning the 普法宣传 row into a good 司法救助 row, then {@code more}. */
    private static Map<String, Object> aid(Map<String, Object> more) {
        Map<String, Object> changes = new HashMap<>(Map.of("类型", "司法救助", "主题", "", "受众", "", "申请人", "王小明",
                "救助金额", "2000"));
        changes.putAll(more);
        return changes;
    }

    /** Each bad cell is named with its row and column, and nothing of the file is written. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badCells")
    void aBadCellIsNamedAndNothingIsWritten(String what, Map<String, Object> changes, String header, String message) {
        Path file = xlsx(dir.resolve("bad.xlsx"), HEADERS, List.of(publicity("好", Map.of()), publicity("坏", changes)));

        ImportReport report = imports.importFile(ImportKind.WORK, file, ImportOptions.allOrNothing());

        assertEquals(List.of(new ImportProblem(3, header, message)), report.problems());
        assertEquals(2, report.totalRows());
        assertEquals(1, report.goodRows());
        assertEquals(0, report.written());
        assertEquals(0, activities());
    }

    @Test
    void validRowsOnlyImportsExactlyTheGoodRows() {
        Path file = xlsx(dir.resolve("mixed.xlsx"), HEADERS, List.of(
                publicity("好一", Map.of()),
                publicity("坏一", Map.of("类型", "座谈会")),
                publicity("好二", Map.of("日期", "2024.10.13"))));

        assertEquals(0, imports.importFile(ImportKind.WORK, file, ImportOptions.allOrNothing()).written());
        assertEquals(0, activities());

        ImportReport partial = imports.importFile(ImportKind.WORK, file, ImportOptions.allOrNothing().withValidRowsOnly(true));

        assertEquals(2, partial.written());
        assertEquals(List.of(3), partial.problems().stream().map(ImportProblem::sheetRow).toList());
        assertEquals(2, activities());
        assertEquals(2, auditRows());
    }

    @Test
    void theSameDateStationKindAndTitleIsFlaggedButImported() {
        services.work().save(WorkActivity.builder().kind(WorkKind.PUBLICITY).heldOn(LocalDate.of(2024, 10, 12))
                .stationId(station.id()).title("宪法进村").topic("宪法").build());
        Path file = xlsx(dir.resolve("dups.xlsx"), HEADERS, List.of(
                publicity("宪法进村", Map.of()),
                publicity("防诈宣传", Map.of()),
                publicity("防诈宣传", Map.of()),
                publicity("防诈宣传", Map.of("日期", "2024-10-13")),
                publicity("防诈宣传", Map.of("站点", ""))));

        ImportReport report = imports.importFile(ImportKind.WORK, file, ImportOptions.allOrNothing());

        assertEquals(5, report.written());
        String same = Messages.tr("exchange.import.sameActivity");
        assertEquals(List.of(
                new ImportProblem(2, "", Messages.tr("exchange.import.duplicateInRegister", same)),
                new ImportProblem(4, "", Messages.tr("exchange.import.duplicateInFile", 3, same))), report.possibleDuplicates());
        assertEquals(6, activities());
    }

    @Test
    void theTemplateReopensWithItsDropDownsAndAValidExample() throws Exception {
        Path template = imports.writeTemplate(ImportKind.WORK, dir.resolve("履职模板.xlsx"));

        try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(List.of("活动日期", "活动类型", "活动名称", "联络站", "检察官"), headers.subList(0, 5));
            assertEquals("@", sheet.getColumnStyle(headers.indexOf("申请人身份证号码")).getDataFormatString());
            assertNull(sheet.getRow(1), "the sheet that is imported holds no invented row");
            List<String> listed = new ArrayList<>();
            for (DataValidation v : sheet.getDataValidations()) {
                listed.add(headers.get(v.getRegions().getCellRangeAddress(0).getFirstColumn()));
            }
            assertEquals(List.of("活动类型", "联络站", "检察官", "未成年人", "化解结果"),
                    listed.stream().sorted((a, b) -> headers.indexOf(a) - headers.indexOf(b)).toList());
            assertTrue(book.isSheetHidden(2));
            assertEquals("矛盾纠纷化解", book.getSheetAt(2).getRow(1).getCell(0).getStringCellValue());
        }
        ImportReport unchanged = imports.check(ImportKind.WORK, template, ImportOptions.allOrNothing());
        assertEquals(0, unchanged.totalRows(), "a template handed back unchanged holds no row");
        assertEquals(List.of(), unchanged.unknownHeaders());
        TemplateExamples.assertExampleIsValid(imports, ImportKind.WORK, template);
    }
}
