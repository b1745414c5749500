package org.liaisondesk.demo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.text.ChineseIdNumber;
import org.liaisondesk.common.text.PhoneNumbers;
import org.liaisondesk.common.time.DeadlineCalculator;
import org.liaisondesk.common.time.HolidayCalendar;
import org.liaisondesk.register.roster.data.ProsecutorRepository;
import org.liaisondesk.register.roster.data.StationRepository;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.register.roster.service.RosterService;
import org.liaisondesk.register.visits.data.VisitRepository;
import org.liaisondesk.register.visits.model.Handling;
import org.liaisondesk.register.visits.model.StatusFilter;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.register.visits.model.VisitForm;
import org.liaisondesk.register.visits.model.VisitQuery;
import org.liaisondesk.register.visits.model.VisitRow;
import org.liaisondesk.register.visits.model.VisitSort;
import org.liaisondesk.register.visits.service.VisitService;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.Database;
import org.liaisondesk.storage.Migrations;

class DemoVisitsTest {
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private final List<Database> opened = new ArrayList<>();

    /** One register in its own folder, wired like the application does. */
    private record Register(RosterService roster, VisitService visits, DemoVisits demo) {
    }

    private Register open(String name, Clock clock) {
        Path folder = dir.resolve(name);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Database db = Database.open(folder.resolve("t.db"), folder.resolve("backups"), new Migrations(clock));
        opened.add(db);
        AuditLog audit = new AuditLog(clock, () -> "测试");
        StationRepository sr = new StationRepository(audit);
        ProsecutorRepository pr = new ProsecutorRepository(audit);
        RosterService roster = new RosterService(db, sr, pr);
        VisitService visits = new VisitService(db, audit, new VisitRepository(audit), sr, pr,
                () -> new DeadlineCalculator(HolidayCalendar.chinaOfficial()), clock, () -> 3);
        return new Register(roster, visits, new DemoVisits(roster, visits, clock));
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    private static VisitQuery query(VisitForm form, VisitCategory category, StatusFilter status) {
        return new VisitQuery("", null, null, null, null, form, category, status, false, VisitSort.DATE, true, null, 500);
    }

    private static List<VisitRow> all(VisitService visits) {
        return visits.page(query(null, null, StatusFilter.ALL)).items();
    }

    @Test
    void loadsARealisticRegisterAndReportsWhatItWrote() {
        Register r = open("a", CLOCK);
        List<String> progress = new ArrayList<>();

        DemoVisits.Summary summary = r.demo().load(progress::add);

        assertEquals(r.roster().stations().size(), summary.stations());
        assertEquals(r.roster().prosecutors().size(), summary.prosecutors());
        assertEquals(r.visits().countLive(), summary.visits());
        assertEquals(6, summary.stations());
        assertTrue(summary.prosecutors() >= 5 && summary.prosecutors() <= 7, "prosecutors " + summary.prosecutors());
        assertTrue(summary.visits() >= 40 && summary.visits() <= 60, "visits " + summary.visits());

        assertTrue(progress.contains("正在创建联络站…"), progress.toString());
        assertTrue(progress.contains("正在写入接访记录 12/" + summary.visits() + "…"), progress.toString());
    }

    @Test
    void coversEveryKindOfStationFormCategoryAndHandling() {
        Register r = open("a", CLOCK);
        r.demo().load(s -> { });

        Set<StationKind> kinds = EnumSet.noneOf(StationKind.class);
        r.roster().stations().forEach(s -> kinds.add(s.kind()));
        assertEquals(EnumSet.allOf(StationKind.class), kinds);

        for (VisitForm form : VisitForm.values()) {
            assertTrue(r.visits().count(query(form, null, StatusFilter.ALL)) > 0, "no visit of form " + form);
        }
        for (VisitCategory category : VisitCategory.values()) {
            assertTrue(r.visits().count(query(null, category, StatusFilter.ALL)) > 0, "no visit of category " + category);
        }
        Set<Handling> handlings = EnumSet.noneOf(Handling.class);
        List<VisitRow> rows = all(r.visits());
        assertEquals(r.visits().countLive(), rows.size());
        rows.forEach(row -> handlings.add(row.handling()));
        assertEquals(EnumSet.allOf(Handling.class), handlings);
    }

    @Test
    void clocksAreRunningSomeDueSomeOverdue() {
        Register r = open("a", CLOCK);
        r.demo().load(s -> { });

        List<VisitRow> openPetitions = r.visits().page(query(null, VisitCategory.PETITION, StatusFilter.OPEN)).items();
        assertTrue(openPetitions.stream().filter(v -> v.nextDue() != null).count() >= 3, openPetitions.toString());
        assertTrue(r.visits().count(query(null, null, StatusFilter.OVERDUE)) > 0);
        assertTrue(r.visits().count(query(null, null, StatusFilter.DUE)) > 0);
        // Some deadline is coming up (due within the lead time, not yet passed), not only overdue ones.
        assertTrue(r.visits().page(query(null, null, StatusFilter.DUE)).items().stream()
                .anyMatch(v -> !v.nextDue().isBefore(TODAY)));
        assertTrue(r.visits().count(query(null, null, StatusFilter.CONCLUDED)) > 0);

        // The petition clocks: one notice missed, one extended, some notices sent.
        List<Visit> petitions = new ArrayList<>();
        for (VisitRow row : r.visits().page(query(null, VisitCategory.PETITION, StatusFilter.ALL)).items()) {
            petitions.add(r.visits().find(row.id()).orElseThrow());
        }
        assertTrue(petitions.stream().anyMatch(Visit::resultExtended));
        assertTrue(petitions.stream().filter(v -> v.concludedOn() == null && v.noticeSentOn() != null).count() >= 2);
        assertTrue(petitions.stream().anyMatch(v -> v.concludedOn() == null && v.noticeSentOn() == null
                && r.visits().deadlinesOf(v).noticeDue().isBefore(TODAY)), "no petition overdue for notice");
        for (Visit p : petitions) {
            if (p.concludedOn() == null) {
                long age = TODAY.toEpochDay() - p.date().toEpochDay();
                assertTrue(age >= 1 && age <= 60, "open petition received " + age + " days ago");
            }
        }
    }

    @Test
    void datesLieInTheLastFiveMonthsAndNeverInTheFuture() {
        Register r = open("a", CLOCK);
        r.demo().load(s -> { });

        LocalDate earliest = TODAY;
        for (VisitRow row : all(r.visits())) {
            Visit v = r.visits().find(row.id()).orElseThrow();
            assertFalse(v.date().isAfter(TODAY), v.summary());
            assertTrue(v.date().isAfter(TODAY.minusDays(160)), v.summary());
            if (v.concludedOn() != null) {
                assertFalse(v.concludedOn().isAfter(TODAY), v.summary());
                assertFalse(v.concludedOn().isBefore(v.date()), v.summary());
            }
            if (v.noticeSentOn() != null) {
                assertFalse(v.noticeSentOn().isAfter(TODAY), v.summary());
            }
            if (v.handling() == Handling.REFERRED) {
                assertFalse(v.referredTo().isBlank(), v.summary());
            }
            earliest = v.date().isBefore(earliest) ? v.date() : earliest;
        }
        assertTrue(earliest.isBefore(TODAY.minusDays(120)), "spread over months, earliest " + earliest);
    }

    @Test
    void tellsTheStationsStoriesWithValidPersonalData() {
        Register r = open("a", CLOCK);
        r.demo().load(s -> { });

        for (Prosecutor p : r.roster().prosecutors()) {
            assertTrue(PhoneNumbers.isValid(p.phone()), p.name() + " " + p.phone());
        }
        assertTrue(r.roster().prosecutors().stream().anyMatch(p -> p.stationId() != null));
        List<Visit> all = new ArrayList<>();
        for (VisitRow row : all(r.visits())) {
            all.add(r.visits().find(row.id()).orElseThrow());
        }
        int ids = 0;
        boolean minorById = false;
        for (Visit v : all) {
            if (!v.visitorPhone().isEmpty()) {
                assertTrue(PhoneNumbers.isValid(v.visitorPhone()), v.visitorPhone());
            }
            if (!v.visitorIdNumber().isEmpty()) {
                ids++;
                ChineseIdNumber id = ChineseIdNumber.parse(v.visitorIdNumber(), CLOCK);
                if (id.isMinorOn(v.date())) {
                    minorById = true;
                    assertTrue(v.involvesMinor());
                }
            }
        }
        assertTrue(ids >= 4, "ID numbers: " + ids);
        assertTrue(minorById, "no visitor whose ID shows a minor");
        assertTrue(all.stream().anyMatch(v -> v.visitorName().isEmpty()), "no anonymous visitor");
        Map<String, Set<String>> phonesByName = new HashMap<>();
        all.stream().filter(v -> !v.visitorName().isEmpty() && !v.visitorPhone().isEmpty())
                .forEach(v -> phonesByName.computeIfAbsent(v.visitorName(), n -> new HashSet<>()).add(v.visitorPhone()));
        phonesByName.forEach((name, phones) -> assertEquals(1, phones.size(), "one person, one phone: " + name));
        assertTrue(all.stream().filter(Visit::involvesMinor).count() >= 3);
        assertTrue(r.visits().count(query(null, null, StatusFilter.ALL).withText("支持起诉")) >= 2);
        assertTrue(r.visits().count(query(null, null, StatusFilter.ALL).withText("木材加工")) >= 2);
        assertTrue(r.visits().count(query(null, null, StatusFilter.ALL).withText("欠薪")) >= 1
                || r.visits().count(query(null, null, StatusFilter.ALL).withText("拖欠")) >= 1);
        assertTrue(r.visits().count(query(null, null, StatusFilter.ALL).withText("劳动保障监察大队")) >= 1);
        assertTrue(r.visits().count(query(null, null, StatusFilter.ALL).withText("区市场监管局")) >= 1);
        assertTrue(r.visits().count(query(null, null, StatusFilter.ALL).withText("司法救助")) >= 1);
    }

    @Test
    void refusesARegisterThatIsNotEmpty() {
        Register r = open("a", CLOCK);
        DemoVisits.Summary first = r.demo().load(s -> { });

        UserFacingException e = assertThrows(UserFacingException.class, () -> r.demo().load(s -> { }));
        assertEquals("demo.registerNotEmpty", e.messageKey());
        assertEquals(first.stations(), r.roster().stations().size());
        assertEquals(first.prosecutors(), r.roster().prosecutors().size());
        assertEquals(first.visits(), r.visits().countLive());
    }

    @Test
    void refusesARegisterWithOnlyAStation() {
        Register r = open("a", CLOCK);
        r.roster().save(Station.draft("自建联络站", StationKind.VILLAGE));

        UserFacingException e = assertThrows(UserFacingException.class, () -> r.demo().load(s -> { }));
        assertEquals("demo.registerNotEmpty", e.messageKey());
        assertEquals(1, r.roster().stations().size());
        assertEquals(0, r.roster().prosecutors().size());
        assertEquals(0, r.visits().countLive());
    }

    @Test
    void theSameDayGivesTheSameRegister() {
        Register a = open("a", CLOCK);
        Register b = open("b", CLOCK);
        a.demo().load(s -> { });
        b.demo().load(s -> { });

        VisitQuery firstPage = VisitQuery.firstPage(50);
        assertEquals(a.visits().page(firstPage).items(), b.visits().page(firstPage).items());
        assertEquals(all(a.visits()), all(b.visits()));
        assertEquals(a.roster().prosecutors().stream().map(Prosecutor::phone).toList(),
                b.roster().prosecutors().stream().map(Prosecutor::phone).toList());
    }

    @Test
    void worksOnAnotherDayToo() {
        Clock other = Clock.fixed(Instant.parse("2025-02-03T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
        Register r = open("c", other);
        DemoVisits.Summary s = r.demo().load(m -> { });
        assertEquals(s.visits(), r.visits().countLive());
        assertTrue(r.visits().count(query(null, null, StatusFilter.OVERDUE)) > 0);
    }

    @Test
    void generatesIdNumbersWithTheRightCheckCharacter() {
        assertEquals("11010519491231002X", DemoVisits.idNumber("110105", LocalDate.of(1949, 12, 31), 2));
        assertEquals("440524188001010014", DemoVisits.idNumber("440524", LocalDate.of(1880, 1, 1), 1));
        String id = DemoVisits.idNumber("510184", LocalDate.of(1971, 11, 26), 317);
        assertTrue(ChineseIdNumber.problem(id, CLOCK).isEmpty(), id);
        assertEquals(ChineseIdNumber.checkCharacter(id.substring(0, 17)), id.charAt(17));
    }
}
