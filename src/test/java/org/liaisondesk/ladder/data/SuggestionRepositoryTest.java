package org.liaisondesk.ladder.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.ladder.LadderFixture;
import org.liaisondesk.ladder.model.RecipientRef;
import org.liaisondesk.ladder.model.SuggestionDismissal;
import org.liaisondesk.ladder.model.SuggestionRule;
import org.liaisondesk.storage.AuditLog;

class SuggestionRepositoryTest {
    @TempDir
    Path dir;
    LadderFixture f;
    SuggestionRepository repository;

    @BeforeEach
    void setUp() {
        f = new LadderFixture(dir);
        repository = new SuggestionRepository(f.reg.audit);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void theChainOfSuperiorsGoesUpAndSkipsWhatLeftTheDirectory() {
        long committee = f.recipient("清溪区委", null);
        long district = f.recipient("清溪区人民政府", committee);
        long town = f.recipient("清溪镇人民政府", district);
        assertEquals(List.of("清溪镇人民政府", "清溪区人民政府", "清溪区委"),
                f.reg.db.read(c -> repository.superiorChain(c, town)).stream().map(RecipientRef::name).toList());
        // The directory refuses to delete a superior in use; an imported register may still hold one.
        f.reg.db.write(c -> org.liaisondesk.storage.Sql.setDeletedAt(c, "recipient", committee, "2026-11-23T10:00:00+08:00"));
        assertEquals(List.of(town, district),
                f.reg.db.read(c -> repository.superiorChain(c, town)).stream().map(RecipientRef::id).toList());
    }

    @Test
    void aLoopTypedIntoTheDirectoryEndsTheChain() {
        long a = f.recipient("甲局", null);
        long b = f.recipient("乙局", a);
        f.reg.db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE recipient SET superior_id = ? WHERE id = ?")) {
                ps.setLong(1, b);
                ps.setLong(2, a);
                ps.executeUpdate();
            }
        });
        assertEquals(List.of(b, a), f.reg.db.read(c -> repository.superiorChain(c, b)).stream().map(RecipientRef::id)
                .toList());
    }

    private boolean insert(SuggestionDismissal d) {
        Boolean done = f.reg.db.inTransaction(c -> repository.insertDismissal(c, d));
        return done;
    }

    private boolean delete(SuggestionDismissal d) {
        Boolean done = f.reg.db.inTransaction(c -> repository.deleteDismissal(c, d.rule(), d.evidenceKey()));
        return done;
    }

    @Test
    void aDismissalIsStoredOnceWithItsHistoryAndCanBeTakenBack() {
        SuggestionDismissal d = new SuggestionDismissal(SuggestionRule.CLASS_CASE, "MATTER:1,LEAD:2", "已移送",
                LocalDate.of(2026, 11, 23), "陈检察官");
        assertTrue(insert(d));
        assertFalse(insert(d), "dismissed already: nothing written");
        assertEquals(List.of(d), f.reg.db.read(repository::dismissals));
        assertTrue(f.reg.db.read(repository::dismissedKeys).contains("CLASS_CASE|MATTER:1,LEAD:2"));

        assertTrue(delete(d));
        assertFalse(delete(d));
        assertEquals(List.of(), f.reg.db.read(repository::dismissals));
        List<HistoryEntry> history = f.reg.db.read(c -> AuditLog.history(c, SuggestionRepository.DISMISSAL_ENTITY, 1));
        assertEquals(List.of("INSERT", "DELETE"), history.stream().map(HistoryEntry::action).toList());
    }
}
