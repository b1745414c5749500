package org.liaisondesk.register.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.testsupport.TestRegister.TODAY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.demo.service.DemoWork;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.register.work.model.WorkActivity;
import org.liaisondesk.register.work.model.WorkKind;
import org.liaisondesk.register.work.model.WorkQuery;
import org.liaisondesk.register.work.model.WorkTotals;
import org.liaisondesk.register.work.service.WorkService;
import org.liaisondesk.testsupport.TestRegister;

/** The demo's work done: every kind, the figures of the seed stories scaled down, deterministic, all in the past. */
class DemoWorkTest {
    @TempDir
    Path dir;

    private record Loaded(List<WorkActivity> activities, WorkService work, List<Station> stations) {
    }

    private static Loaded load(TestRegister reg) {
        List<Station> stations = List.of(
                reg.roster.save(Station.draft("区综治中心检察服务窗口", StationKind.GOVERNANCE_CENTRE)),
                reg.roster.save(Station.draft("清溪村“微检治”联络站", StationKind.VILLAGE)),
                reg.roster.save(Station.draft("崇阳街道微检治联络站", StationKind.COMMUNITY)),
                reg.roster.save(Station.draft("城西工业园区“微检治”联络站", StationKind.INDUSTRIAL_PARK)),
                reg.roster.save(Station.draft("“微检治”移动联络站", StationKind.MOBILE)),
                reg.roster.save(Station.draft("双河街道“检察+网格”联络站", StationKind.COMMUNITY)));
        List<Prosecutor> prosecutors = List.of(reg.prosecutor("林晓岚", stations.get(0)),
                reg.prosecutor("周振宇", stations.get(1)), reg.prosecutor("唐一鸣", null));
        List<Liaison> panel = List.of(WorkFixtures.liaison(reg, "王建国", "人大代表"),
                WorkFixtures.liaison(reg, "刘淑珍", "听证员"), WorkFixtures.liaison(reg, "陈志远", "人民监督员"),
                WorkFixtures.liaison(reg, "何丽华", "政协委员"));
        WorkService work = WorkFixtures.service(reg);
        return new Loaded(new DemoWork(work, TestRegister.CLOCK).load(stations, prosecutors, panel), work, stations);
    }

    @Test
    void theDemoCoversEveryKindWithTheFlavourOfTheStories() throws Exception {
        try (TestRegister reg = new TestRegister(Files.createDirectory(dir.resolve("a")))) {
            Loaded loaded = load(reg);
            List<WorkActivity> all = loaded.activities();
            WorkService work = loaded.work();
            Station centre = loaded.stations().get(0);

            assertTrue(all.size() >= 30 && all.size() <= 40, "about 35 activities: " + all.size());
            assertEquals(EnumSet.allOf(WorkKind.class), all.stream().map(WorkActivity::kind)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(WorkKind.class))));
            assertTrue(all.stream().allMatch(a -> !a.heldOn().isAfter(TODAY) && a.heldOn().isAfter(TODAY.minusDays(160))));
            assertTrue(all.stream().flatMap(a -> a.serviceLog().stream()).allMatch(s -> s.doneOn().isBefore(TODAY)));

            WorkTotals totals = work.totals(WorkQuery.firstPage(10));
            assertEquals(all.size(), totals.count());
            assertEquals(2_000_000L, totals.aidPaidFen(), "20,000 yuan of judicial aid");
            assertTrue(totals.disputesResolved() >= 8, "disputes resolved: " + totals.disputesResolved());
            assertTrue(totals.serviceHoursDone() >= 150 && totals.serviceHoursDone() <= 224,
                    "36 to 60 hours for each of five people: " + totals.serviceHoursDone());
            List<WorkActivity> services = all.stream().filter(a -> a.kind() == WorkKind.COMMUNITY_SERVICE).toList();
            assertEquals(5, services.size());
            assertTrue(services.stream().anyMatch(a -> a.hoursDone() < a.hoursAgreed() && a.assessment().isEmpty()),
                    "a service still under way");
            assertTrue(services.stream().filter(a -> a.hoursDone() >= a.hoursAgreed())
                    .allMatch(a -> !a.assessment().isEmpty()), "a completed service is assessed");
            assertTrue(totals.audience() > 500);

            assertTrue(all.stream().filter(a -> a.kind() == WorkKind.JUDICIAL_AID)
                    .allMatch(a -> centre.id().equals(a.stationId())), "aid is paid at the governance-centre desk");
            assertEquals(6, all.stream().filter(a -> a.kind() == WorkKind.MEDIATION).map(WorkActivity::stationId)
                    .distinct().count(), "disputes resolved across six stations");
            assertTrue(all.stream().filter(a -> a.kind() == WorkKind.HEARING).allMatch(a -> a.panel().size() == 3));
            assertTrue(all.stream().filter(a -> a.kind() == WorkKind.HEARING).flatMap(a -> a.panel().stream())
                    .anyMatch(m -> m.role().equals("人大代表")));
            assertTrue(all.stream().anyMatch(a -> a.kind() == WorkKind.JUDICIAL_AID && a.involvesMinor()),
                    "a minor applicant is marked from the ID number");
            assertTrue(all.stream().anyMatch(a -> a.kind() == WorkKind.PUBLICITY && a.place().contains("小学")));
            assertTrue(all.stream().anyMatch(a -> a.kind() == WorkKind.PUBLICITY && a.place().contains("市场")));
            assertTrue(all.stream().allMatch(a -> a.prosecutorId() != null));
        }
    }

    @Test
    void theSameDayGivesTheSameDemo() throws Exception {
        try (TestRegister first = new TestRegister(Files.createDirectory(dir.resolve("a")));
             TestRegister second = new TestRegister(Files.createDirectory(dir.resolve("b")))) {
            List<WorkActivity> a = load(first).activities();
            List<WorkActivity> b = load(second).activities();
            assertEquals(a.stream().map(x -> x.heldOn() + x.title() + x.hoursDone()).toList(),
                    b.stream().map(x -> x.heldOn() + x.title() + x.hoursDone()).toList());
            assertFalse(a.get(0).uuid().equals(b.get(0).uuid()), "UUIDs are left to the repository");
        }
    }

    @Test
    void anEmptyRosterStillGivesAValidDemo() throws Exception {
        try (TestRegister reg = new TestRegister(Files.createDirectory(dir.resolve("a")))) {
            List<WorkActivity> all = new DemoWork(WorkFixtures.service(reg), TestRegister.CLOCK)
                    .load(List.of(), List.of(), List.of());
            assertTrue(all.size() >= 30);
            assertNull(all.get(0).stationId());
            assertTrue(all.stream().allMatch(a -> a.panel().isEmpty()));
        }
    }
}
