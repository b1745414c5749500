package org.liaisondesk.register.roster;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.liaisondesk.storage.Database;

/**
 * An exported .xlsx reopened with POI for the export tests: the header row, and each data row's cells as Excel
 * would show them (and their cell types), looked up by header so that a test does not depend on column order.
 */
public final class ExportedSheet {
    private final List<String> headers;
    private final List<List<String>> rows;
    private final List<List<CellType>> types;

    private ExportedSheet(List<String> headers, List<List<String>> rows, List<List<CellType>> types) {
        this.headers = headers;
        this.rows = rows;
        this.types = types;
    }

    public static ExportedSheet read(Path file) throws Exception {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> all = new ArrayList<>();
        List<List<CellType>> allTypes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                List<CellType> cellTypes = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    cellTypes.add(cell == null ? CellType.BLANK : cell.getCellType());
                }
                all.add(cells);
                allTypes.add(cellTypes);
            }
        }
        return new ExportedSheet(all.get(0), all.subList(1, all.size()), allTypes.subList(1, allTypes.size()));
    }

    public List<String> headers() {
        return headers;
    }

    /** The number of data rows (the header not counted). */
    public int size() {
        return rows.size();
    }

    /** The cell of data row {@code row} (0: the first under the header) in the column headed {@code header}. */
    public String cell(int row, String header) {
        List<String> cells = rows.get(row);
        int column = indexOf(header);
        return column < cells.size() ? cells.get(column) : "";
    }

    public CellType type(int row, String header) {
        List<CellType> cellTypes = types.get(row);
        int column = indexOf(header);
        return column < cellTypes.size() ? cellTypes.get(column) : CellType.BLANK;
    }

    /** Every data row's cell in the column headed {@code header}, top to bottom. */
    public List<String> values(String header) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            values.add(cell(i, header));
        }
        return values;
    }

    /** The first data row whose cell under {@code header} is {@code value}. */
    public int rowWith(String header, String value) {
        for (int i = 0; i < rows.size(); i++) {
            if (cell(i, header).equals(value)) {
                return i;
            }
        }
        throw new AssertionError("no row with " + header + " = " + value + " in " + rows);
    }

    /** Everything the sheet shows, for "this never appears anywhere" checks. */
    public String allText() {
        return headers + " " + rows;
    }

    private int indexOf(String header) {
        int column = headers.indexOf(header);
        if (column < 0) {
            throw new AssertionError("no column " + header + " in " + headers);
        }
        return column;
    }

    /** The EXPORT rows the audit log holds for {@code entity}. */
    public static long auditedExports(Database db, String entity) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM audit_log WHERE action = 'EXPORT' AND entity = ?")) {
                ps.setString(1, entity);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
