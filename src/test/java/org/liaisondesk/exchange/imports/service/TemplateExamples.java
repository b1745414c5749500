package org.liaisondesk.exchange.imports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.liaisondesk.exchange.imports.data.TemplateWriter;
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.exchange.imports.model.ImportOptions;
import org.liaisondesk.exchange.imports.model.ImportReport;

/** Checks on the templates the import writes. */
final class TemplateExamples {
    private TemplateExamples() {
    }

    /** The template's example row, typed into the sheet that is imported, passes every check. */
    static void assertExampleIsValid(ImportService imports, ImportKind kind, Path template) throws IOException {
        Path filled = template.resolveSibling("示例已填_" + template.getFileName());
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Row example = book.getSheet(TemplateWriter.EXAMPLE_SHEET).getRow(1);
            Row row = book.getSheetAt(0).createRow(1);
            for (Cell cell : example) {
                row.createCell(cell.getColumnIndex()).setCellValue(cell.getStringCellValue());
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                book.write(out);
            }
        }
        ImportReport report = imports.check(kind, filled, ImportOptions.allOrNothing());
        assertEquals(java.util.List.of(), report.problems());
        assertEquals(1, report.goodRows());
    }
}
