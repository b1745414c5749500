package org.liaisondesk.holidays.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.holidays.model.DayKind;
import org.liaisondesk.holidays.model.HolidayEdit;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.SqlFunction;
import org.liaisondesk.testsupport.TestRegister;

/** The holiday edits table on a real SQLite file, with its audit rows. */
class HolidayEditRepositoryTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 28);

    @TempDir
    Path dir;
    TestRegister reg;
    HolidayEditRepository repo;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        repo = new HolidayEditRepository(reg.audit);
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private boolean write(SqlFunction<Boolean> work) {
        return reg.db.inTransaction(work);
    }

    private List<String> auditRows() {
        return reg.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT action, entity_id, user_name FROM audit_log "
                    + "WHERE entity = ? ORDER BY id")) {
                ps.setString(1, HolidayEditRepository.ENTITY);
                try (ResultSet rs = ps.executeQuery()) {
                    List<String> rows = new java.util.ArrayList<>();
                    while (rs.next()) {
                        rows.add(rs.getString(1) + " " + rs.getLong(2) + " " + rs.getString(3));
                    }
                    return rows;
                }
            }
        });
    }

    @Test
    void insertUpdateDeleteEachWriteOneAuditRowKeyedByTheEpochDay() {
        long id = DAY.toEpochDay();
        assertTrue(write(c -> repo.upsert(c, new HolidayEdit(DAY, DayKind.HOLIDAY, "地方假日"))));
        assertEquals(List.of(new HolidayEdit(DAY, DayKind.HOLIDAY, "地方假日")), reg.db.read(repo::all));

        assertTrue(write(c -> repo.upsert(c, new HolidayEdit(DAY, DayKind.HOLIDAY, "地方节日"))));
        assertFalse(write(c -> repo.upsert(c, new HolidayEdit(DAY, DayKind.HOLIDAY, " 地方节日 "))),
                "the same edit again writes nothing");
        assertEquals(Optional.of(new HolidayEdit(DAY, DayKind.HOLIDAY, "地方节日")), reg.db.read(c -> repo.find(c, DAY)));

        assertTrue(write(c -> repo.delete(c, DAY)));
        assertFalse(write(c -> repo.delete(c, DAY)), "nothing left to delete");
        assertEquals(Optional.empty(), reg.db.read(c -> repo.find(c, DAY)));

        assertEquals(List.of("INSERT " + id + " 测试员", "UPDATE " + id + " 测试员", "DELETE " + id + " 测试员"), auditRows());
        List<HistoryEntry> history = reg.db.read(c -> AuditLog.history(c, HolidayEditRepository.ENTITY, id));
        assertEquals(3, history.size());
        assertEquals(List.of(new HistoryEntry.FieldChange("name", "地方假日", "地方节日")), history.get(1).changes());
    }

    @Test
    void allIsByDateAndKeepsNormalEditsWithoutAName() {
        reg.db.inTransaction(c -> {
            repo.upsert(c, new HolidayEdit(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦"));
            repo.upsert(c, new HolidayEdit(LocalDate.of(2025, 10, 8), DayKind.NORMAL, ""));
            repo.upsert(c, new HolidayEdit(LocalDate.of(2026, 12, 26), DayKind.WORKDAY, "调休上班"));
            return null;
        });
        assertEquals(List.of(
                new HolidayEdit(LocalDate.of(2025, 10, 8), DayKind.NORMAL, ""),
                new HolidayEdit(LocalDate.of(2026, 12, 26), DayKind.WORKDAY, "调休上班"),
                new HolidayEdit(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦")), reg.db.read(repo::all));
        String storedName = reg.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM holiday_edit WHERE day = '2025-10-08'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertEquals(null, storedName, "an empty name is stored as NULL");
    }

    @Test
    void replaceStoresOrRemovesTheDaysEdit() {
        HolidayEdit edit = new HolidayEdit(DAY, DayKind.HOLIDAY, "地方假日");
        assertTrue(write(c -> repo.replace(c, DAY, Optional.of(edit))));
        assertFalse(write(c -> repo.replace(c, DAY, Optional.of(edit))));
        assertThrows(IllegalArgumentException.class, () -> write(c -> repo.replace(c, DAY.plusDays(1), Optional.of(edit))));
        assertTrue(write(c -> repo.replace(c, DAY, Optional.empty())));
        assertFalse(write(c -> repo.replace(c, DAY, Optional.empty())));
        assertEquals(List.of("INSERT", "DELETE"), auditRows().stream().map(r -> r.split(" ")[0]).toList());
    }

    @Test
    void aFailedTransactionLeavesNeitherTheEditNorItsAuditRow() {
        assertThrows(IllegalStateException.class, () -> reg.db.inTransaction(c -> {
            repo.upsert(c, new HolidayEdit(DAY, DayKind.HOLIDAY, "地方假日"));
            throw new IllegalStateException("disk trouble");
        }));
        assertTrue(reg.db.read(repo::all).isEmpty());
        assertTrue(auditRows().isEmpty());
    }
}
