package org.liaisondesk.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.register.visits.model.Handling;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.register.visits.model.VisitForm;
import org.liaisondesk.storage.DataFolder;

/**
 * The crash harness as part of every build: about 30 SIGKILLs of a child LiaisonDesk in the middle of saves, a bulk
 * import, a bundle import and backups, with nothing acknowledged lost. The long run (the tally is printed):
 * {@code mvn -B test -Dtest=CrashHarnessTest -Dcrash.kills=500} (also {@code -Dcrash.seed=N}, {@code -Dcrash.importRows=N}).
 */
class CrashHarnessTest {
    @TempDir
    Path dir;

    @Test
    void killedAtRandomMomentsTheRegisterLosesNothingAcknowledged() {
        int kills = Integer.getInteger("crash.kills", 30);
        long seed = Long.getLong("crash.seed", 20261123L);
        CrashHarness.Tally tally = new CrashHarness(dir, seed, Integer.getInteger("crash.importRows", 2000)).run(kills);
        System.out.println(tally.summary());

        assertEquals(kills, tally.kills, tally.summary());
        assertEquals(List.of(), tally.problems, tally.summary());
        assertEquals(0, tally.lostAckedWrites);
        assertEquals(0, tally.integrityFailures);
        assertEquals(0, tally.halfApplied);
        assertEquals(0, tally.badBackups);
        assertTrue(tally.ackedWrites > 0, "the saving child acknowledged nothing, so the run proved nothing");
    }

    /** The harness's own check notices an acknowledged save that is not in the register. */
    @Test
    void theCheckNoticesAMissingAcknowledgedSave() {
        String saved;
        try (AppContext context = AppContext.open(DataFolder.at(dir), Clock.systemDefaultZone())) {
            Station station = context.roster().save(Station.draft("检查站", StationKind.VILLAGE));
            Prosecutor prosecutor = context.roster().save(Prosecutor.draft("检查员", station.id()));
            saved = context.visits().save(Visit.builder().date(LocalDate.now().minusDays(1)).stationId(station.id())
                    .prosecutorId(prosecutor.id()).form(VisitForm.IN_PERSON).category(VisitCategory.CONSULTATION)
                    .handling(Handling.PENDING).summary("已保存的来访").build()).uuid();
        }
        String neverSaved = "00000000-0000-4000-8000-000000000000";
        assertEquals(Set.of(neverSaved), CrashHarness.missing(dir, Set.of(saved, neverSaved)));
    }
}
