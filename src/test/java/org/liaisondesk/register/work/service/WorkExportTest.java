package org.liaisondesk.register.work.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.register.work.WorkFixtures.valid;
import static org.liaisondesk.testsupport.TestRegister.TODAY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.model.Pages;
import org.liaisondesk.common.text.ChineseIdNumber;
import org.liaisondesk.register.roster.ExportedSheet;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.work.WorkFixtures;
import org.liaisondesk.register.work.data.WorkRepository;
import org.liaisondesk.register.work.model.PanelMember;
import org.liaisondesk.register.work.model.WorkActivity;
import org.liaisondesk.register.work.model.WorkKind;
import org.liaisondesk.register.work.model.WorkQuery;
import org.liaisondesk.register.work.model.WorkSort;
import org.liaisondesk.testsupport.TestRegister;

/** The work list's Excel export: same rows and order as the list, figures as numbers, masking, audit, no half files. */
class WorkExportTest {
    /** More than one batch of {@link Pages#BATCH}, so the export must walk several pages. */
    static final int BULK = 1100;
    static final String ADULT_ID = "11010519491231002X";
    static final String MINOR_ID = "51018420120501123" + ChineseIdNumber.checkCharacter("51018420120501123");

    @TempDir
    Path dir;
    TestRegister reg;
    WorkService work;
    Station station;
    Prosecutor prosecutor;
    WorkActivity hearing;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir.resolve("data"));
        work = WorkFixtures.service(reg);
        station = reg.station("宏源社区检察联络站");
        prosecutor = reg.prosecutor("周检察官", station);
        Liaison observer = WorkFixtures.liaison(reg, "魏淑芬", "人民监督员");
        Liaison deputy = WorkFixtures.liaison(reg, "陈建国", "人大代表");
        save(of(WorkKind.JUDICIAL_AID, "困难群众司法救助", 1).applicantName("王秀英").applicantIdNumber(ADULT_ID)
                .amountApprovedFen(800_000L).amountPaidFen(500_050L));
        save(of(WorkKind.JUDICIAL_AID, "未成年人司法救助", 2).applicantName("李小明").applicantIdNumber(MINOR_ID));
        save(of(WorkKind.MEDIATION, "邻里纠纷化解", 3).parties("罗永康、罗永平"));
        save(of(WorkKind.MEDIATION, "涉未成年人纠纷化解", 4).parties("钱贵生、钱小林").involvesMinor(true));
        hearing = save(of(WorkKind.HEARING, "拟不起诉案件公开听证", 5).panel(List.of(
                new PanelMember(observer.id(), observer.name(), ""), new PanelMember(deputy.id(), deputy.name(), ""))));
        save(of(WorkKind.COMMUNITY_SERVICE, "社会公益服务", 6));
        for (int i = 0; i < BULK; i++) {
            save(of(WorkKind.PUBLICITY, String.format("普法宣传第%04d场", i), 10 + i % 300).audienceCount(50 + i));
        }
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private WorkActivity save(WorkActivity.Builder b) {
        return work.save(b.build());
    }

    private WorkActivity.Builder of(WorkKind kind, String title, int daysAgo) {
        return valid(kind, station, prosecutor, TODAY.minusDays(daysAgo), title);
    }

    /** The titles in the list's own order, page after page as the screen would show them. */
    private List<String> listed(WorkQuery query) {
        List<String> titles = new ArrayList<>();
        Pages.forEach(c -> work.page(query.after(c)), r -> titles.add(r.title()));
        return titles;
    }

    @ParameterizedTest(name = "sorted by {0}, descending {1}")
    @CsvSource({"DATE, true", "KIND, false", "TITLE, true"})
    void exportsEveryPageInTheListOrder(WorkSort sort, boolean descending) throws Exception {
        WorkQuery query = WorkQuery.firstPage(50).withSort(sort, descending);
        Path file = dir.resolve("履职活动.xlsx");

        long rows = work.export(query, false, file, false);

        ExportedSheet sheet = ExportedSheet.read(file);
        assertEquals(BULK + 6, rows);
        assertEquals(BULK + 6, sheet.size(), "every row, not only the first page");
        assertEquals(listed(query), sheet.values("活动名称"));
        assertEquals(1, ExportedSheet.auditedExports(reg.db, WorkRepository.ENTITY));
    }

    @Test
    void aMaskedExportHasChineseHeadersFiguresAsNumbersAndNoFullNames() throws Exception {
        Path file = dir.resolve("masked.xlsx");
        work.export(WorkQuery.firstPage(50), false, file, false);

        ExportedSheet sheet = ExportedSheet.read(file);
        assertEquals(List.of("活动日期", "活动类型", "活动名称", "联络站", "检察官"), sheet.headers().subList(0, 5));
        int aid = sheet.rowWith("活动名称", "困难群众司法救助");
        assertEquals(TODAY.minusDays(1).toString(), sheet.cell(aid, "活动日期"));
        assertEquals(CellType.NUMERIC, sheet.type(aid, "活动日期"));
        assertEquals("司法救助", sheet.cell(aid, "活动类型"));
        assertEquals("宏源社区检察联络站", sheet.cell(aid, "联络站"));
        assertEquals("王某某", sheet.cell(aid, "救助申请人"));
        assertEquals("110105********002X", sheet.cell(aid, "申请人身份证号码"));
        assertEquals("8000", sheet.cell(aid, "批准救助金额（元）"));
        assertEquals("5000.5", sheet.cell(aid, "实际发放金额（元）"), "yuan from fen, kept to the fen");
        assertEquals(CellType.NUMERIC, sheet.type(aid, "实际发放金额（元）"));
        int mediation = sheet.rowWith("活动名称", "邻里纠纷化解");
        assertEquals("罗某某、罗某某", sheet.cell(mediation, "当事人"));
        assertEquals("已化解", sheet.cell(mediation, "化解结果"));
        assertEquals("村调解员刘国栋", sheet.cell(mediation, "调解人"));
        int panel = sheet.rowWith("活动名称", "拟不起诉案件公开听证");
        assertEquals("陈建国、魏淑芬", sheet.cell(panel, "听证员"), "liaisons on the panel are named, by name");
        int service = sheet.rowWith("活动名称", "社会公益服务");
        assertEquals("40", sheet.cell(service, "约定服务时长（小时）"));
        assertEquals("10", sheet.cell(service, "已完成服务时长（小时）"));
        assertEquals(CellType.NUMERIC, sheet.type(service, "已完成服务时长（小时）"));
        int publicity = sheet.rowWith("活动名称", "普法宣传第0000场");
        assertEquals("50", sheet.cell(publicity, "受众人数"));
        assertEquals("", sheet.cell(publicity, "已完成服务时长（小时）"));
        for (String fullName : List.of("秀英", "永康", "小明", "贵生", "19491231")) {
            assertFalse(sheet.allText().contains(fullName), fullName + " leaked into a masked export");
        }
    }

    @Test
    void aFullExportKeepsIdentityAsTextButNeverForAnActivityInvolvingAMinor() throws Exception {
        Path file = dir.resolve("full.xlsx");
        work.export(WorkQuery.firstPage(50).withDates(TODAY.minusDays(4), TODAY.minusDays(1)), true, file, false);

        ExportedSheet sheet = ExportedSheet.read(file);
        assertEquals(4, sheet.size());
        int adult = sheet.rowWith("活动名称", "困难群众司法救助");
        assertEquals("王秀英", sheet.cell(adult, "救助申请人"));
        assertEquals(ADULT_ID, sheet.cell(adult, "申请人身份证号码"), "stored as text: no 1.10105E+17, no lost X");
        assertEquals(CellType.STRING, sheet.type(adult, "申请人身份证号码"));
        assertEquals("罗永康、罗永平", sheet.cell(sheet.rowWith("活动名称", "邻里纠纷化解"), "当事人"));

        int minorAid = sheet.rowWith("活动名称", "未成年人司法救助");
        assertEquals("是", sheet.cell(minorAid, "未成年人"), "marked minor from the ID number on save");
        assertEquals("李某某", sheet.cell(minorAid, "救助申请人"));
        assertEquals("510184********" + MINOR_ID.substring(14), sheet.cell(minorAid, "申请人身份证号码"),
                "a minor's ID number stays masked, birth date hidden");
        int minorMediation = sheet.rowWith("活动名称", "涉未成年人纠纷化解");
        assertEquals("钱某某、钱某某", sheet.cell(minorMediation, "当事人"));
        assertFalse(sheet.allText().contains("小明"));
        assertFalse(sheet.allText().contains("小林"));
        assertEquals(1, ExportedSheet.auditedExports(reg.db, WorkRepository.ENTITY));
    }

    @Test
    void theRecycleBinExportsTheDeletedActivitiesOnly() throws Exception {
        work.delete(List.of(hearing.id()));
        Path file = dir.resolve("bin.xlsx");

        long rows = work.export(WorkQuery.firstPage(50).withRecycleBin(true), false, file, false);

        assertEquals(1, rows);
        assertEquals(List.of("拟不起诉案件公开听证"), ExportedSheet.read(file).values("活动名称"));
    }

    @Test
    void anExistingFileIsNotOverwrittenAndNoPartialFileIsLeft() throws Exception {
        Path file = dir.resolve("已有.xlsx");
        Files.writeString(file, "keep me");

        UserFacingException e = assertThrows(UserFacingException.class,
                () -> work.export(WorkQuery.firstPage(50), false, file, false));

        assertEquals("export.exists", e.messageKey());
        assertEquals("keep me", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")));
        }
        assertEquals(0, ExportedSheet.auditedExports(reg.db, WorkRepository.ENTITY));
        assertEquals(BULK + 6, work.export(WorkQuery.firstPage(50), false, file, true), "replaces it when confirmed");
    }
}
