package org.liaisondesk.register.cases;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.liaisondesk.register.cases.data.MatterRepository;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.model.MatterStatus;
import org.liaisondesk.register.cases.service.MatterService;
import org.liaisondesk.register.reference.data.ReferenceRepository;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.testsupport.TestRegister;

/** Builds the case service on a test register and puts leads into it with plain SQL (the leads feature is not ours). */
public final class CaseFixtures {
    private CaseFixtures() {
    }

    public static MatterService service(TestRegister reg) {
        return new MatterService(reg.db, new MatterRepository(reg.audit), reg.stations, reg.prosecutors,
                new ReferenceRepository(reg.audit), TestRegister.CLOCK);
    }

    /** A valid open public-interest case accepted on the given day. */
    public static Matter.Builder matter(String name, LocalDate acceptedOn) {
        return Matter.builder().name(name).businessLine(BusinessLine.PUBLIC_INTEREST)
                .field(SupervisionField.ECOLOGY).acceptedOn(acceptedOn).status(MatterStatus.OPEN);
    }

    /** A lead as the leads feature would store it; returns its id. */
    public static long insertLead(TestRegister reg, LocalDate receivedOn, String description) {
        return insertLead(reg, receivedOn, description, SupervisionField.ECOLOGY, null);
    }

    /** A lead of the field and problem (问题类型; null: none) as the leads feature would store it; returns its id. */
    public static long insertLead(TestRegister reg, LocalDate receivedOn, String description, SupervisionField field,
                                  String problem) {
        return reg.db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO lead(uuid, received_on, source, field, "
                    + "problem, description, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)")) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, receivedOn.toString());
                ps.setString(3, "GRID_WORKER");
                ps.setString(4, field.name());
                ps.setString(5, problem);
                ps.setString(6, description);
                ps.setString(7, "2026-11-01T09:00:00+08:00");
                ps.setString(8, "2026-11-01T09:00:00+08:00");
                ps.executeUpdate();
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Moves a lead to its recycle bin, as the leads feature would. */
    public static void deleteLead(TestRegister reg, long id) {
        reg.db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE lead SET deleted_at = ? WHERE id = ?")) {
                ps.setString(1, "2026-11-20T09:00:00+08:00");
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        });
    }

    public static long count(TestRegister reg, String sql) {
        return reg.db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The first sheet of an exported workbook, each cell as Excel would display it. */
    public static List<List<String>> readSheet(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Row row : book.getSheetAt(0)) {
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
