package org.liaisondesk.exchange.imports.data;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.liaisondesk.documents.service.DocumentFiles;

/**
 * An empty register to fill in: the headers, text format on the columns Excel would otherwise turn into numbers, and
 * drop-down lists whose choices live on a hidden sheet (a list written into the validation itself is limited to 255
 * characters, too short for a roster). The example row stands on a sheet of its own, 填写示例, after the one that is
 * imported, so that a template handed back unchanged imports nothing invented.
 */
public final class TemplateWriter {
    /** One column of the template. {@code choices} (may be empty) become its drop-down list. */
    public record Column(String header, boolean text, List<String> choices, String example) {
        public Column {
            choices = List.copyOf(choices);
        }
    }

    private static final String CHOICES_SHEET = "选项";
    public static final String EXAMPLE_SHEET = "填写示例";

    private TemplateWriter() {
    }

    public static Path write(Path target, String sheetName, List<Column> columns) {
        Path folder = target.toAbsolutePath().getParent();
        return DocumentFiles.write(folder, target.getFileName().toString(), true, out -> {
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                XSSFSheet sheet = book.createSheet(sheetName);
                XSSFSheet exampleSheet = book.createSheet(EXAMPLE_SHEET);
                XSSFSheet choices = book.createSheet(CHOICES_SHEET);
                CellStyle text = book.createCellStyle();
                text.setDataFormat(book.createDataFormat().getFormat("@"));
                CellStyle bold = book.createCellStyle();
                Font font = book.createFont();
                font.setBold(true);
                bold.setFont(font);
                Row head = sheet.createRow(0);
                Row exampleHead = exampleSheet.createRow(0);
                Row example = exampleSheet.createRow(1);
                DataValidationHelper validations = sheet.getDataValidationHelper();
                int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
                int listColumn = 0;
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    Cell header = head.createCell(i);
                    header.setCellValue(column.header());
                    header.setCellStyle(bold);
                    int width = Math.min(60, Math.max(12, column.header().length() * 2 + 4)) * 256;
                    sheet.setColumnWidth(i, width);
                    Cell exampleHeader = exampleHead.createCell(i);
                    exampleHeader.setCellValue(column.header());
                    exampleHeader.setCellStyle(bold);
                    exampleSheet.setColumnWidth(i, width);
                    Cell sample = example.createCell(i);
                    if (column.text()) {
                        sheet.setDefaultColumnStyle(i, text);
                        sample.setCellStyle(text);
                    }
                    sample.setCellValue(column.example());
                    if (!column.choices().isEmpty()) {
                        String range = writeChoices(choices, listColumn++, column);
                        DataValidation validation = validations.createValidation(
                                validations.createFormulaListConstraint(range), new CellRangeAddressList(1, lastRow, i, i));
                        validation.setShowErrorBox(true);
                        sheet.addValidationData(validation);
                    }
                }
                sheet.createFreezePane(0, 1);
                book.setSheetHidden(book.getSheetIndex(choices), true);
                book.write(out);
            }
        });
    }

    /** Writes the choices under their header in one column of the hidden sheet; returns the absolute range. */
    private static String writeChoices(XSSFSheet sheet, int columnIndex, Column column) {
        List<String> values = column.choices();
        rowAt(sheet, 0).createCell(columnIndex).setCellValue(column.header());
        for (int r = 0; r < values.size(); r++) {
            rowAt(sheet, r + 1).createCell(columnIndex).setCellValue(values.get(r));
        }
        String letter = CellReference.convertNumToColString(columnIndex);
        return "'" + CHOICES_SHEET + "'!$" + letter + "$2:$" + letter + "$" + (values.size() + 1);
    }

    private static Row rowAt(XSSFSheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }
}
