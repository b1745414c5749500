package org.liaisondesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.liaisondesk.exchange.imports.data.TemplateWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.storage.DataFolder;

/** {@code import-template} and {@code import} on the demo register: exit 0 when imported, 2 with nothing written when refused. */
class ImportCommandTest {
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

    private long visits() {
        try (AppContext context = AppContext.open(DataFolder.at(dir), Clock.systemDefaultZone())) {
            return context.visits().countLive();
        }
    }

    @Test
    void aFilledTemplateImportsAndABadFileIsRefusedWithNothingWritten() throws Exception {
        Path template = dir.resolve("模板.xlsx");
        CliHarness.Run written = run("--data-dir", dir.toString(), "import-template", "--kind", "visits", "--out", template.toString());
        assertEquals(0, written.code(), written.err());
        assertTrue(Files.size(template) > 1000);
        long before = visits();
        CliHarness.Run unchanged = run("--data-dir", dir.toString(), "import", template.toString(), "--kind", "visits");
        assertEquals(2, unchanged.code(), "a template handed back unfilled imports nothing: " + unchanged.out());
        assertTrue(unchanged.err().contains("没有可导入的数据行"), unchanged.err());
        assertEquals(before, visits());

        // Filled in with the example row the template shows on its 填写示例 sheet.
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Row example = book.getSheet(TemplateWriter.EXAMPLE_SHEET).getRow(1);
            Row first = book.getSheetAt(0).createRow(1);
            for (int i = 0; i < example.getLastCellNum(); i++) {
                first.createCell(i).setCellValue(example.getCell(i).getStringCellValue());
            }
            try (OutputStream out = Files.newOutputStream(template)) {
                book.write(out);
            }
        }
        CliHarness.Run imported = run("--data-dir", dir.toString(), "import", template.toString(), "--kind", "visits");
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("已导入 1 条记录"), imported.out());
        assertEquals(before + 1, visits());

        Path bad = dir.resolve("有误.xlsx");
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            Row second = sheet.createRow(2);
            for (int i = 0; i < sheet.getRow(1).getLastCellNum(); i++) {
                second.createCell(i).setCellValue(sheet.getRow(1).getCell(i).getStringCellValue());
            }
            second.getCell(1).setCellValue("不存在的联络站");
            try (OutputStream out = Files.newOutputStream(bad)) {
                book.write(out);
            }
        }
        Path report = dir.resolve("结果.xlsx");
        CliHarness.Run refused = run("--data-dir", dir.toString(), "import", bad.toString(), "--kind", "visits",
                "--report", report.toString());
        assertEquals(2, refused.code(), refused.out() + refused.err());
        assertTrue(refused.out().contains("第 3 行【联络站】联络站“不存在的联络站”不在名册中"), refused.out());
        assertTrue(refused.err().contains("未导入任何记录"), refused.err());
        assertTrue(Files.exists(report));
        assertEquals(before + 1, visits());

        CliHarness.Run partial = run("--data-dir", dir.toString(), "import", bad.toString(), "--kind", "visits", "--valid-rows-only");
        assertEquals(0, partial.code(), partial.err());
        assertTrue(partial.out().contains("可能与登记簿中已有记录重复"), partial.out());
        assertEquals(before + 2, visits());
    }

    private long records(String kind) {
        try (AppContext context = AppContext.open(DataFolder.at(dir), Clock.systemDefaultZone())) {
            return kind.equals("cases") ? context.matters().countLive() : context.work().countLive();
        }
    }

    /** The template's example row, copied into the sheet that is imported; {@code station} replaces its 联络站. */
    private Path filledTemplate(Path template, Path target, String station) throws Exception {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Row example = book.getSheet(TemplateWriter.EXAMPLE_SHEET).getRow(1);
            Row header = book.getSheetAt(0).getRow(0);
            Row first = book.getSheetAt(0).createRow(1);
            for (int i = 0; i < example.getLastCellNum(); i++) {
                boolean stationColumn = header.getCell(i).getStringCellValue().equals("联络站");
                first.createCell(i).setCellValue(stationColumn && station != null ? station
                        : example.getCell(i).getStringCellValue());
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                book.write(out);
            }
        }
        return target;
    }

    @ParameterizedTest
    @ValueSource(strings = {"cases", "work"})
    void casesAndWorkImportFromTheirTemplateAndABadFileIsRefusedWithNothingWritten(String kind) throws Exception {
        Path template = dir.resolve(kind + "-模板.xlsx");
        CliHarness.Run written = run("--data-dir", dir.toString(), "import-template", "--kind", kind, "--out",
                template.toString());
        assertEquals(0, written.code(), written.err());
        long before = records(kind);

        CliHarness.Run unchanged = run("--data-dir", dir.toString(), "import", template.toString(), "--kind", kind);
        assertEquals(2, unchanged.code(), unchanged.out());
        assertTrue(unchanged.err().contains("没有可导入的数据行"), unchanged.err());

        Path bad = filledTemplate(template, dir.resolve(kind + "-有误.xlsx"), "不存在的联络站");
        CliHarness.Run refused = run("--data-dir", dir.toString(), "import", bad.toString(), "--kind", kind);
        assertEquals(2, refused.code(), refused.out() + refused.err());
        assertTrue(refused.out().contains("第 2 行【联络站】联络站“不存在的联络站”不在名册中"), refused.out());
        assertTrue(refused.err().contains("未导入任何记录"), refused.err());
        assertEquals(before, records(kind));

        Path good = filledTemplate(template, dir.resolve(kind + "-已填.xlsx"), null);
        CliHarness.Run imported = run("--data-dir", dir.toString(), "import", good.toString(), "--kind", kind);
        assertEquals(0, imported.code(), imported.out() + imported.err());
        assertTrue(imported.out().contains("已导入 1 条记录"), imported.out());
        assertEquals(before + 1, records(kind));
    }

    @Test
    void refusalsExitWithTwoAndWriteNothing() {
        long before = visits();
        CliHarness.Run unknownKind = run("--data-dir", dir.toString(), "import", "x.xlsx", "--kind", "planets");
        assertEquals(2, unknownKind.code());

        CliHarness.Run missing = run("--data-dir", dir.toString(), "import", dir.resolve("无此文件.xlsx").toString(), "--kind", "visits");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("找不到文件"), missing.err());

        CliHarness.Run badMap = run("--data-dir", dir.toString(), "import", "x.xlsx", "--kind", "visits", "--map", "经办人");
        assertEquals(2, badMap.code());
        assertTrue(badMap.err().contains("原表头=字段"), badMap.err());
        assertEquals(before, visits());
        assertFalse(Files.exists(dir.resolve("import-mappings.json")));
    }
}
