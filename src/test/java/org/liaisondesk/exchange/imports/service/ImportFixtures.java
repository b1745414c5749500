package org.liaisondesk.exchange.imports.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds the spreadsheets the import tests read: real .xlsx files written with POI, and CSV files in a given charset. */
final class ImportFixtures {
    /** The headers of a visit register as a station might keep it (synonyms, not our names). */
    static final List<String> STATION_HEADERS = List.of("来访日期", "站点", "接待人", "来访形式", "类型", "姓名", "身份证号",
            "电话", "来访事由", "备用列");

    private ImportFixtures() {
    }

    /** Strings become text cells, numbers numeric cells, LocalDates date-formatted cells; null leaves the cell out. */
    static Path xlsx(Path file, List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("登记");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid 18-character ID number of someone born on {@code birth}, the sequence {@code seq} (0–999). */
    static String idNumber(LocalDate birth, int seq) {
        String first17 = "110105" + birth.toString().replace("-", "") + String.format("%03d", seq);
        return first17 + org.liaisondesk.common.text.ChineseIdNumber.checkCharacter(first17);
    }

    /** A station register row: date, station, prosecutor, form, category, name, ID, phone, summary, extra column. */
    static List<Object> row(Object date, String station, String name, Object id, String summary) {
        return new java.util.ArrayList<>(List.of(date, station, "李检察官", "来访", "咨询", name, id, "13812345678", summary,
                "内部备注"));
    }
}
