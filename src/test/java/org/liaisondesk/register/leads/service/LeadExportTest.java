package org.liaisondesk.register.leads.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.register.leads.LeadFixtures.lead;
import static org.liaisondesk.register.leads.LeadFixtures.readSheet;
import static org.liaisondesk.testsupport.TestRegister.TODAY;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.liaisondesk.register.leads.LeadFixtures;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.leads.model.LeadQuery;
import org.liaisondesk.register.leads.model.LeadSort;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.testsupport.TestRegister;

/** The lead list's Excel export: same rows and order as the list, text cells, masking, audit, no half files. */
class LeadExportTest {
    private static final int BULK = 1100;

    @TempDir
    Path dir;
    TestRegister reg;
    LeadService leads;
    Lead typed;
    Lead fromRoster;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir.resolve("data"));
        leads = LeadFixtures.service(reg);
        Station station = reg.station("清溪村“微检治”联络站");
        Prosecutor prosecutor = reg.prosecutor("周振宇", station);
        typed = leads.save(lead(TODAY.minusDays(1), "三组河段沿岸堆放大量生活垃圾").source(LeadSource.SNAPSHOT_APP)
                .reporterName("王秀英").reporterPhone("13812341234").stationId(station.id())
                .prosecutorId(prosecutor.id()).grid("三组").rating(4, 3, 5).triage(Triage.NO_ACTION).triagedOn(TODAY)
                .triageReason("镇政府已组织清理完毕").fedBackOn(TODAY).feedbackNote("电话告知报送人").build());
        Liaison worker = LeadFixtures.gridWorker(reg, "何建国", "金桂社区第3网格", "13912345678");
        fromRoster = leads.save(lead(TODAY.minusDays(2), "便利店向初中学生出售香烟").field(SupervisionField.MINORS)
                .problem("向未成年人售烟酒").town("双河街道").village("金桂社区").reporterLiaisonId(worker.id())
                .rating(5, 4, 5)
                .triage(Triage.REFERRED).triagedOn(TODAY).referredTo("区市场监管局").build());
        LeadFixtures.link(reg, LeadFixtures.matter(reg, "崇检公建〔2026〕3号", "售烟类案", TODAY), fromRoster.id());
        for (int i = 0; i < BULK; i++) {
            leads.save(lead(TODAY.minusDays(10 + i % 300), "批量线索 " + i).build());
        }
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    @Test
    void exportsEveryPageInTheListOrderWithMaskedReporters() throws Exception {
        Path file = dir.resolve("线索登记.xlsx");
        LeadQuery query = LeadQuery.firstPage(50);

        long rows = leads.export(query, false, file, false);

        assertEquals(BULK + 2, rows);
        List<List<String>> sheet = readSheet(file);
        assertEquals(BULK + 3, sheet.size(), "header + every row, not only the first page");
        List<String> header = sheet.get(0);
        assertEquals(List.of("收到日期", "线索来源", "报送人姓名", "报送人电话", "报送人身份", "联络站", "检察官", "镇街",
                "村社", "网格", "领域", "问题类型", "线索内容", "违法可能性", "可查性", "监督价值", "成案指数", "研判结果", "研判日期",
                "移送单位", "研判意见/理由", "反馈", "反馈日期", "反馈情况", "关联案件"), header);
        assertEquals(listOrder(query), column(sheet, "线索内容"));

        List<String> first = rowOf(sheet, typed.description());
        assertEquals("2026-11-22", cell(header, first, "收到日期"));
        assertEquals("“随手拍”", cell(header, first, "线索来源"));
        assertEquals("王某某", cell(header, first, "报送人姓名"));
        assertEquals("138****1234", cell(header, first, "报送人电话"));
        assertEquals("清溪村“微检治”联络站", cell(header, first, "联络站"));
        assertEquals("周振宇", cell(header, first, "检察官"));
        assertEquals(List.of("4", "3", "5", "4"), List.of(cell(header, first, "违法可能性"), cell(header, first, "可查性"),
                cell(header, first, "监督价值"), cell(header, first, "成案指数")));
        assertEquals("不予处理", cell(header, first, "研判结果"));
        assertEquals("镇政府已组织清理完毕", cell(header, first, "研判意见/理由"));
        assertEquals("已反馈", cell(header, first, "反馈"));
        assertEquals("2026-11-23", cell(header, first, "反馈日期"));
        assertEquals("电话告知报送人", cell(header, first, "反馈情况"));

        List<String> second = rowOf(sheet, fromRoster.description());
        assertEquals("何某某", cell(header, second, "报送人姓名"));
        assertEquals("139****5678", cell(header, second, "报送人电话"));
        assertEquals(reg.reference.list(ReferenceList.LIAISON_ROLE).get(0).name(), cell(header, second, "报送人身份"));
        assertEquals("未成年人保护", cell(header, second, "领域"));
        assertEquals("向未成年人售烟酒", cell(header, second, "问题类型"));
        assertEquals("", cell(header, first, "问题类型"), "no problem, an empty cell");
        assertEquals("移送", cell(header, second, "研判结果"));
        assertEquals("区市场监管局", cell(header, second, "移送单位"));
        assertEquals("未反馈", cell(header, second, "反馈"));
        assertEquals("崇检公建〔2026〕3号", cell(header, second, "关联案件"));

        List<String> waiting = rowOf(sheet, "批量线索 7");
        assertEquals(List.of("待研判", "", ""), List.of(cell(header, waiting, "研判结果"), cell(header, waiting, "反馈"),
                cell(header, waiting, "成案指数")), "a lead not yet studied owes no feedback and has no stars");
        assertFalse(sheet.toString().contains("秀英") || sheet.toString().contains("建国"), "no reporter unmasked");

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet s = book.getSheetAt(0);
            assertEquals("线索登记", s.getSheetName());
            int at = sheet.indexOf(first);
            assertEquals(CellType.NUMERIC, s.getRow(at).getCell(header.indexOf("成案指数")).getCellType());
            assertEquals(CellType.NUMERIC, s.getRow(at).getCell(header.indexOf("收到日期")).getCellType(), "a real date");
        }
        assertEquals(1, LeadFixtures.exportsAudited(reg));
    }

    @Test
    void aFullExportKeepsReportersAsTextInAnotherSortOrder() throws Exception {
        Path file = dir.resolve("full.xlsx");
        LeadQuery byStars = LeadQuery.firstPage(50).withSort(LeadSort.STARS, true);

        leads.export(byStars, true, file, false);

        List<List<String>> sheet = readSheet(file);
        List<String> header = sheet.get(0);
        assertEquals(listOrder(byStars), column(sheet, "线索内容"));
        assertEquals(fromRoster.description(), sheet.get(1).get(header.indexOf("线索内容")), "five stars first");
        List<String> first = rowOf(sheet, typed.description());
        assertEquals("王秀英", cell(header, first, "报送人姓名"));
        assertEquals("13812341234", cell(header, first, "报送人电话"));
        assertEquals("何建国", cell(header, rowOf(sheet, fromRoster.description()), "报送人姓名"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var phone = book.getSheetAt(0).getRow(sheet.indexOf(first)).getCell(header.indexOf("报送人电话"));
            assertEquals(CellType.STRING, phone.getCellType(), "stored as text: no 1.38E+10");
        }
        assertEquals(1, LeadFixtures.exportsAudited(reg));
        String recorded = reg.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT new_value FROM audit_log WHERE action = 'EXPORT'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertTrue(recorded.contains("\"unmasked\":true") && recorded.contains("\"rows\":" + (BULK + 2)), recorded);
    }

    @Test
    void theRecycleBinExportsOnlyDeletedLeads() throws Exception {
        leads.delete(List.of(typed.id()));
        Path file = dir.resolve("回收站.xlsx");

        assertEquals(1, leads.export(LeadQuery.firstPage(50).withRecycleBin(true), false, file, false));

        List<List<String>> sheet = readSheet(file);
        assertEquals(2, sheet.size());
        assertEquals(typed.description(), sheet.get(1).get(sheet.get(0).indexOf("线索内容")));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals("线索回收站", book.getSheetAt(0).getSheetName());
        }
    }

    @Test
    void anExistingFileIsNotOverwrittenAndNoPartialFileIsLeft() throws Exception {
        Path file = dir.resolve("已有.xlsx");
        Files.writeString(file, "keep me");
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> leads.export(LeadQuery.firstPage(50), false, file, false));
        assertEquals("export.exists", e.messageKey());
        assertEquals("keep me", Files.readString(file));
        UserFacingException missing = assertThrows(UserFacingException.class,
                () -> leads.export(LeadQuery.firstPage(50), false, dir.resolve("nope/x.xlsx"), false));
        assertEquals("export.noFolder", missing.messageKey());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")));
        }
        assertEquals(0, LeadFixtures.exportsAudited(reg));
    }

    /** The descriptions in the order the list pages through them. */
    private List<String> listOrder(LeadQuery query) {
        List<String> order = new ArrayList<>();
        Pages.forEach(cursor -> leads.page(query.after(cursor)), r -> order.add(r.description()));
        return order;
    }

    private static List<String> column(List<List<String>> sheet, String header) {
        int i = sheet.get(0).indexOf(header);
        return sheet.subList(1, sheet.size()).stream().map(r -> r.get(i)).toList();
    }

    private static List<String> rowOf(List<List<String>> sheet, String description) {
        int i = sheet.get(0).indexOf("线索内容");
        return sheet.stream().filter(r -> r.get(i).equals(description)).findFirst().orElseThrow();
    }

    private static String cell(List<String> header, List<String> row, String column) {
        int i = header.indexOf(column);
        assertTrue(i >= 0, "no column " + column);
        return i < row.size() ? row.get(i) : "";
    }
}
