package org.liaisondesk.register.cases.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.register.cases.CaseFixtures.count;
import static org.liaisondesk.register.cases.CaseFixtures.matter;
import static org.liaisondesk.register.cases.CaseFixtures.readSheet;
import static org.liaisondesk.testsupport.TestRegister.TODAY;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.model.Pages;
import org.liaisondesk.register.cases.CaseFixtures;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.LinkKind;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.model.MatterLink;
import org.liaisondesk.register.cases.model.MatterQuery;
import org.liaisondesk.register.cases.model.MatterSort;
import org.liaisondesk.register.cases.model.MatterStatus;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.testsupport.TestRegister;

/**
 * The case list's Excel export: same rows and order as the list, the unified code as text, parties masked (also
 * inside the name and summary), a minor's case never unmasked, one audit row per export, no half files.
 */
class MatterExportTest {
    private static final int BULK = 1100;
    private static final String AUDITED = "SELECT count(*) FROM audit_log WHERE action = 'EXPORT' AND entity = 'matter'";

    @TempDir
    Path dir;
    TestRegister reg;
    MatterService service;
    ReferenceItem business;
    Matter adults;
    Matter minor;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir.resolve("data"));
        service = CaseFixtures.service(reg);
        Station station = reg.station("清溪村“微检治”联络站");
        Prosecutor prosecutor = reg.prosecutor("周振宇", station);
        business = reg.reference.list(ReferenceList.BUSINESS).get(0);
        long lead = CaseFixtures.insertLead(reg, TODAY.minusDays(5), "网格员报告罗春梅长期遭受家庭暴力");
        adults = service.save(matter("罗春梅诉黄志勇抚养费纠纷支持起诉案", TODAY.minusDays(3))
                .businessLine(BusinessLine.CIVIL).businessId(business.id()).field(SupervisionField.OTHER)
                .officeNumber("崇检民支受〔2026〕12号").unifiedCode("51018420260110001234567")
                .parties("罗春梅、黄志勇").stationId(station.id()).prosecutorId(prosecutor.id())
                .status(MatterStatus.CONCLUDED).concludedOn(TODAY)
                .summary("黄志勇多次殴打罗春梅，罗春梅请求检察机关支持起诉")
                .links(List.of(new MatterLink(LinkKind.LEAD, lead))).build());
        minor = service.save(matter("王小明被诱导吸烟案", TODAY.minusDays(4)).field(SupervisionField.MINORS)
                .problem("向未成年人售烟酒")
                .parties("王小明、赵强").involvesMinor(true).summary("赵强经营的便利店多次向王小明出售香烟").build());
        for (int i = 0; i < BULK; i++) {
            service.save(matter("批量案件 " + i, TODAY.minusDays(10 + i % 300)).build());
        }
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    @Test
    void exportsEveryPageInTheListOrderWithPartiesMaskedEverywhere() throws Exception {
        Path file = dir.resolve("案件台账.xlsx");
        MatterQuery query = MatterQuery.firstPage(50);

        long rows = service.export(query, false, file, false);

        assertEquals(BULK + 2, rows);
        List<List<String>> sheet = readSheet(file);
        assertEquals(BULK + 3, sheet.size(), "header + every row, not only the first page");
        List<String> header = sheet.get(0);
        assertEquals(List.of("受理日期", "案号", "统一业务应用系统案件编码", "案件名称", "检察职能", "业务类别", "领域",
                "问题类型", "当事人", "未成年人", "联络站", "检察官", "办理状态", "办结日期", "关联记录", "案情摘要"), header);
        assertEquals(listOrder(query), column(sheet, "案件名称").stream()
                .map(name -> name.replace("罗某某诉黄某某", "罗春梅诉黄志勇").replace("王某某", "王小明")).toList());

        List<String> a = sheet.get(rowIndex(sheet, "崇检民支受〔2026〕12号"));
        assertEquals("2026-11-20", cell(header, a, "受理日期"));
        assertEquals("51018420260110001234567", cell(header, a, "统一业务应用系统案件编码"));
        assertEquals("罗某某诉黄某某抚养费纠纷支持起诉案", cell(header, a, "案件名称"));
        assertEquals("民事", cell(header, a, "检察职能"));
        assertEquals(business.name(), cell(header, a, "业务类别"));
        assertEquals("罗某某、黄某某", cell(header, a, "当事人"));
        assertEquals("", cell(header, a, "未成年人"));
        assertEquals("清溪村“微检治”联络站", cell(header, a, "联络站"));
        assertEquals("周振宇", cell(header, a, "检察官"));
        assertEquals("办结", cell(header, a, "办理状态"));
        assertEquals("2026-11-23", cell(header, a, "办结日期"));
        assertEquals("1", cell(header, a, "关联记录"));
        assertEquals("黄某某多次殴打罗某某，罗某某请求检察机关支持起诉", cell(header, a, "案情摘要"));

        List<String> m = sheet.get(rowIndex(sheet, "王某某被诱导吸烟案"));
        assertEquals("王某某、赵某", cell(header, m, "当事人"));
        assertEquals("是", cell(header, m, "未成年人"));
        assertEquals("向未成年人售烟酒", cell(header, m, "问题类型"));
        assertEquals("", cell(header, a, "问题类型"), "no problem, an empty cell");
        assertFalse(sheet.toString().contains("春梅") || sheet.toString().contains("小明"), "no party unmasked");

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet s = book.getSheetAt(0);
            assertEquals("案件台账", s.getSheetName());
            int at = rowIndex(sheet, "崇检民支受〔2026〕12号");
            assertEquals(CellType.STRING, s.getRow(at).getCell(header.indexOf("统一业务应用系统案件编码")).getCellType(),
                    "stored as text: no 5.10184E+22");
            assertEquals(CellType.NUMERIC, s.getRow(at).getCell(header.indexOf("关联记录")).getCellType());
            assertEquals(CellType.NUMERIC, s.getRow(at).getCell(header.indexOf("受理日期")).getCellType(), "a real date");
        }
        assertEquals(1, count(reg, AUDITED));
    }

    @Test
    void aFullExportShowsPartiesButNeverThoseOfAMinorsCase() throws Exception {
        Path file = dir.resolve("full.xlsx");
        MatterQuery byName = MatterQuery.firstPage(50).withSort(MatterSort.NAME, false);

        service.export(byName, true, file, false);

        List<List<String>> sheet = readSheet(file);
        List<String> header = sheet.get(0);
        assertEquals(BULK + 3, sheet.size());
        List<String> a = sheet.get(rowIndex(sheet, "崇检民支受〔2026〕12号"));
        assertEquals(adults.name(), cell(header, a, "案件名称"));
        assertEquals("罗春梅、黄志勇", cell(header, a, "当事人"));
        assertEquals(adults.summary(), cell(header, a, "案情摘要"));
        List<String> m = sheet.get(rowIndex(sheet, "王某某被诱导吸烟案"));
        assertEquals("王某某、赵某", cell(header, m, "当事人"));
        assertEquals("赵某经营的便利店多次向王某某出售香烟", cell(header, m, "案情摘要"));
        assertFalse(sheet.toString().contains("小明"), "a minor's case stays masked even in a full export");

        List<String> expected = listOrder(byName);
        List<String> exported = column(sheet, "案件名称").stream().map(n -> n.replace("王某某", "王小明")).toList();
        assertEquals(expected, exported);
        assertEquals(1, count(reg, AUDITED));
    }

    @Test
    void anExistingFileIsNotOverwrittenAndNoPartialFileIsLeft() throws Exception {
        Path file = dir.resolve("已有.xlsx");
        Files.writeString(file, "keep me");
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> service.export(MatterQuery.firstPage(50), false, file, false));
        assertEquals("export.exists", e.messageKey());
        assertEquals("keep me", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")));
        }
        assertEquals(0, count(reg, AUDITED));

        assertEquals(BULK + 2, service.export(MatterQuery.firstPage(50), false, file, true), "overwrite when confirmed");
        assertEquals(BULK + 3, readSheet(file).size());
        assertEquals(1, count(reg, AUDITED));
    }

    /** The case names in the order the list pages through them. */
    private List<String> listOrder(MatterQuery query) {
        List<String> order = new ArrayList<>();
        Pages.forEach(cursor -> service.page(query.after(cursor)), r -> order.add(r.name()));
        return order;
    }

    private static List<String> column(List<List<String>> sheet, String header) {
        int i = sheet.get(0).indexOf(header);
        return sheet.subList(1, sheet.size()).stream().map(r -> r.get(i)).toList();
    }

    /** The row whose office number or (exported) name is {@code key}. */
    private static int rowIndex(List<List<String>> sheet, String key) {
        int number = sheet.get(0).indexOf("案号");
        int name = sheet.get(0).indexOf("案件名称");
        for (int i = 1; i < sheet.size(); i++) {
            if (sheet.get(i).get(number).equals(key) || sheet.get(i).get(name).equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no row " + key);
    }

    private static String cell(List<String> header, List<String> row, String column) {
        int i = header.indexOf(column);
        assertTrue(i >= 0, "no column " + column);
        return i < row.size() ? row.get(i) : "";
    }
}
