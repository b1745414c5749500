package org.liaisondesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The {@code search} and {@code export} commands on the demo register. */
class CliSearchExportTest {
    @TempDir
    Path dir;
    @RegisterExtension
    static final CliHarness CLI = new CliHarness();

    @BeforeEach
    void demo() {
        assertEquals(0, run("--data-dir", dir.toString(), "demo").code());
    }


    private static CliHarness.Run run(String... args) {
        return CliHarness.run(args);
    }

    @Test
    void searchPrintsMaskedHitsAsTableOrJson() {
        CliHarness.Run table = run("--data-dir", dir.toString(), "search", "欠薪");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("接访\t"), table.out());
        assertTrue(table.err().contains("共找到"), table.err());
        CliHarness.Run json = run("--data-dir", dir.toString(), "search", "--format", "json", "--kind", "visits", "信访");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().trim().startsWith("["), json.out());
        assertTrue(json.out().contains("\"kind\" : \"VISIT\""), json.out());
        assertFalse(json.out().matches("(?s).*1[3-9]\\d{9}.*"), "no unmasked mobile number in the output");
    }

    @Test
    void exportWritesAWorkbookAndRefusesToOverwrite() throws Exception {
        Path file = dir.resolve("接访.xlsx");
        CliHarness.Run first = run("--data-dir", dir.toString(), "export", "--kind", "visits", "--out", file.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(Files.size(file) > 1000);
        assertTrue(first.out().contains("已导出"), first.out());

        CliHarness.Run again = run("--data-dir", dir.toString(), "export", "--kind", "visits", "--out", file.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("已存在"), again.err());

        CliHarness.Run badDate = run("--data-dir", dir.toString(), "export", "--kind", "visits", "--out",
                dir.resolve("x.xlsx").toString(), "--from", "去年");
        assertEquals(2, badDate.code());
        assertTrue(badDate.err().contains("不是日期"), badDate.err());
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"visits", "leads", "cases", "work", "roster", "recipients"})
    void everyKindExportsWithItsChineseHeaders(String kind) throws Exception {
        Path file = dir.resolve(kind + ".xlsx");
        CliHarness.Run r = run("--data-dir", dir.toString(), "export", "--kind", kind, "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        try (var in = Files.newInputStream(file); var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = book.getSheetAt(0);
            assertTrue(sheet.getLastRowNum() >= 10, kind + " rows: " + sheet.getLastRowNum());
            String header = sheet.getRow(0).getCell(0).getStringCellValue();
            assertTrue(header.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN), header);
        }
    }

    @Test
    void datesAreRefusedWhereAListHasNone() {
        CliHarness.Run r = run("--data-dir", dir.toString(), "export", "--kind", "roster", "--out", dir.resolve("r.xlsx").toString(),
                "--from", "2026-01-01");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("没有日期"), r.err());
    }
}
