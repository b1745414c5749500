package org.liaisondesk.common.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.liaisondesk.common.i18n.UserFacingException;

/**
 * Writes a table to an .xlsx file, streaming (a few hundred rows in memory whatever the size), with a bold
 * frozen header row, text columns formatted as text ("@"), and widths that fit Chinese headers. The file is
 * written under a temporary name in the target folder and moved into place only when complete, so a failure
 * never leaves a half-written workbook under the chosen name.
 */
public final class XlsxTableWriter {
    /** Rows kept in memory while streaming. */
    private static final int WINDOW = 200;
    /** Excel's row limit, less the header. */
    public static final int MAX_ROWS = 1_048_575;

    /** Produces the rows, handing each to the sink (typically page by page from the database). */
    @FunctionalInterface
    public interface RowSource<T> {
        void forEach(Consumer<T> sink);
    }

    private XlsxTableWriter() {
    }

    /**
     * Writes the table and returns the number of data rows. {@code overwrite} false refuses an existing file.
     *
     * @throws UserFacingException (key export.*) when the file exists, the folder cannot be written or the
     *                             rows do not fit in one sheet; nothing is left behind
     */
    public static <T> long write(Path target, String sheetName, List<ExportColumn<T>> columns, RowSource<T> rows,
                                 boolean overwrite) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserFacingException("export.noFolder", folder == null ? target : folder);
        }
        if (!overwrite && Files.exists(target)) {
            throw new UserFacingException("export.exists", target);
        }
        Path temp = folder.resolve("." + target.getFileName() + ".partial");
        long[] count = {0};
        try (SXSSFWorkbook book = new SXSSFWorkbook(WINDOW)) {
            book.setCompressTempFiles(true);
            SXSSFSheet sheet = book.createSheet(safeSheetName(sheetName));
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);

            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(header);
                int chars = Math.max(8, columns.get(i).header().length() * 2 + 2);
                sheet.setColumnWidth(i, Math.min(60, columns.get(i).kind() == ExportColumn.Kind.TEXT ? Math.max(chars, 14) : chars) * 256);
                if (columns.get(i).kind() == ExportColumn.Kind.TEXT) {
                    sheet.setDefaultColumnStyle(i, text);
                }
            }
            sheet.createFreezePane(0, 1);
            rows.forEach(item -> {
                if (count[0] >= MAX_ROWS) {
                    throw new UserFacingException("export.tooManyRows", MAX_ROWS);
                }
                Row row = sheet.createRow((int) ++count[0]);
                for (int i = 0; i < columns.size(); i++) {
                    writeCell(row.createCell(i), columns.get(i), columns.get(i).value().apply(item), text, date);
                }
            });
            try (OutputStream out = Files.newOutputStream(temp)) {
                book.write(out);
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            move(temp, target, overwrite);
            return count[0];
        } catch (IOException e) {
            throw new UserFacingException(e, "export.cannotWrite", target, e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover hidden .partial file is never mistaken for the export
            }
        }
    }

    private static void move(Path temp, Path target, boolean overwrite) throws IOException {
        try {
            if (overwrite) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, overwrite ? new StandardCopyOption[] {StandardCopyOption.REPLACE_EXISTING}
                    : new StandardCopyOption[0]);
        } catch (FileAlreadyExistsException e) {
            throw new UserFacingException(e, "export.exists", target);
        }
    }

    private static <T> void writeCell(Cell cell, ExportColumn<T> column, Object value, CellStyle text, CellStyle date) {
        if (value == null) {
            cell.setCellStyle(column.kind() == ExportColumn.Kind.TEXT ? text : null);
            return;
        }
        switch (column.kind()) {
            case NUMBER -> {
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(value.toString());
                }
            }
            case DATE -> {
                if (value instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
            case TEXT -> {
                cell.setCellStyle(text);
                cell.setCellValue(value.toString());
            }
        }
    }

    /** Sheet names may not contain \ / ? * [ ] : and are at most 31 characters. */
    static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", "_");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
