package org.liaisondesk.register.roster.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.model.Pages;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.roster.ExportedSheet;
import org.liaisondesk.register.roster.RegisterRows;
import org.liaisondesk.register.roster.data.LiaisonRepository;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.LiaisonQuery;
import org.liaisondesk.register.roster.model.LiaisonSort;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.testsupport.TestRegister;

/** The liaison roster's Excel export: same rows and order as the list, names shown, phones masked, audit. */
class LiaisonExportTest {
    /** More than one batch of {@link Pages#BATCH}, so the export must walk several pages. */
    static final int BULK = 1100;

    @TempDir
    Path dir;
    TestRegister reg;
    Map<String, ReferenceItem> roles;
    Station qingxi;
    Liaison wang;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir.resolve("data"));
        roles = reg.reference.list(ReferenceList.LIAISON_ROLE).stream()
                .collect(Collectors.toMap(ReferenceItem::name, Function.identity()));
        qingxi = reg.station("清溪村“微检治”联络站");
        Station chongyang = reg.station("崇阳街道微检治联络站");
        wang = reg.liaisons.save(new Liaison(null, null, "王秀英", roles.get("网格员").id(), qingxi.id(), "清溪村第3网格",
                "13812341234", LocalDate.of(2024, 6, 1), "熟悉村里的留守儿童情况"));
        RegisterRows rows = new RegisterRows(reg.db);
        rows.lead(wang.id(), null, null);
        rows.lead(wang.id(), null, null);
        List<String> roleNames = List.of("网格员", "检察联络员", "人大代表", "人民监督员");
        for (int i = 0; i < BULK; i++) {
            Station s = i % 3 == 0 ? null : i % 3 == 1 ? qingxi : chongyang;
            reg.liaisons.save(new Liaison(null, null, String.format("联络员%04d", i),
                    roles.get(roleNames.get(i % roleNames.size())).id(), s == null ? null : s.id(), "", "",
                    i % 2 == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(i % 700), ""));
        }
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private List<String> listed(LiaisonQuery query) {
        List<String> names = new ArrayList<>();
        Pages.forEach(c -> reg.liaisons.page(query.after(c)), r -> names.add(r.liaison().name()));
        return names;
    }

    @ParameterizedTest(name = "sorted by {0}, descending {1}")
    @CsvSource({"NAME, false", "ROLE, true", "STATION, false", "APPOINTED_ON, true"})
    void exportsEveryPageInTheListOrder(LiaisonSort sort, boolean descending) throws Exception {
        LiaisonQuery query = LiaisonQuery.firstPage(50).withSort(sort, descending);
        Path file = dir.resolve("联络员名册.xlsx");

        long rows = reg.liaisons.export(query, false, file, false);

        ExportedSheet sheet = ExportedSheet.read(file);
        assertEquals(BULK + 1, rows);
        assertEquals(BULK + 1, sheet.size(), "every row, not only the first page");
        assertEquals(listed(query), sheet.values("姓名"));
        assertEquals(1, ExportedSheet.auditedExports(reg.db, LiaisonRepository.ENTITY));
    }

    @Test
    void aMaskedExportNamesTheLiaisonsButMasksTheirPhones() throws Exception {
        Path file = dir.resolve("masked.xlsx");
        reg.liaisons.export(LiaisonQuery.firstPage(50), false, file, false);

        ExportedSheet sheet = ExportedSheet.read(file);
        assertEquals(List.of("姓名", "角色", "联络站", "网格", "联系电话", "聘任日期", "报送线索", "备注"), sheet.headers());
        int row = sheet.rowWith("姓名", "王秀英");
        assertEquals("网格员", sheet.cell(row, "角色"));
        assertEquals("清溪村“微检治”联络站", sheet.cell(row, "联络站"));
        assertEquals("清溪村第3网格", sheet.cell(row, "网格"));
        assertEquals("138****1234", sheet.cell(row, "联系电话"));
        assertEquals("2024-06-01", sheet.cell(row, "聘任日期"));
        assertEquals(CellType.NUMERIC, sheet.type(row, "聘任日期"));
        assertEquals("2", sheet.cell(row, "报送线索"));
        assertEquals(CellType.NUMERIC, sheet.type(row, "报送线索"));
        assertEquals("熟悉村里的留守儿童情况", sheet.cell(row, "备注"));
        assertFalse(sheet.allText().contains("13812341234"));
    }

    @Test
    void aFullExportKeepsThePhoneAsText() throws Exception {
        Path file = dir.resolve("full.xlsx");
        reg.liaisons.export(LiaisonQuery.firstPage(50).withText("王秀英"), true, file, false);

        ExportedSheet sheet = ExportedSheet.read(file);
        assertEquals(1, sheet.size());
        assertEquals("13812341234", sheet.cell(0, "联系电话"), "no 1.38123E+10");
        assertEquals(CellType.STRING, sheet.type(0, "联系电话"));
        assertEquals(1, ExportedSheet.auditedExports(reg.db, LiaisonRepository.ENTITY));
    }

    @Test
    void theRecycleBinExportsTheDeletedLiaisonsOnly() throws Exception {
        Liaison gone = reg.liaisons.search("联络员0007", 1).get(0).liaison();
        reg.liaisons.delete(List.of(gone.id()));
        Path file = dir.resolve("bin.xlsx");

        assertEquals(1, reg.liaisons.export(LiaisonQuery.firstPage(50).withRecycleBin(true), false, file, false));
        assertEquals(List.of("联络员0007"), ExportedSheet.read(file).values("姓名"));
    }

    @Test
    void anExistingFileIsNotOverwrittenAndNoPartialFileIsLeft() throws Exception {
        Path file = dir.resolve("已有.xlsx");
        Files.writeString(file, "keep me");

        UserFacingException e = assertThrows(UserFacingException.class,
                () -> reg.liaisons.export(LiaisonQuery.firstPage(50), false, file, false));

        assertEquals("export.exists", e.messageKey());
        assertEquals("keep me", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")));
        }
        assertEquals(0, ExportedSheet.auditedExports(reg.db, LiaisonRepository.ENTITY));
    }
}
