package org.liaisondesk.exchange.imports.data;

import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.liaisondesk.documents.service.DocumentFiles;

/**
 * The user's own sheet given back with one column added that says what is wrong with each row, so that they
 * can correct it there and import again. Every cell is written as text, exactly as it was read (streaming).
 */
public final class ErrorReportWriter {
    private static final int WINDOW = 200;

    private ErrorReportWriter() {
    }

    /**
     * @param errors per sheet row, the text of the error column (rows absent are good); the first row read is
     *               the header row, which gets {@code errorHeader}
     */
    public static Path write(Path source, Map<Integer, String> errors, String errorHeader, String sheetName, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        return DocumentFiles.write(folder, target.getFileName().toString(), true, out -> {
            try (SXSSFWorkbook book = new SXSSFWorkbook(WINDOW)) {
                book.setCompressTempFiles(true);
                SXSSFSheet sheet = book.createSheet(sheetName);
                CellStyle text = book.createCellStyle();
                text.setDataFormat(book.createDataFormat().getFormat("@"));
                CellStyle error = book.createCellStyle();
                Font red = book.createFont();
                red.setColor(Font.COLOR_RED);
                error.setFont(red);
                int[] width = {0};
                int[] headerRow = {-1};
                SheetReader.read(source, (sheetRow, cells) -> {
                    if (headerRow[0] < 0) {
                        headerRow[0] = sheetRow;
                    }
                    width[0] = Math.max(width[0], cells.size());
                    Row row = sheet.createRow(sheetRow - 1);
                    for (int i = 0; i < cells.size(); i++) {
                        Cell cell = row.createCell(i);
                        cell.setCellStyle(text);
                        cell.setCellValue(cells.get(i).text());
                    }
                    String message = sheetRow == headerRow[0] ? errorHeader : errors.get(sheetRow);
                    if (message != null) {
                        Cell cell = row.createCell(width[0]); // right of the widest row so far: after the headers
                        cell.setCellValue(message);
                        cell.setCellStyle(error);
                    }
                });
                book.write(out);
            }
        });
    }
}
