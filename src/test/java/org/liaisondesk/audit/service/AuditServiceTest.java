package org.liaisondesk.audit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.audit.model.AuditEntry;
import org.liaisondesk.audit.model.AuditLine;
import org.liaisondesk.audit.model.AuditQuery;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.storage.AuditChain;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.testsupport.TestRegister;

/** The audit log filtered and paged by the database, its chain verified, and its export (itself audited). */
class AuditServiceTest {
    @TempDir
    Path dir;

    private TestRegister register;
    private AuditService service;

    /**
     * 30 rows: ids 1–10 on 2026-11-20 by 林晓岚 (visit INSERTs, entity ids 1–10), 11–20 on 2026-11-21 by 周振宇
     * (lead UPDATEs of record 5 with a UUID), 21–30 on 2026-11-23 by 林晓岚 (visit EXPORTs).
     */
    @BeforeEach
    void fill() {
        register = new TestRegister(dir);
        service = new AuditService(register.db, register.audit);
        register.db.write(c -> {
            for (int i = 1; i <= 30; i++) {
                String day = i <= 10 ? "2026-11-20" : i <= 20 ? "2026-11-21" : "2026-11-23";
                String user = i > 10 && i <= 20 ? "周振宇" : "林晓岚";
                String action = i <= 10 ? "INSERT" : i <= 20 ? "UPDATE" : "EXPORT";
                String entity = i > 10 && i <= 20 ? "lead" : "visit";
                long entityId = i <= 10 ? i : i <= 20 ? 5 : 0;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log(at, user_name, action, entity, "
                        + "entity_id, entity_uuid, old_value, new_value) VALUES (?,?,?,?,?,?,?,?)")) {
                    ps.setString(1, day + "T09:00:" + String.format("%02d", i) + "+08:00");
                    ps.setString(2, user);
                    ps.setString(3, action);
                    ps.setString(4, entity);
                    ps.setLong(5, entityId);
                    ps.setString(6, entity.equals("lead") ? "uuid-lead-5" : null);
                    ps.setString(7, action.equals("UPDATE") ? "{\"reporterPhone\":\"13812345678\"}" : null);
                    ps.setString(8, "{\"reporterPhone\":\"1391234" + String.format("%04d", i) + "\"}");
                    ps.executeUpdate();
                }
            }
        });
    }

    @AfterEach
    void close() {
        register.close();
    }

    private static AuditQuery query(LocalDate from, LocalDate to, String user, String action, String entity,
                                    String record) {
        return new AuditQuery(from, to, user, action, entity, record, null, 100);
    }

    static Stream<Arguments> filters() {
        LocalDate d20 = LocalDate.of(2026, 11, 20);
        LocalDate d21 = LocalDate.of(2026, 11, 21);
        return Stream.of(
                Arguments.of("nothing", query(null, null, null, null, null, null), 30, 30L, 1L),
                Arguments.of("one day", query(d21, d21, null, null, null, null), 10, 20L, 11L),
                Arguments.of("from a day on", query(d21, null, null, null, null, null), 20, 30L, 11L),
                Arguments.of("up to a day", query(null, d20, null, null, null, null), 10, 10L, 1L),
                Arguments.of("a user", query(null, null, "周振宇", null, null, null), 10, 20L, 11L),
                Arguments.of("an action", query(null, null, null, "EXPORT", null, null), 10, 30L, 21L),
                Arguments.of("a kind of record", query(null, null, null, null, "lead", null), 10, 20L, 11L),
                Arguments.of("a record by number", query(null, null, null, null, "visit", " 7 "), 1, 7L, 7L),
                Arguments.of("a record by UUID", query(null, null, null, null, null, "uuid-lead-5"), 10, 20L, 11L),
                Arguments.of("all together", query(d20, d20, "林晓岚", "INSERT", "visit", "3"), 1, 3L, 3L),
                Arguments.of("nothing matches", query(d20, d20, "周振宇", null, null, null), 0, 0L, 0L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void theDatabaseFilters(String name, AuditQuery query, int rows, long newestId, long oldestId) {
        Page<AuditEntry> page = service.page(query);
        assertEquals(rows, page.items().size());
        assertEquals(rows, service.count(query));
        if (rows > 0) {
            assertEquals(newestId, page.items().get(0).id(), "newest first");
            assertEquals(oldestId, page.items().get(rows - 1).id());
        }
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        List<Long> ids = new ArrayList<>();
        AuditQuery q = AuditQuery.all().withLimit(7);
        Page<AuditEntry> page = service.page(q);
        int pages = 1;
        page.items().forEach(e -> ids.add(e.id()));
        while (page.hasMore()) {
            page = service.page(q.after(page.next()));
            page.items().forEach(e -> ids.add(e.id()));
            pages++;
        }
        assertEquals(5, pages);
        List<Long> expected = new ArrayList<>();
        for (long id = 30; id >= 1; id--) {
            expected.add(id);
        }
        assertEquals(expected, ids);
    }

    @Test
    void theChoicesOfTheFiltersComeFromTheLog() {
        assertEquals(List.of("周振宇", "林晓岚"), service.users());
        assertEquals(List.of("lead", "visit"), service.entities());
    }

    @Test
    void theChainIsVerifiedAfterRowsAreWrittenByTheAuditLog() {
        // The rows of the fixture were written with plain SQL, so they carry no hash: the first is named.
        assertEquals(new AuditChain.Verdict(AuditChain.State.INSERTED, 0, 1, 0), service.verifyChain());
        register.db.write(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("DELETE FROM audit_log");
            }
        });
        register.db.write(c -> register.audit.record(c, AuditLog.Action.EXPORT, "visit", 0, null, null,
                Map.of("file", "来访.xlsx")));
        assertEquals(AuditChain.Verdict.intact(1), service.verifyChain());
    }

    @Test
    void theExportWritesOneLinePerChangedFieldAndIsItselfAudited() throws Exception {
        Messages.use(Messages.CHINESE);
        Path file = dir.resolve("审计日志.xlsx");
        Function<AuditEntry, List<AuditLine>> present = e -> AuditService.changes(e).stream()
                .map(ch -> new AuditLine(ch.field(), "旧" + ch.oldValue(), "新" + ch.newValue())).toList();

        long written = service.export(query(null, null, "周振宇", null, null, null), file, false, present);

        assertEquals(10, written);
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            Row header = sheet.getRow(0);
            assertEquals("序号", f.formatCellValue(header.getCell(0)));
            assertEquals("新内容", f.formatCellValue(header.getCell(8)));
            Row first = sheet.getRow(1);
            assertEquals("20", f.formatCellValue(first.getCell(0)));
            assertEquals("周振宇", f.formatCellValue(first.getCell(2)));
            assertEquals("修改", f.formatCellValue(first.getCell(3)));
            assertEquals("5", f.formatCellValue(first.getCell(5)));
            assertEquals("reporterPhone", f.formatCellValue(first.getCell(6)));
            assertEquals("旧13812345678", f.formatCellValue(first.getCell(7)));
            assertEquals("新13912340020", f.formatCellValue(first.getCell(8)));
            assertEquals(11, sheet.getPhysicalNumberOfRows());
        }
        AuditEntry exportRow = service.page(query(null, null, null, "EXPORT", AuditService.AUDIT_ENTITY, null))
                .items().get(0);
        assertTrue(exportRow.newValue().contains("审计日志.xlsx"), exportRow.newValue());
        assertTrue(exportRow.newValue().contains("\"unmasked\":false"), exportRow.newValue());
        assertFalse(exportRow.newValue().contains("\"after\":{"), "the export records the query from its first page");
        assertEquals(31, service.count(AuditQuery.all()));
    }
}
