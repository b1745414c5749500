package org.liaisondesk.register.leads.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.register.leads.LeadFixtures.lead;
import static org.liaisondesk.testsupport.TestRegister.TODAY;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.model.Cursor;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.register.leads.LeadFixtures;
import org.liaisondesk.register.leads.data.LeadRepository;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.leads.model.LeadQuery;
import org.liaisondesk.register.leads.model.LeadRow;
import org.liaisondesk.register.leads.model.LeadSort;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.register.leads.model.LinkedCase;
import org.liaisondesk.register.leads.model.LookAlike;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.testsupport.TestRegister;

/** The lead register's use cases against a real SQLite file. */
class LeadServiceTest {
    @TempDir
    Path dir;
    TestRegister reg;
    LeadService leads;
    Station station;
    Prosecutor prosecutor;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        leads = LeadFixtures.service(reg);
        station = reg.station("清溪村“微检治”联络站");
        prosecutor = reg.prosecutor("周振宇", station);
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private long count(String sql) {
        return reg.db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void aSavedLeadIsFoundWithItsStarsStoredAndAnAuditRow() {
        Lead saved = leads.save(lead(TODAY.minusDays(3), "村民反映清溪村三组河段沿岸堆放大量生活垃圾")
                .source(LeadSource.SNAPSHOT_APP).reporterName("何建国").reporterPhone("138 1234 1234")
                .stationId(station.id()).prosecutorId(prosecutor.id()).grid("三组")
                .rating(4, 3, 5).build());

        assertNotNull(saved.id());
        assertNotNull(saved.uuid());
        Lead found = leads.find(saved.id()).orElseThrow();
        assertEquals(saved, found);
        assertEquals("13812341234", found.reporterPhone());
        assertEquals(4, found.stars());
        assertEquals(4, count("SELECT stars FROM lead WHERE id = " + saved.id()), "stars are stored for the list");
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE entity = 'lead' AND action = 'INSERT' "
                + "AND entity_id = " + saved.id()));
    }

    @Test
    void aReporterFromTheRosterIsStoredByIdWithTheRosterName() {
        Liaison worker = LeadFixtures.gridWorker(reg, "冯玉梅", "双河街道第3网格", "13912345678");
        Lead saved = leads.save(lead(TODAY, "便利店向学生售烟").reporterLiaisonId(worker.id())
                .reporterName("随便写的").reporterPhone("13800000000").build());

        assertEquals(worker.id(), saved.reporterLiaisonId());
        assertEquals("冯玉梅", saved.reporterName(), "the roster's name, searchable in the lead list");
        assertEquals("", saved.reporterPhone(), "the roster holds the phone");
        LeadRow row = leads.page(LeadQuery.firstPage(10)).items().get(0);
        assertEquals("冯玉梅", row.reporterName());
        assertEquals("13912345678", row.reporterPhone());
        assertEquals("网格员", row.reporterRole());
    }

    @Test
    void aRefusedSaveWritesNothing() {
        long auditBefore = count("SELECT count(*) FROM audit_log");
        ValidationException e = assertThrows(ValidationException.class,
                () -> leads.save(lead(TODAY, "").rating(4, null, 5).build()));
        assertEquals(List.of("description", "ratingInvestigability"),
                e.problems().stream().map(p -> p.field()).toList());
        assertThrows(ValidationException.class, () -> leads.save(lead(TODAY, "无效的联络站").stationId(9999L).build()));
        assertThrows(ValidationException.class,
                () -> leads.save(lead(TODAY, "无效的报送人").reporterLiaisonId(9999L).build()));
        assertEquals(0, leads.countLive());
        assertEquals(auditBefore, count("SELECT count(*) FROM audit_log"));
    }

    @Test
    void whatADecisionDoesNotCarryIsDropped() {
        Lead pending = leads.save(lead(TODAY.minusDays(5), "待研判").triage(Triage.PENDING).triagedOn(TODAY)
                .referredTo("区市场监管局").build());
        assertNull(pending.triagedOn());
        assertEquals("", pending.referredTo());
        Lead referred = leads.save(pending.toBuilder().triage(Triage.REFERRED).triagedOn(TODAY)
                .referredTo("区市场监管局").build());
        assertEquals("区市场监管局", leads.find(referred.id()).orElseThrow().referredTo());
    }

    @Test
    void aVisitLinkMustNameALiveVisitWhenMadeAndSurvivesTheVisitsLaterDeletion() {
        var visit = reg.visits.save(TestRegister.visit(station, prosecutor, TODAY, "来访反映河道垃圾").build());
        Lead l = leads.save(lead(TODAY, "接访中发现的线索").source(LeadSource.VISIT).visitId(visit.id()).build());
        reg.visits.delete(List.of(visit.id()));

        Lead edited = leads.save(l.toBuilder().description("接访中发现的线索（补充）").build());
        assertEquals(visit.id(), edited.visitId());
        ValidationException e = assertThrows(ValidationException.class,
                () -> leads.save(lead(TODAY, "另一条").visitId(visit.id()).build()));
        assertEquals("visitId common.validation.unknown",
                e.problems().get(0).field() + " " + e.problems().get(0).messageKey());
    }

    // ------------------------------------------------------------------ the list

    record Seed(String description, UnaryOperator<Lead.Builder> shape) {
    }

    private void seedRegister() {
        Station other = reg.station("双河街道“检察+网格”联络站");
        List<Seed> seeds = List.of(
                new Seed("三组河段堆放生活垃圾", b -> b.receivedOn(TODAY.minusDays(40)).source(LeadSource.SNAPSHOT_APP)
                        .problem("河道垃圾倾倒").stationId(station.id()).rating(5, 4, 5).triage(Triage.CASE_OPENED)
                        .triagedOn(TODAY.minusDays(35)).fedBackOn(TODAY.minusDays(30)).feedbackNote("已告知立案")),
                new Seed("便利店向初中学生出售香烟", b -> b.receivedOn(TODAY.minusDays(20)).field(SupervisionField.MINORS)
                        .problem("向未成年人售烟酒").town("双河街道").village("金桂社区").stationId(other.id()).rating(4, 4, 3)
                        .triage(Triage.REFERRED).triagedOn(TODAY.minusDays(18)).referredTo("区市场监管局")),
                new Seed("木材加工厂占用农用地晾晒木材", b -> b.receivedOn(TODAY.minusDays(10)).field(SupervisionField.LAND)
                        .problem("占用耕地从事木材加工").source(LeadSource.HOTLINE_12345).rating(3, 2, 3).triage(Triage.NO_ACTION)
                        .triagedOn(TODAY.minusDays(9)).triageReason("已由镇政府处理完毕")),
                new Seed("酒吧违规接待未成年人", b -> b.receivedOn(TODAY.minusDays(2)).field(SupervisionField.MINORS)
                        .town("双河街道").village("金桂社区").stationId(other.id())));
        for (Seed s : seeds) {
            leads.save(s.shape().apply(lead(TODAY, s.description())).build());
        }
    }

    static Stream<Arguments> filters() {
        LeadQuery all = LeadQuery.firstPage(50);
        return Stream.of(
                Arguments.of("everything, newest first", all,
                        List.of("酒吧违规接待未成年人", "木材加工厂占用农用地晾晒木材", "便利店向初中学生出售香烟", "三组河段堆放生活垃圾")),
                Arguments.of("未反馈: triaged, source not told", all.withNotFedBack(true),
                        List.of("木材加工厂占用农用地晾晒木材", "便利店向初中学生出售香烟")),
                Arguments.of("source", all.withSource(LeadSource.HOTLINE_12345), List.of("木材加工厂占用农用地晾晒木材")),
                Arguments.of("field", all.withField(SupervisionField.MINORS),
                        List.of("酒吧违规接待未成年人", "便利店向初中学生出售香烟")),
                Arguments.of("triage", all.withTriage(Triage.REFERRED), List.of("便利店向初中学生出售香烟")),
                Arguments.of("problem, typed with stray spaces", all.withProblem(" 向未成年人售烟酒\u3000"),
                        List.of("便利店向初中学生出售香烟")),
                Arguments.of("problem is matched whole, not a part", all.withProblem("售烟酒"), List.of()),
                Arguments.of("field and problem together", all.withField(SupervisionField.LAND)
                        .withProblem("占用耕地从事木材加工"), List.of("木材加工厂占用农用地晾晒木材")),
                Arguments.of("a problem of another field", all.withField(SupervisionField.MINORS)
                        .withProblem("占用耕地从事木材加工"), List.of()),
                Arguments.of("a blank problem filters nothing", all.withProblem("  "),
                        List.of("酒吧违规接待未成年人", "木材加工厂占用农用地晾晒木材", "便利店向初中学生出售香烟", "三组河段堆放生活垃圾")),
                Arguments.of("at least four stars", all.withMinStars(4),
                        List.of("便利店向初中学生出售香烟", "三组河段堆放生活垃圾")),
                Arguments.of("date range", all.withDates(TODAY.minusDays(25), TODAY.minusDays(5)),
                        List.of("木材加工厂占用农用地晾晒木材", "便利店向初中学生出售香烟")),
                Arguments.of("search a long word (index)", all.withText("农用地"), List.of("木材加工厂占用农用地晾晒木材")),
                Arguments.of("search a short word (LIKE)", all.withText("香烟"), List.of("便利店向初中学生出售香烟")),
                Arguments.of("search the referral", all.withText("市场监管"), List.of("便利店向初中学生出售香烟")),
                Arguments.of("search place and words together", all.withText("金桂 酒吧"), List.of("酒吧违规接待未成年人")),
                Arguments.of("sorted by stars, most first", all.withSort(LeadSort.STARS, true),
                        List.of("三组河段堆放生活垃圾", "便利店向初中学生出售香烟", "木材加工厂占用农用地晾晒木材", "酒吧违规接待未成年人")),
                Arguments.of("sorted by problem, none first", all.withSort(LeadSort.PROBLEM, false),
                        List.of("酒吧违规接待未成年人", "木材加工厂占用农用地晾晒木材", "便利店向初中学生出售香烟", "三组河段堆放生活垃圾")),
                Arguments.of("sorted by problem, none last", all.withSort(LeadSort.PROBLEM, true),
                        List.of("三组河段堆放生活垃圾", "便利店向初中学生出售香烟", "木材加工厂占用农用地晾晒木材", "酒吧违规接待未成年人")),
                Arguments.of("sorted by feedback, oldest first", all.withSort(LeadSort.FED_BACK, false),
                        List.of("便利店向初中学生出售香烟", "木材加工厂占用农用地晾晒木材", "酒吧违规接待未成年人", "三组河段堆放生活垃圾")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void filtersSearchAndSortAreDoneByTheDatabase(String name, LeadQuery query, List<String> expected) {
        seedRegister();
        assertEquals(expected, descriptions(leads.page(query)));
        assertEquals(expected.size(), leads.count(query));
    }

    @Test
    void theStationFilterAndTheRecycleBin() {
        seedRegister();
        LeadQuery atStation = LeadQuery.firstPage(50).withStation(station.id());
        assertEquals(List.of("三组河段堆放生活垃圾"), descriptions(leads.page(atStation)));

        long id = leads.page(atStation).items().get(0).id();
        leads.delete(List.of(id));
        assertEquals(0, leads.count(atStation));
        assertEquals(List.of("三组河段堆放生活垃圾"),
                descriptions(leads.page(atStation.withRecycleBin(true))));
        leads.restore(List.of(id));
        assertEquals(1, leads.count(atStation));
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        for (int i = 0; i < 7; i++) {
            // Several leads share a day, so the id must break the ties.
            leads.save(lead(TODAY.minusDays(i / 2), "线索" + i).rating(1 + i % 5, 1 + i % 5, 1 + i % 5)
                    .problem(i % 3 == 0 ? "" : "问题" + i % 2).build());
        }
        for (LeadSort sort : LeadSort.values()) {
            for (boolean desc : new boolean[] {true, false}) {
                LeadQuery q = LeadQuery.firstPage(3).withSort(sort, desc);
                List<String> seen = new ArrayList<>();
                Cursor next = null;
                do {
                    Page<LeadRow> page = leads.page(q.after(next));
                    seen.addAll(descriptions(page));
                    next = page.next();
                } while (next != null);
                assertEquals(7, seen.size(), sort + " " + desc);
                assertEquals(7, seen.stream().distinct().count(), sort + " " + desc);
            }
        }
    }

    // ------------------------------------------------------------------ the problem (问题类型)

    @Test
    void theProblemIsStoredInOneFormAndNullWhenNotGiven() {
        Lead typed = leads.save(lead(TODAY.minusDays(2), "长林村四组木材加工占用农用地")
                .field(SupervisionField.LAND).problem("  占用耕地\u3000 从事木材加工 ").build());
        Lead without = leads.save(lead(TODAY.minusDays(1), "河道垃圾").build());

        assertEquals("占用耕地 从事木材加工", typed.problem());
        assertEquals(typed, leads.find(typed.id()).orElseThrow());
        assertEquals("", leads.find(without.id()).orElseThrow().problem());
        assertEquals(1, count("SELECT count(*) FROM lead WHERE problem = '占用耕地 从事木材加工'"));
        assertEquals(1, count("SELECT count(*) FROM lead WHERE problem IS NULL AND id = " + without.id()),
                "no problem is NULL, so that the index lead_by_problem leaves it out");
        assertEquals(List.of("占用耕地 从事木材加工", ""), leads.page(LeadQuery.firstPage(5).withSort(LeadSort.RECEIVED,
                false)).items().stream().map(LeadRow::problem).toList());

        ValidationException tooLong = assertThrows(ValidationException.class, () -> leads.save(typed.toBuilder()
                .problem("问".repeat(31)).build()));
        assertEquals(List.of("problem leads.validation.problemTooLong"),
                tooLong.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList());
        assertEquals("占用耕地 从事木材加工", leads.find(typed.id()).orElseThrow().problem(), "nothing written");
    }

    @Test
    void theHistoryShowsTheProblemChanging() {
        Lead l = leads.save(lead(TODAY.minusDays(3), "便利店向学生售烟").field(SupervisionField.MINORS).build());
        leads.save(l.toBuilder().problem("向未成年人售烟").build());
        leads.save(leads.find(l.id()).orElseThrow().toBuilder().problem("向未成年人售烟酒").build());

        List<HistoryEntry> history = leads.history(l.id());
        assertEquals(List.of(new HistoryEntry.FieldChange("problem", "", "向未成年人售烟")), history.get(1).changes());
        assertEquals(List.of(new HistoryEntry.FieldChange("problem", "向未成年人售烟", "向未成年人售烟酒")),
                history.get(2).changes());
    }

    @Test
    void problemsUsedInAFieldComeFromLeadsAndCasesMostUsedFirst() {
        LeadFixtures.matter(reg, "崇检公益立〔2026〕3号", "木材加工厂占用农用地案", TODAY.minusDays(100),
                SupervisionField.LAND, "占用耕地从事木材加工");
        LeadFixtures.matter(reg, "崇检行监受〔2026〕2号", "处罚决定未执行监督案", TODAY.minusDays(90),
                SupervisionField.LAND, "非法占地处罚决定未执行");
        long deletedCase = LeadFixtures.matter(reg, "崇检公益立〔2026〕4号", "误录的案件", TODAY.minusDays(5),
                SupervisionField.LAND, "误录的问题");
        LeadFixtures.deleteMatter(reg, deletedCase);
        LeadFixtures.matter(reg, "崇检公益立〔2026〕5号", "河道垃圾案", TODAY.minusDays(60),
                SupervisionField.ECOLOGY, "河道垃圾倾倒");
        for (int day : new int[] {50, 40}) {
            leads.save(lead(TODAY.minusDays(day), "长林村木材加工点占用耕地").field(SupervisionField.LAND)
                    .problem("占用耕地从事木材加工").build());
        }
        leads.save(lead(TODAY.minusDays(20), "石桥村在基本农田上建房").field(SupervisionField.LAND)
                .problem("占用基本农田建房").build());
        leads.save(lead(TODAY.minusDays(10), "金鸡村有人挖塘养鱼").field(SupervisionField.LAND).build());
        Lead deleted = leads.save(lead(TODAY.minusDays(3), "误录的线索").field(SupervisionField.LAND)
                .problem("另一个误录的问题").build());
        leads.delete(List.of(deleted.id()));
        leads.save(lead(TODAY.minusDays(2), "清溪村三组河段垃圾").problem("河道垃圾倾倒").build());

        assertEquals(List.of("占用耕地从事木材加工", "占用基本农田建房", "非法占地处罚决定未执行"),
                leads.problems(SupervisionField.LAND),
                "three uses first; then one use each, the most recent first; nothing deleted, nothing blank");
        assertEquals(List.of("河道垃圾倾倒"), leads.problems(SupervisionField.ECOLOGY), "one case and one lead");
        assertEquals(List.of(), leads.problems(SupervisionField.MINORS));
        assertEquals(List.of("占用耕地从事木材加工", "河道垃圾倾倒", "占用基本农田建房", "非法占地处罚决定未执行"),
                leads.problems(null), "every field");
        assertEquals(List.of("占用耕地从事木材加工", "占用基本农田建房"),
                reg.db.read(c -> new LeadRepository(reg.audit).problemsUsed(c, SupervisionField.LAND, 2)));
    }

    // ------------------------------------------------------------------ duplicates, cases, history

    @Test
    void lookAlikesShareFieldTownAndVillageWithinThirtyDays() {
        Lead first = leads.save(lead(TODAY.minusDays(60), "村东头木材加工厂占用耕地").field(SupervisionField.LAND).build());
        Lead second = leads.save(lead(TODAY.minusDays(40), "村西木材厂在农用地上晾晒木材").field(SupervisionField.LAND).build());
        Lead third = leads.save(lead(TODAY.minusDays(12), "第三家木材加工点占用基本农田").field(SupervisionField.LAND).build());
        leads.save(lead(TODAY.minusDays(40), "河道垃圾").field(SupervisionField.ECOLOGY).build());
        leads.save(lead(TODAY.minusDays(40), "邻村木材厂").field(SupervisionField.LAND).village("石桥村").build());
        Lead deleted = leads.save(lead(TODAY.minusDays(41), "误录的线索").field(SupervisionField.LAND).build());
        leads.delete(List.of(deleted.id()));

        Lead draft = lead(TODAY.minusDays(35), "又一家木材厂").field(SupervisionField.LAND).build();
        assertEquals(List.of(third.id(), second.id(), first.id()), ids(leads.lookAlikes(draft)),
                "25 days after, 5 and 25 days before; not the other field, village or the deleted one");
        assertEquals(List.of(third.id(), first.id()), ids(leads.lookAlikes(second)), "a saved lead is not its own twin");
        assertEquals(List.of(second.id(), first.id()), ids(leads.lookAlikes(lead(TODAY.minusDays(70), "")
                .field(SupervisionField.LAND).build())), "exactly 30 days counts");
        assertEquals(List.of(first.id()), ids(leads.lookAlikes(lead(TODAY.minusDays(71), "")
                .field(SupervisionField.LAND).build())), "31 days does not");
        assertEquals(List.of(), leads.lookAlikes(draft.toBuilder().village("").build()), "no village, no comparison");
        LookAlike shown = leads.lookAlikes(draft).get(0);
        assertEquals("清溪镇清溪村", shown.place());
        assertEquals("第三家木材加工点占用基本农田", shown.excerpt());
    }

    @Test
    void linkedCasesAreListedAndSurviveDeleteAndRestore() {
        Lead l = leads.save(lead(TODAY.minusDays(30), "河道垃圾").build());
        long later = LeadFixtures.matter(reg, "崇检公建〔2026〕5号", "清溪镇河道垃圾案", TODAY.minusDays(10));
        long earlier = LeadFixtures.matter(reg, "崇检公建〔2026〕3号", "清溪村垃圾堆放案", TODAY.minusDays(20));
        long gone = LeadFixtures.matter(reg, "崇检公建〔2026〕9号", "已删除的案件", TODAY.minusDays(5));
        long unnumbered = LeadFixtures.matter(reg, null, "河长制落实情况调查", TODAY.minusDays(1));
        for (long m : List.of(later, earlier, gone, unnumbered)) {
            LeadFixtures.link(reg, m, l.id());
        }
        LeadFixtures.deleteMatter(reg, gone);

        assertEquals(List.of(new LinkedCase(earlier, "崇检公建〔2026〕3号", "清溪村垃圾堆放案"),
                new LinkedCase(later, "崇检公建〔2026〕5号", "清溪镇河道垃圾案"),
                new LinkedCase(unnumbered, "", "河长制落实情况调查")), leads.linkedCases(l.id()));
        String expected = "崇检公建〔2026〕3号、崇检公建〔2026〕5号、河长制落实情况调查";
        assertEquals(expected, leads.page(LeadQuery.firstPage(5)).items().get(0).caseNumbers());

        leads.delete(List.of(l.id()));
        leads.restore(List.of(l.id()));
        assertEquals(3, leads.linkedCases(l.id()).size());
        assertEquals(expected, leads.page(LeadQuery.firstPage(5)).items().get(0).caseNumbers());
    }

    @Test
    void theHistoryRecordsEachStep() {
        Lead l = leads.save(lead(TODAY.minusDays(3), "酒吧接待未成年人").build());
        leads.save(l.toBuilder().triage(Triage.PRELIMINARY_INQUIRY).triagedOn(TODAY).rating(4, 4, 4).build());
        leads.delete(List.of(l.id()));
        leads.restore(List.of(l.id()));

        List<HistoryEntry> history = leads.history(l.id());
        assertEquals(List.of("INSERT", "UPDATE", "DELETE", "RESTORE"), history.stream().map(HistoryEntry::action).toList());
        List<String> changed = history.get(1).changes().stream().map(HistoryEntry.FieldChange::field).toList();
        assertTrue(changed.containsAll(List.of("triage", "triagedOn", "ratingIllegality", "stars")), changed.toString());
        assertEquals("测试员", history.get(1).user());
        Set<String> components = Arrays.stream(Lead.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        for (HistoryEntry.FieldChange change : history.get(0).changes()) {
            assertTrue(components.contains(change.field()), "only the lead's own fields are audited: " + change.field());
        }
    }

    private static List<String> descriptions(Page<LeadRow> page) {
        return page.items().stream().map(LeadRow::description).toList();
    }

    private static List<Long> ids(List<LookAlike> found) {
        return found.stream().map(LookAlike::id).toList();
    }
}
