package org.liaisondesk.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.liaisondesk.common.time.DeadlineCalculator;
import org.liaisondesk.common.time.HolidayCalendar;
import org.liaisondesk.register.reference.data.ReferenceRepository;
import org.liaisondesk.register.reference.service.ReferenceService;
import org.liaisondesk.register.roster.data.LiaisonRepository;
import org.liaisondesk.register.roster.data.ProsecutorRepository;
import org.liaisondesk.register.roster.data.StationRepository;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.register.roster.service.LiaisonService;
import org.liaisondesk.register.roster.service.RosterService;
import org.liaisondesk.register.visits.data.VisitRepository;
import org.liaisondesk.register.visits.model.Handling;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.register.visits.model.VisitForm;
import org.liaisondesk.register.visits.service.VisitService;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.Database;
import org.liaisondesk.storage.Migrations;

/** A real register in a temporary folder, with the services wired as the application wires them. */
public final class TestRegister implements AutoCloseable {
    /** "Today" in tests: Monday 2026-11-23, 10:00 in Beijing. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    public static final LocalDate TODAY = LocalDate.now(CLOCK);

    public final Database db;
    public final AuditLog audit;
    public final StationRepository stations;
    public final ProsecutorRepository prosecutors;
    public final VisitRepository visitRepository;
    public final RosterService roster;
    public final LiaisonService liaisons;
    public final ReferenceService reference;
    public final VisitService visits;

    public TestRegister(Path folder) {
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        db = Database.open(folder.resolve("liaisondesk.db"), folder.resolve("backups"), new Migrations(CLOCK));
        audit = new AuditLog(CLOCK, () -> "测试员");
        stations = new StationRepository(audit);
        prosecutors = new ProsecutorRepository(audit);
        visitRepository = new VisitRepository(audit);
        roster = new RosterService(db, stations, prosecutors);
        liaisons = new LiaisonService(db, new LiaisonRepository(audit), CLOCK);
        reference = new ReferenceService(db, new ReferenceRepository(audit));
        visits = new VisitService(db, audit, visitRepository, stations, prosecutors,
                () -> new DeadlineCalculator(HolidayCalendar.chinaOfficial()), CLOCK, () -> 3);
    }

    public Station station(String name) {
        return roster.save(Station.draft(name, StationKind.VILLAGE));
    }

    public Prosecutor prosecutor(String name, Station home) {
        return roster.save(Prosecutor.draft(name, home == null ? null : home.id()));
    }

    /** A valid visit with the given summary at the given station and prosecutor. */
    public static Visit.Builder visit(Station s, Prosecutor p, LocalDate date, String summary) {
        return Visit.builder().date(date).stationId(s.id()).prosecutorId(p.id()).form(VisitForm.IN_PERSON)
                .category(VisitCategory.CONSULTATION).handling(Handling.PENDING).summary(summary);
    }

    @Override
    public void close() {
        db.close();
    }
}
