package org.liaisondesk.register.visits.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.testsupport.TestRegister.visit;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.holidays.data.HolidayEditRepository;
import org.liaisondesk.holidays.model.DayKind;
import org.liaisondesk.holidays.service.HolidayService;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.testsupport.TestRegister;

/** Petition deadlines follow a change of the holiday calendar. */
class VisitDeadlineRecomputeTest {
    @TempDir
    Path dir;
    TestRegister reg;
    HolidayService holidays;
    VisitService visits;
    Station station;
    Prosecutor prosecutor;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        holidays = new HolidayService(reg.db, new HolidayEditRepository(reg.audit), TestRegister.CLOCK);
        visits = new VisitService(reg.db, reg.audit, reg.visitRepository, reg.stations, reg.prosecutors,
                holidays::calculator, TestRegister.CLOCK, () -> 3);
        station = reg.station("三里坝村检察联络站");
        prosecutor = reg.prosecutor("李检察官", station);
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private Visit petition(LocalDate received) {
        return visits.save(visit(station, prosecutor, received, "信访：反映征地补偿款未发放")
                .category(VisitCategory.PETITION).visitorName("赵桂兰").build());
    }

    /** notice_due, result_due, next_due as stored. */
    private List<LocalDate> stored(long id) {
        return reg.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT notice_due, result_due, next_due FROM visit WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return java.util.Arrays.asList(date(rs.getString(1)), date(rs.getString(2)), date(rs.getString(3)));
                }
            }
        });
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "received {0}, {2} on {1}: notice due {3} -> {4}")
    @CsvSource({
        // received,  changed day, kind,    notice due before, after
        "2026-11-10,  2026-11-25,  HOLIDAY, 2026-11-25,        2026-11-26",   // a holiday on the due day
        "2026-11-06,  2026-11-23,  HOLIDAY, 2026-11-23,        2026-11-24",   // due Sat 11-21, moved to Mon, now Tue
        "2026-11-13,  2026-11-28,  WORKDAY, 2026-11-30,        2026-11-28",   // due Sat 11-28, now a make-up working day
        "2026-09-16,  2026-10-01,  NORMAL,  2026-10-08,        2026-10-01",   // National Day taken away
    })
    void aChangedCalendarMovesTheNoticeDeadline(LocalDate received, LocalDate day, DayKind kind, LocalDate before,
                                               LocalDate after) {
        Visit p = petition(received);
        assertEquals(before, stored(p.id()).get(0));

        holidays.set(day, kind, "测试");
        assertEquals(before, stored(p.id()).get(0), "stored dates change only when recomputed");
        assertEquals(1, visits.recomputeDeadlines());

        assertEquals(after, stored(p.id()).get(0));
        assertEquals(after, stored(p.id()).get(2), "the notice is the next deadline");
        assertEquals(0, visits.recomputeDeadlines(), "nothing left to move");
        assertEquals(after, visits.deadlinesOf(p).noticeDue(), "new saves use the changed calendar too");
    }

    @Test
    void onlyOpenPetitionsAreRecomputedAndEachChangeIsAudited() {
        Visit open = petition(LocalDate.of(2026, 11, 10));
        Visit noticeSent = visits.save(petition(LocalDate.of(2026, 11, 10)).toBuilder()
                .noticeSentOn(LocalDate.of(2026, 11, 12)).build());
        Visit inBin = petition(LocalDate.of(2026, 11, 10));
        visits.delete(List.of(inBin.id()));
        Visit concluded = visits.save(petition(LocalDate.of(2026, 11, 10)).toBuilder()
                .concludedOn(LocalDate.of(2026, 11, 20)).build());
        Visit consultation = visits.save(visit(station, prosecutor, LocalDate.of(2026, 11, 10), "咨询土地承包合同")
                .followUpDue(LocalDate.of(2026, 11, 25)).build());
        List<LocalDate> concludedBefore = stored(concluded.id());
        List<LocalDate> consultationBefore = stored(consultation.id());
        int historyBefore = visits.history(open.id()).size();

        holidays.set(LocalDate.of(2026, 11, 25), DayKind.HOLIDAY, "地方假日");
        assertEquals(3, visits.recomputeDeadlines());

        LocalDate moved = LocalDate.of(2026, 11, 26);
        LocalDate resultDue = LocalDate.of(2027, 1, 11);   // +60 = Sat 2027-01-09, 2027 is weekends only
        assertEquals(List.of(moved, resultDue, moved), stored(open.id()));
        assertEquals(List.of(moved, resultDue, resultDue), stored(noticeSent.id()), "the notice was sent: the result is next");
        assertEquals(List.of(moved, resultDue, moved), stored(inBin.id()), "a restored petition carries the right dates");
        assertEquals(concludedBefore, stored(concluded.id()));
        assertEquals(consultationBefore, stored(consultation.id()));

        List<HistoryEntry> history = visits.history(open.id());
        assertEquals(historyBefore + 1, history.size());
        HistoryEntry last = history.get(history.size() - 1);
        assertEquals("UPDATE", last.action());
        assertEquals("测试员", last.user());
        assertEquals(List.of(new HistoryEntry.FieldChange("noticeDue", "2026-11-25", "2026-11-26")), last.changes());
    }

    @Test
    void wiredAsAListenerTheStoredDeadlinesFollowEveryChange() {
        holidays.addDeadlineRecomputation(visits::recomputeDeadlines);
        Visit p = petition(LocalDate.of(2026, 11, 10));

        assertEquals(1, holidays.set(LocalDate.of(2026, 11, 25), DayKind.HOLIDAY, "地方假日"), "one petition moved");
        assertEquals(LocalDate.of(2026, 11, 26), stored(p.id()).get(0));

        assertEquals(1, holidays.reset(LocalDate.of(2026, 11, 25)));
        assertEquals(LocalDate.of(2026, 11, 25), stored(p.id()).get(0));
        assertTrue(visits.history(p.id()).stream().filter(h -> h.action().equals("UPDATE")).count() >= 2);
    }
}
