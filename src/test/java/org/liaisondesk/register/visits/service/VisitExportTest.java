package org.liaisondesk.register.visits.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.testsupport.TestRegister.TODAY;
import static org.liaisondesk.testsupport.TestRegister.visit;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.visits.model.VisitQuery;
import org.liaisondesk.testsupport.TestRegister;

/** The visit log's Excel export: same rows and order as the list, text cells, masking, audit, no half files. */
class VisitExportTest {
    @TempDir
    Path dir;
    TestRegister reg;
    Station station;
    Prosecutor prosecutor;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir.resolve("data"));
        station = reg.station("宏源社区检察联络站");
        prosecutor = reg.prosecutor("周检察官", station);
        reg.visits.save(visit(station, prosecutor, TODAY.minusDays(2), "咨询劳动争议").visitorName("王秀英")
                .visitorPhone("13812341234").visitorIdNumber("11010519491231002X").build());
        reg.visits.save(visit(station, prosecutor, TODAY.minusDays(1), "反映小卖部向未成年人售烟").visitorName("李小明")
                .visitorIdNumber(VisitServiceTest.withCheck("51018420120501123")).build());
        for (int i = 0; i < 1500; i++) {
            reg.visits.save(visit(station, prosecutor, TODAY.minusDays(10 + i % 300), "批量来访 " + i).build());
        }
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    @Test
    void exportsEveryPageInTheListOrderWithTextCellsAndMaskedPersonalData() throws Exception {
        Path file = dir.resolve("接访登记.xlsx");
        VisitQuery query = VisitQuery.firstPage(50);

        long rows = reg.visits.export(query, false, file, false);

        assertEquals(1502, rows);
        List<List<String>> sheet = read(file);
        assertEquals(1503, sheet.size(), "header + every row, not only the first page");
        assertEquals("接访日期", sheet.get(0).get(0));
        List<String> expectedOrder = new ArrayList<>();
        org.liaisondesk.common.model.Pages.forEach(c -> reg.visits.page(query.after(c)), r -> expectedOrder.add(r.summary()));
        List<String> exportedOrder = sheet.subList(1, sheet.size()).stream().map(r -> r.get(10)).toList();
        assertEquals(expectedOrder, exportedOrder);
        List<String> first = sheet.get(2);
        assertEquals("王某某", first.get(5));
        assertEquals("138****1234", first.get(6));
        assertEquals("110105********002X", first.get(7));
        assertFalse(sheet.toString().contains("秀英"));
        assertEquals(1, auditExports());
    }

    @Test
    void aFullExportKeepsIdentityAsTextButNeverAMinorsIdNumber() throws Exception {
        Path file = dir.resolve("full.xlsx");
        reg.visits.export(VisitQuery.firstPage(50).withText("售烟 劳动"), true, file, false);
        reg.visits.export(VisitQuery.firstPage(50).withText("劳动"), true, dir.resolve("adult.xlsx"), false);

        List<List<String>> adult = read(dir.resolve("adult.xlsx"));
        assertEquals("王秀英", adult.get(1).get(5));
        assertEquals("11010519491231002X", adult.get(1).get(7), "stored as text: no 1.10105E+17, no lost X");
        assertEquals("13812341234", adult.get(1).get(6));
        try (InputStream in = Files.newInputStream(dir.resolve("adult.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Cell id = book.getSheetAt(0).getRow(1).getCell(7);
            assertEquals(CellType.STRING, id.getCellType());
        }
        reg.visits.export(VisitQuery.firstPage(50).withText("售烟"), true, dir.resolve("minor.xlsx"), false);
        List<List<String>> minor = read(dir.resolve("minor.xlsx"));
        assertEquals("510184********" + minor.get(1).get(7).substring(14), minor.get(1).get(7));
        assertTrue(minor.get(1).get(7).contains("********"));
        assertEquals(3, auditExports());
    }

    @Test
    void anExistingFileIsNotOverwrittenAndNoPartialFileIsLeft() throws Exception {
        Path file = dir.resolve("已有.xlsx");
        Files.writeString(file, "keep me");
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> reg.visits.export(VisitQuery.firstPage(50), false, file, false));
        assertEquals("export.exists", e.messageKey());
        assertEquals("keep me", Files.readString(file));
        UserFacingException missing = assertThrows(UserFacingException.class,
                () -> reg.visits.export(VisitQuery.firstPage(50), false, dir.resolve("nope/x.xlsx"), false));
        assertEquals("export.noFolder", missing.messageKey());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")));
        }
        assertEquals(0, auditExports());
    }

    private long auditExports() {
        return reg.db.read(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM audit_log WHERE action = 'EXPORT'")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    static List<List<String>> read(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

}
