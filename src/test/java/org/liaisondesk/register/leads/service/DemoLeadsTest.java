package org.liaisondesk.register.leads.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.testsupport.TestRegister.TODAY;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.demo.service.DemoLeads;
import org.liaisondesk.demo.service.DemoVisits;
import org.liaisondesk.register.leads.LeadFixtures;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.leads.model.LeadQuery;
import org.liaisondesk.register.leads.model.LeadRules;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.testsupport.TestRegister;

/** The demo leads: realistic, complete in their variety, valid, in the past, and the same every time. */
class DemoLeadsTest {
    @TempDir
    Path dir;
    TestRegister reg;
    LeadService leads;
    List<Liaison> reporters;
    List<Lead> loaded;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        leads = LeadFixtures.service(reg);
        new DemoVisits(reg.roster, reg.visits, TestRegister.CLOCK).load(null);
        reporters = List.of(LeadFixtures.gridWorker(reg, "冯玉梅", "双河街道第3网格", "13912345678"),
                LeadFixtures.gridWorker(reg, "何建国", "清溪村三组", "13812341234"));
        loaded = new DemoLeads(leads, TestRegister.CLOCK).load(reg.roster.stations(), reg.roster.prosecutors(), reporters);
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    @Test
    void aboutFortyLeadsOverTheLastSixMonthsAllStored() {
        assertTrue(loaded.size() >= 38 && loaded.size() <= 45, "about forty: " + loaded.size());
        assertEquals(loaded.size(), leads.countLive());
        for (Lead l : loaded) {
            assertFalse(l.receivedOn().isAfter(TODAY), l.description());
            assertTrue(l.receivedOn().isAfter(TODAY.minusMonths(6).minusDays(1)), l.description());
            assertEquals(l, leads.find(l.id()).orElseThrow());
        }
    }

    @Test
    void everySourceFieldTriageAndStarLevelOccurs() {
        assertEquals(EnumSet.allOf(LeadSource.class), loaded.stream().map(Lead::source)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LeadSource.class))));
        assertEquals(EnumSet.allOf(SupervisionField.class), loaded.stream().map(Lead::field)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SupervisionField.class))));
        assertEquals(EnumSet.allOf(Triage.class), loaded.stream().map(Lead::triage)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Triage.class))));
        Set<Integer> stars = loaded.stream().map(Lead::stars).collect(Collectors.toCollection(HashSet::new));
        assertEquals(new HashSet<>(Arrays.asList(null, 1, 2, 3, 4, 5)), stars, "every level, and some not rated yet");
        assertTrue(leads.count(LeadQuery.firstPage(50).withNotFedBack(true)) >= 3, "several wait for feedback");
    }

    @Test
    void reportersComeFromTheRosterOrAreTyped() {
        Set<Long> rosterIds = loaded.stream().map(Lead::reporterLiaisonId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        assertEquals(reporters.stream().map(Liaison::id).collect(Collectors.toSet()), rosterIds);
        assertTrue(loaded.stream().anyMatch(l -> l.reporterLiaisonId() == null && !l.reporterPhone().isEmpty()));
        assertTrue(loaded.stream().allMatch(l -> l.stationId() != null && l.prosecutorId() != null));
    }

    @Test
    void theThreeTimberYardsShowAsPossibleDuplicates() {
        List<Lead> timber = loaded.stream().filter(l -> l.village().equals("长林村")).toList();
        assertEquals(3, timber.size());
        Lead last = timber.get(2);
        assertEquals(Set.of(timber.get(0).id(), timber.get(1).id()),
                leads.lookAlikes(last).stream().map(a -> a.id()).collect(Collectors.toSet()));
    }

    @Test
    void leadsAboutTheSameProblemShareItsNameAndTheTimberYardsFallWithinAYear() {
        List<Lead> timber = loaded.stream().filter(l -> l.description().contains("木材加工")).toList();
        assertEquals(3, timber.size());
        for (Lead l : timber) {
            assertEquals(SupervisionField.LAND, l.field(), l.description());
            assertEquals("占用耕地从事木材加工", l.problem(), l.description());
            assertTrue(l.receivedOn().isAfter(TODAY.minusMonths(12)), "within the last twelve months");
        }
        assertEquals(List.of("向未成年人售烟酒"), problemsOf(l -> l.description().contains("出售香烟")
                || l.description().contains("向未成年人售酒")));
        assertEquals(List.of("河道垃圾倾倒"), problemsOf(l -> l.village().equals("清溪村")
                && l.description().contains("垃圾")));
        assertEquals(3, loaded.stream().filter(l -> l.problem().equals("河道垃圾倾倒")).count());
        for (Lead l : loaded) {
            assertTrue(l.problem().length() <= LeadRules.MAX_PROBLEM_LENGTH, l.problem());
            assertEquals(LeadRules.normalizeProblem(l.problem()), l.problem());
        }
        assertTrue(loaded.stream().filter(l -> !l.problem().isEmpty()).count() >= 30, "most leads name their problem");
        assertEquals("占用耕地从事木材加工", leads.problems(SupervisionField.LAND).get(0), "the editor suggests it first");
        assertEquals(3, leads.count(LeadQuery.firstPage(50).withField(SupervisionField.LAND)
                .withProblem("占用耕地从事木材加工").withDates(TODAY.minusMonths(12), TODAY)));
    }

    private List<String> problemsOf(Predicate<Lead> which) {
        return loaded.stream().filter(which).map(Lead::problem).distinct().toList();
    }

    @Test
    void theSameDayGivesTheSameLeadsAndAnEmptyRosterStillWorks(@TempDir Path other) {
        try (TestRegister second = new TestRegister(other)) {
            List<Lead> again = new DemoLeads(LeadFixtures.service(second), TestRegister.CLOCK)
                    .load(List.of(), List.of(), List.of());
            assertEquals(loaded.size(), again.size());
            for (int i = 0; i < loaded.size(); i++) {
                Lead a = loaded.get(i);
                Lead b = again.get(i);
                assertEquals(a.description(), b.description());
                assertEquals(a.receivedOn(), b.receivedOn());
                assertEquals(a.problem(), b.problem());
                if (a.reporterLiaisonId() == null) {
                    assertEquals(a.reporterPhone(), b.reporterPhone(), "typed phones come from the fixed seed");
                }
            }
        }
    }
}
