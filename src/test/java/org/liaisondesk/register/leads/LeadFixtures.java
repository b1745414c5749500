package org.liaisondesk.register.leads;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.liaisondesk.register.leads.data.LeadRepository;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.data.LiaisonRepository;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.testsupport.TestRegister;

/** The lead service on a test register, valid leads to start from, and cases linked the way the case editor links them. */
public final class LeadFixtures {
    private LeadFixtures() {
    }

    public static LeadService service(TestRegister reg) {
        return new LeadService(reg.db, new LeadRepository(reg.audit), reg.stations, reg.prosecutors,
                new LiaisonRepository(reg.audit), TestRegister.CLOCK);
    }

    /** A valid, pending, unrated lead from a grid worker about the given place. */
    public static Lead.Builder lead(LocalDate received, String description) {
        return Lead.builder().receivedOn(received).source(LeadSource.GRID_WORKER).field(SupervisionField.ECOLOGY)
                .town("清溪镇").village("清溪村").description(description);
    }

    /** A grid worker (网格员) on the roster. */
    public static Liaison gridWorker(TestRegister reg, String name, String grid, String phone) {
        long role = reg.reference.list(ReferenceList.LIAISON_ROLE).get(0).id();
        return reg.liaisons.save(new Liaison(null, null, name, role, null, grid, phone, null, ""));
    }

    /** A case as the case register stores it; returns its id. */
    public static long matter(TestRegister reg, String officeNumber, String name, LocalDate accepted) {
        return matter(reg, officeNumber, name, accepted, SupervisionField.ECOLOGY, null);
    }

    /** A case of the field and problem (问题类型; null: none) as the case register stores it; returns its id. */
    public static long matter(TestRegister reg, String officeNumber, String name, LocalDate accepted,
                              SupervisionField field, String problem) {
        return reg.db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO matter(uuid, business_line, field, problem, "
                    + "name, office_number, accepted_on, status, created_at, updated_at) VALUES (?, 'PUBLIC_INTEREST', "
                    + "?, ?, ?, ?, ?, 'OPEN', '2026-11-01T09:00:00+08:00', '2026-11-01T09:00:00+08:00') "
                    + "RETURNING id")) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, field.name());
                ps.setString(3, problem);
                ps.setString(4, name);
                ps.setString(5, officeNumber);
                ps.setString(6, accepted.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Links a lead to a case, as the case editor does. */
    public static void link(TestRegister reg, long matterId, long leadId) {
        reg.db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO matter_link(matter_id, record_kind, record_id, "
                    + "created_at) VALUES (?, 'LEAD', ?, '2026-11-01T09:00:00+08:00')")) {
                ps.setLong(1, matterId);
                ps.setLong(2, leadId);
                ps.executeUpdate();
            }
        });
    }

    public static void deleteMatter(TestRegister reg, long matterId) {
        reg.db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE matter SET deleted_at = '2026-11-20T09:00:00+08:00' "
                    + "WHERE id = ?")) {
                ps.setLong(1, matterId);
                ps.executeUpdate();
            }
        });
    }

    /** How many exports of leads the audit log recorded. */
    public static long exportsAudited(TestRegister reg) {
        return reg.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_log WHERE action = 'EXPORT' "
                    + "AND entity = 'lead'"); ResultSet rs = ps.executeQuery()) {
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
