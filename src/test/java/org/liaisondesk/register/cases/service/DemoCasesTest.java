package org.liaisondesk.register.cases.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.testsupport.TestRegister.TODAY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.demo.service.DemoCases;
import org.liaisondesk.demo.service.DemoLeads;
import org.liaisondesk.demo.service.DemoVisits;
import org.liaisondesk.register.cases.CaseFixtures;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.LinkKind;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.model.MatterLink;
import org.liaisondesk.register.cases.model.MatterQuery;
import org.liaisondesk.register.cases.model.MatterRules;
import org.liaisondesk.register.cases.model.MatterStatus;
import org.liaisondesk.register.cases.model.UnifiedCaseCode;
import org.liaisondesk.register.leads.LeadFixtures;
import org.liaisondesk.register.leads.model.LeadQuery;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.visits.model.VisitQuery;
import org.liaisondesk.testsupport.TestRegister;

/** The demo's cases: realistic, complete, valid, deterministic, and linkable to the demo's visits. */
class DemoCasesTest {
    private static final Pattern OFFICE_NUMBER = Pattern.compile("崇检[\\p{IsHan}]{1,3}〔\\d{4}〕[1-9]\\d*号");

    @TempDir
    Path dir;
    TestRegister reg;
    MatterService service;
    List<Matter> loaded;

    @BeforeEach
    void setUp() throws Exception {
        reg = new TestRegister(Files.createDirectory(dir.resolve("first")));
        service = CaseFixtures.service(reg);
        new DemoVisits(reg.roster, reg.visits, TestRegister.CLOCK).load(null);
        loaded = new DemoCases(service, reg.reference, TestRegister.CLOCK).load(reg.roster.stations(),
                reg.roster.prosecutors());
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    @Test
    void everyFunctionAndStatusOccursWithValidDatesAndNumbers() {
        assertTrue(loaded.size() >= 25, "about thirty cases: " + loaded.size());
        assertEquals(loaded.size(), service.countLive());
        assertEquals(EnumSet.allOf(BusinessLine.class), EnumSet.copyOf(loaded.stream().map(Matter::businessLine).toList()));
        assertEquals(EnumSet.allOf(MatterStatus.class), EnumSet.copyOf(loaded.stream().map(Matter::status).toList()));
        Set<String> numbers = new HashSet<>();
        for (Matter m : loaded) {
            assertTrue(OFFICE_NUMBER.matcher(m.officeNumber()).matches(), m.officeNumber());
            assertTrue(numbers.add(m.officeNumber()), "numbers never repeat: " + m.officeNumber());
            assertTrue(m.officeNumber().contains("〔" + m.acceptedOn().getYear() + "〕"), "the year of acceptance");
            assertFalse(m.acceptedOn().isAfter(TODAY));
            if (m.status() == MatterStatus.CONCLUDED) {
                assertFalse(m.concludedOn().isBefore(m.acceptedOn()));
                assertFalse(m.concludedOn().isAfter(TODAY));
            } else {
                assertNull(m.concludedOn());
            }
            assertTrue(m.businessId() != null && m.stationId() != null && m.prosecutorId() != null, m.name());
        }
        List<String> codes = loaded.stream().map(Matter::unifiedCode).filter(c -> !c.isEmpty()).toList();
        assertTrue(codes.size() >= 3, "a few cases carry the unified code");
        assertTrue(codes.stream().allMatch(UnifiedCaseCode::isValid), codes.toString());
        assertTrue(loaded.stream().filter(Matter::involvesMinor).count() >= 3);
    }

    @Test
    void theStoriesLandAtTheirStationsWithTheirProsecutors() {
        Matter divorce = byName("罗某离婚纠纷支持起诉案");
        assertEquals(BusinessLine.CIVIL, divorce.businessLine());
        assertEquals("罗春梅、黄志勇", divorce.parties());
        assertTrue(divorce.involvesMinor(), "two children");
        assertEquals("双河街道“检察+网格”联络站", stationName(divorce));
        assertEquals("韩立诚", prosecutorName(divorce));
        assertEquals(3, loaded.stream().filter(m -> m.name().startsWith("清溪村五组木材加工厂占用农用地")).count());
        assertEquals("周振宇", prosecutorName(byName("木材加工企业占用农用地类案监督案")));
        assertTrue(byName("清溪村三组河段生活垃圾污染行政公益诉讼案").officeNumber().startsWith("崇检公益立〔"));
    }

    @Test
    void leadsAndCasesOfOneStoryShareFieldAndProblemWithinAYear() {
        LeadService leads = LeadFixtures.service(reg);
        new DemoLeads(leads, TestRegister.CLOCK).load(reg.roster.stations(), reg.roster.prosecutors(), List.of());
        LocalDate yearAgo = TODAY.minusMonths(12);
        record Story(SupervisionField field, String problem, int leads, int cases) {
        }
        for (Story s : List.of(new Story(SupervisionField.LAND, "占用耕地从事木材加工", 3, 4),
                new Story(SupervisionField.MINORS, "向未成年人售烟酒", 2, 1),
                new Story(SupervisionField.ECOLOGY, "河道垃圾倾倒", 3, 1))) {
            assertEquals(s.leads(), leads.count(LeadQuery.firstPage(50).withField(s.field()).withProblem(s.problem())
                    .withDates(yearAgo, TODAY)), s.problem());
            assertEquals(s.cases(), service.count(MatterQuery.firstPage(50).withField(s.field())
                    .withProblem(s.problem()).withDates(yearAgo, TODAY)), s.problem());
        }
        assertEquals("占用耕地从事木材加工", service.problems(SupervisionField.LAND).get(0));
        assertEquals(List.of("占用耕地从事木材加工"), loaded.stream().filter(m -> m.name().contains("木材加工"))
                .map(Matter::problem).distinct().toList(), "the three timber-yard cases and the class case");
        for (Matter m : loaded) {
            assertTrue(m.problem().length() <= MatterRules.MAX_PROBLEM_LENGTH, m.problem());
        }
    }

    @Test
    void theSameDayGivesTheSameCases() throws Exception {
        try (TestRegister other = new TestRegister(Files.createDirectory(dir.resolve("second")))) {
            new DemoVisits(other.roster, other.visits, TestRegister.CLOCK).load(null);
            List<Matter> again = new DemoCases(CaseFixtures.service(other), other.reference, TestRegister.CLOCK)
                    .load(other.roster.stations(), other.roster.prosecutors());
            assertEquals(summary(loaded), summary(again));
        }
    }

    @Test
    void casesLinkToDemoVisitsAndASecondLoadIsRefused() {
        DemoCases demo = new DemoCases(service, reg.reference, TestRegister.CLOCK);
        long visitId = reg.visits.page(VisitQuery.firstPage(5).withText("垃圾")).items().get(0).id();
        Matter river = byName("清溪村三组河段生活垃圾污染行政公益诉讼案");

        Matter linked = demo.link(river, "VISIT", visitId);
        demo.link(river, "VISIT", visitId);

        assertEquals(List.of(new MatterLink(LinkKind.VISIT, visitId)), linked.links());
        assertEquals(1, service.page(MatterQuery.firstPage(50).withText("生活垃圾污染")).items().get(0).linkCount());
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> demo.load(reg.roster.stations(), reg.roster.prosecutors()));
        assertEquals("demo.registerNotEmpty", e.messageKey());
        assertEquals(loaded.size(), service.countLive());
    }

    @Test
    void withoutARosterTheCasesHaveNoStationOrProsecutor() throws Exception {
        try (TestRegister empty = new TestRegister(Files.createDirectory(dir.resolve("empty")))) {
            List<Matter> cases = new DemoCases(CaseFixtures.service(empty), empty.reference, TestRegister.CLOCK)
                    .load(List.of(), List.of());
            assertEquals(loaded.size(), cases.size());
            assertTrue(cases.stream().allMatch(m -> m.stationId() == null && m.prosecutorId() == null));
        }
    }

    private Matter byName(String name) {
        return loaded.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    private String stationName(Matter m) {
        return reg.roster.stations().stream().filter(s -> s.id().equals(m.stationId())).map(Station::name)
                .findFirst().orElseThrow();
    }

    private String prosecutorName(Matter m) {
        return reg.roster.prosecutors().stream().filter(p -> p.id().equals(m.prosecutorId())).map(Prosecutor::name)
                .findFirst().orElseThrow();
    }

    private static List<String> summary(List<Matter> cases) {
        return cases.stream().map(m -> m.name() + "|" + m.officeNumber() + "|" + m.unifiedCode() + "|" + m.acceptedOn()
                + "|" + m.status() + "|" + m.concludedOn() + "|" + m.problem()).toList();
    }
}
