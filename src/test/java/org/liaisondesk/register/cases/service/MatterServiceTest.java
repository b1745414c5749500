package org.liaisondesk.register.cases.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.register.cases.CaseFixtures.count;
import static org.liaisondesk.register.cases.CaseFixtures.deleteLead;
import static org.liaisondesk.register.cases.CaseFixtures.insertLead;
import static org.liaisondesk.register.cases.CaseFixtures.matter;
import static org.liaisondesk.testsupport.TestRegister.TODAY;
import static org.liaisondesk.testsupport.TestRegister.visit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.register.cases.CaseFixtures;
import org.liaisondesk.register.cases.data.MatterRepository;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.LinkKind;
import org.liaisondesk.register.cases.model.LinkedRecord;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.model.MatterLink;
import org.liaisondesk.register.cases.model.MatterQuery;
import org.liaisondesk.register.cases.model.MatterRow;
import org.liaisondesk.register.cases.model.MatterSort;
import org.liaisondesk.register.cases.model.MatterStatus;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.testsupport.TestRegister;

/** The case register's use cases against a real SQLite file: validation, links, recycle bin, search, paging. */
class MatterServiceTest {
    @TempDir
    Path dir;
    TestRegister reg;
    MatterService service;
    Station station;
    Prosecutor prosecutor;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        service = CaseFixtures.service(reg);
        station = reg.station("清溪村“微检治”联络站");
        prosecutor = reg.prosecutor("周振宇", station);
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private long auditRows(String entity) {
        return count(reg, "SELECT count(*) FROM audit_log WHERE entity = '" + entity + "'");
    }

    private ReferenceItem business(String name) {
        return reg.reference.list(ReferenceList.BUSINESS).stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void aSavedCaseIsFoundNormalisedWithItsAuditRow() {
        Matter saved = service.save(matter("罗某离婚纠纷支持起诉案", TODAY.minusDays(10))
                .businessLine(BusinessLine.CIVIL).businessId(business("民事检察").id()).field(SupervisionField.OTHER)
                .officeNumber("崇检民支受〔2026〕12号").unifiedCode("510184 2026 011 0001234567")
                .parties("罗春梅，黄志勇").involvesMinor(true).stationId(station.id()).prosecutorId(prosecutor.id())
                .summary("协助固定证据，出庭支持起诉").build());

        assertNotNull(saved.id());
        assertNotNull(saved.uuid());
        Matter found = service.find(saved.id()).orElseThrow();
        assertEquals("51018420260110001234567", found.unifiedCode());
        assertEquals("罗春梅、黄志勇", found.parties());
        assertEquals(business("民事检察").id(), found.businessId());
        assertTrue(found.involvesMinor());
        assertEquals(saved, found);
        assertEquals(1, auditRows("matter"));
        assertEquals(1, service.countLive());
    }

    @Test
    void aTakenOfficeNumberIsRefusedNamingTheOtherCaseAndFreedByDeletion() {
        Matter first = service.save(matter("清溪村三组河段生活垃圾污染行政公益诉讼案", TODAY.minusDays(40))
                .officeNumber("崇检公益立〔2026〕3号").build());
        Matter.Builder second = matter("电镀厂偷排废水行政公益诉讼案", TODAY).officeNumber("崇检公益立〔2026〕3号");

        ValidationException e = assertThrows(ValidationException.class, () -> service.save(second.build()));
        FieldProblem problem = e.problems().get(0);
        assertEquals("officeNumber", problem.field());
        assertEquals("案号已被“清溪村三组河段生活垃圾污染行政公益诉讼案”使用", Messages.tr(problem.messageKey(), problem.args()));
        assertEquals(1, service.countLive());

        assertEquals(first.officeNumber(), service.save(first.toBuilder().summary("补充案情").build()).officeNumber(),
                "a case keeps its own number when edited");

        service.delete(List.of(first.id()));
        Matter reused = service.save(second.build());
        UserFacingException refused = assertThrows(UserFacingException.class, () -> service.restore(List.of(first.id())));
        assertEquals("cases.restore.officeNumberTaken", refused.messageKey());
        assertTrue(refused.localizedMessage().contains("电镀厂偷排废水行政公益诉讼案"));
        assertEquals(List.of(reused.id()), ids(service.page(MatterQuery.firstPage(10))));
    }

    @Test
    void pickedRecordsMustStillExist() {
        Matter.Builder b = matter("案件", TODAY);
        assertEquals(List.of("stationId"), fields(() -> service.save(b.stationId(9999L).build())));
        assertEquals(List.of("prosecutorId"), fields(() -> service.save(b.stationId(null).prosecutorId(9999L).build())));
        assertEquals(List.of("businessId"), fields(() -> service.save(b.prosecutorId(null).businessId(9999L).build())));
        long liaisonRole = reg.reference.list(ReferenceList.LIAISON_ROLE).get(0).id();
        assertEquals(List.of("businessId"), fields(() -> service.save(b.businessId(liaisonRole).build())),
                "a liaison role is not a business");
        assertEquals(0, service.countLive());
    }

    private static List<String> fields(Runnable save) {
        ValidationException e = assertThrows(ValidationException.class, save::run);
        return e.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void linksAreSavedWithTheCaseAndUnlinkingShowsInItsHistory() {
        long lead = insertLead(reg, TODAY.minusDays(20), "网格员报送：木材加工厂占用农用地");
        Visit v = reg.visits.save(visit(station, prosecutor, TODAY.minusDays(19), "巡田发现农用地被用于木材加工").build());
        Matter saved = service.save(matter("木材加工厂占用农用地行政公益诉讼案", TODAY.minusDays(18))
                .links(List.of(new MatterLink(LinkKind.LEAD, lead), new MatterLink(LinkKind.VISIT, v.id()))).build());

        assertEquals(2, count(reg, "SELECT count(*) FROM matter_link WHERE matter_id = " + saved.id()));
        assertEquals(2, service.find(saved.id()).orElseThrow().links().size());
        assertEquals(2, service.page(MatterQuery.firstPage(10)).items().get(0).linkCount());

        service.save(saved.toBuilder().links(List.of(new MatterLink(LinkKind.VISIT, v.id()))).build());

        assertEquals(List.of(new MatterLink(LinkKind.VISIT, v.id())), service.find(saved.id()).orElseThrow().links());
        List<HistoryEntry> history = service.history(saved.id());
        assertEquals(List.of("INSERT", "UPDATE"), history.stream().map(HistoryEntry::action).toList());
        HistoryEntry.FieldChange change = history.get(1).changes().get(0);
        assertEquals("links", change.field());
        assertEquals("LEAD:" + lead + ", VISIT:" + v.id(), change.oldValue());
        assertEquals("VISIT:" + v.id(), change.newValue());
        assertEquals(1, history.get(1).changes().size(), "nothing else changed");
    }

    @Test
    void aNewLinkToADeletedOrMissingRecordIsRefusedAndNothingIsWritten() {
        long lead = insertLead(reg, TODAY.minusDays(5), "12345转办：河道垃圾");
        deleteLead(reg, lead);
        for (MatterLink link : List.of(new MatterLink(LinkKind.LEAD, lead), new MatterLink(LinkKind.VISIT, 4242))) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> service.save(matter("河道垃圾案", TODAY).links(List.of(link)).build()));
            assertEquals("cases.validation.linkGone", e.problems().get(0).messageKey());
        }
        assertEquals(0, service.countLive());
        assertEquals(0, count(reg, "SELECT count(*) FROM matter_link"));
        assertEquals(0, auditRows("matter"));
    }

    @Test
    void aLinkKeptFromBeforeMayPointToARecordDeletedSince() {
        long lead = insertLead(reg, TODAY.minusDays(5), "网格员报送：便利店向学生售烟");
        Matter saved = service.save(matter("向未成年人售烟案", TODAY).field(SupervisionField.MINORS)
                .links(List.of(new MatterLink(LinkKind.LEAD, lead))).build());
        deleteLead(reg, lead);

        Matter edited = service.save(saved.toBuilder().summary("已制发检察建议").build());

        assertEquals(saved.links(), edited.links());
        LinkedRecord shown = service.describe(edited.links()).get(0);
        assertTrue(shown.deleted());
        assertEquals("网格员报送：便利店向学生售烟", shown.text());
        assertEquals(TODAY.minusDays(5), shown.date());
    }

    @Test
    void deletingKeepsTheLinksAndRestoringBringsThemBack() {
        Visit v = reg.visits.save(visit(station, prosecutor, TODAY.minusDays(3), "来访反映家庭暴力").build());
        Matter saved = service.save(matter("支持起诉案", TODAY).businessLine(BusinessLine.CIVIL)
                .links(List.of(new MatterLink(LinkKind.VISIT, v.id()))).build());

        service.delete(List.of(saved.id()));
        assertEquals(0, service.countLive());
        assertEquals(1, count(reg, "SELECT count(*) FROM matter_link"));
        MatterQuery bin = MatterQuery.firstPage(10).withRecycleBin(true);
        assertEquals(List.of(saved.id()), ids(service.page(bin)));
        assertEquals(1, service.page(bin).items().get(0).linkCount());
        assertNotNull(service.page(bin).items().get(0).deletedAt());

        service.restore(List.of(saved.id()));
        assertEquals(saved.links(), service.find(saved.id()).orElseThrow().links());
        assertEquals(0, service.count(bin));
        assertEquals(List.of("INSERT", "DELETE", "RESTORE"),
                service.history(saved.id()).stream().map(HistoryEntry::action).toList());
    }

    @Test
    void linkAddsOneLinkOnceAsAnAuditedSave() {
        long lead = insertLead(reg, TODAY.minusDays(2), "观察员随手拍：河道漂浮垃圾");
        Matter saved = service.save(matter("河道垃圾案", TODAY).build());

        service.link(saved.id(), new MatterLink(LinkKind.LEAD, lead));
        service.link(saved.id(), new MatterLink(LinkKind.LEAD, lead));

        assertEquals(List.of(new MatterLink(LinkKind.LEAD, lead)), service.find(saved.id()).orElseThrow().links());
        assertEquals(2, auditRows("matter"));
    }

    @Test
    void thePickerFindsLiveLeadsAndVisitsByWordsNewestFirst() {
        long oldLead = insertLead(reg, TODAY.minusDays(30), "网格员报送：清溪河上游有人电鱼");
        long newLead = insertLead(reg, TODAY.minusDays(2), "村民反映清溪河岸堆放建筑垃圾");
        long gone = insertLead(reg, TODAY.minusDays(1), "清溪河电鱼再次出现");
        deleteLead(reg, gone);
        reg.visits.save(visit(station, prosecutor, TODAY.minusDays(4), "来访反映清溪河水发黑").build());

        List<LinkedRecord> leads = service.searchLinkable(LinkKind.LEAD, "清溪河", 20);
        assertEquals(List.of(newLead, oldLead), leads.stream().map(r -> r.link().recordId()).toList());
        assertEquals(List.of(oldLead), service.searchLinkable(LinkKind.LEAD, "电鱼", 20).stream()
                .map(r -> r.link().recordId()).toList(), "two characters: LIKE; the deleted lead is left out");
        assertEquals(1, service.searchLinkable(LinkKind.VISIT, "清溪河 发黑", 20).size());
        assertEquals(0, service.searchLinkable(LinkKind.VISIT, "清溪河 电鱼", 20).size(), "every word must match");
        assertEquals(1, service.searchLinkable(LinkKind.LEAD, "", 1).size(), "no words: the most recent, limited");
        assertEquals(newLead, service.searchLinkable(LinkKind.LEAD, "", 1).get(0).link().recordId());
    }

    @Test
    void searchAndEveryFilterNarrowTheList() {
        Station other = reg.station("双河街道“检察+网格”联络站");
        Prosecutor xu = reg.prosecutor("许静怡", other);
        Matter river = service.save(matter("清溪村河段垃圾污染案", TODAY.minusDays(60)).stationId(station.id())
                .prosecutorId(prosecutor.id()).businessId(business("公益诉讼检察").id())
                .officeNumber("崇检公益立〔2026〕3号").status(MatterStatus.CONCLUDED).concludedOn(TODAY.minusDays(5))
                .build());
        Matter tobacco = service.save(matter("学校周边售烟案", TODAY.minusDays(20)).field(SupervisionField.MINORS)
                .stationId(other.id()).prosecutorId(xu.id()).businessId(business("未成年人检察").id())
                .parties("郑丽华").build());
        Matter divorce = service.save(matter("罗某离婚纠纷支持起诉案", TODAY.minusDays(3)).businessLine(BusinessLine.CIVIL)
                .field(SupervisionField.OTHER).status(MatterStatus.SUSPENDED).parties("罗春梅、黄志勇")
                .unifiedCode("51018420260110001234567").build());
        MatterQuery all = MatterQuery.firstPage(50);

        assertEquals(List.of(divorce.id(), tobacco.id(), river.id()), ids(service.page(all)));
        assertEquals(List.of(river.id()), ids(service.page(all.withText("公益立"))), "office number, FTS");
        assertEquals(List.of(divorce.id()), ids(service.page(all.withText("黄志勇"))), "parties, FTS");
        assertEquals(List.of(divorce.id()), ids(service.page(all.withText("罗春"))), "parties, LIKE");
        assertEquals(List.of(divorce.id()), ids(service.page(all.withText("0110001234"))), "unified code");
        assertEquals(List.of(), ids(service.page(all.withText("垃圾 售烟"))), "every word must match");
        assertEquals(List.of(divorce.id()), ids(service.page(all.withBusinessLine(BusinessLine.CIVIL))));
        assertEquals(List.of(tobacco.id()), ids(service.page(all.withBusinessId(business("未成年人检察").id()))));
        assertEquals(List.of(tobacco.id()), ids(service.page(all.withField(SupervisionField.MINORS))));
        assertEquals(List.of(river.id()), ids(service.page(all.withStatus(MatterStatus.CONCLUDED))));
        assertEquals(List.of(divorce.id()), ids(service.page(all.withStatus(MatterStatus.SUSPENDED))));
        assertEquals(List.of(tobacco.id()), ids(service.page(all.withStation(other.id()))));
        assertEquals(List.of(river.id()), ids(service.page(all.withProsecutor(prosecutor.id()))));
        assertEquals(List.of(tobacco.id()), ids(service.page(all.withDates(TODAY.minusDays(30), TODAY.minusDays(10)))));
        assertEquals(2, service.count(all.withDates(TODAY.minusDays(20), null)));

        MatterRow row = service.page(all.withText("公益立")).items().get(0);
        assertEquals("公益诉讼检察", row.businessName());
        assertEquals("清溪村“微检治”联络站", row.stationName());
        assertEquals("周振宇", row.prosecutorName());
        assertEquals(TODAY.minusDays(5), row.concludedOn());
    }

    /** Every sort, both ways: walking the pages gives the same order as sorting everything at once. */
    @ParameterizedTest
    @EnumSource(MatterSort.class)
    void keysetPagesFollowEverySortInBothDirections(MatterSort sort) {
        Prosecutor xu = reg.prosecutor("许静怡", station);
        long lead = insertLead(reg, TODAY.minusDays(40), "线索");
        BusinessLine[] lines = BusinessLine.values();
        MatterStatus[] statuses = MatterStatus.values();
        SupervisionField[] fields = SupervisionField.values();
        for (int i = 0; i < 11; i++) {
            MatterStatus status = statuses[i % statuses.length];
            service.save(matter("案件" + (char) ('甲' + (i * 7) % 11), TODAY.minusDays(i % 4))
                    .businessLine(lines[(i * 3) % lines.length]).field(fields[(i * 5) % fields.length])
                    .problem(i % 3 == 2 ? "" : List.of("河道垃圾倾倒", "占用耕地从事木材加工").get(i % 2))
                    .officeNumber(i % 3 == 0 ? "" : "崇检公益立〔2026〕" + (20 - i) + "号")
                    .prosecutorId(i % 2 == 0 ? null : (i % 4 == 1 ? prosecutor.id() : xu.id()))
                    .status(status).concludedOn(status == MatterStatus.CONCLUDED ? TODAY : null)
                    .links(i % 3 == 1 ? List.of(new MatterLink(LinkKind.LEAD, lead)) : List.of()).build());
        }
        for (boolean descending : new boolean[] {true, false}) {
            MatterQuery q = MatterQuery.firstPage(4).withSort(sort, descending);
            List<MatterRow> onePage = service.page(MatterQuery.firstPage(50).withSort(sort, descending)).items();
            List<MatterRow> walked = new ArrayList<>();
            Page<MatterRow> page = service.page(q);
            walked.addAll(page.items());
            while (page.hasMore()) {
                page = service.page(q.after(page.next()));
                walked.addAll(page.items());
            }
            assertEquals(11, walked.size());
            Comparator<MatterRow> order = Comparator.comparing(keyOf(sort)).thenComparingLong(MatterRow::id);
            List<MatterRow> expected = new ArrayList<>(walked);
            expected.sort(descending ? order.reversed() : order);
            assertEquals(ids(expected), ids(walked), sort + (descending ? " descending" : " ascending"));
            assertEquals(ids(onePage), ids(walked), "pages join up without gaps or repeats");
        }
    }

    private static Function<MatterRow, String> keyOf(MatterSort sort) {
        return switch (sort) {
            case ACCEPTED_ON -> r -> r.acceptedOn().toString();
            case OFFICE_NUMBER -> r -> r.officeNumber() + "|" + r.acceptedOn();
            case NAME -> r -> r.name() + "|" + r.acceptedOn();
            case BUSINESS_LINE -> r -> String.format("%02d|%s", r.businessLine().ordinal(), r.acceptedOn());
            case FIELD -> r -> String.format("%02d|%s", r.field().ordinal(), r.acceptedOn());
            case PROBLEM -> r -> r.problem() + "|" + r.acceptedOn();
            case PROSECUTOR -> r -> r.prosecutorName() + "|" + r.acceptedOn();
            case STATUS -> r -> String.format("%02d|%s", r.status().ordinal(), r.acceptedOn());
            case LINKS -> r -> String.format("%06d|%s", r.linkCount(), r.acceptedOn());
        };
    }

    @Test
    void theProblemIsStoredInOneFormFilteredExactlyAndShownInTheHistory() {
        Matter timber = service.save(matter("木材加工厂占用农用地案", TODAY.minusDays(30)).field(SupervisionField.LAND)
                .problem(" 占用耕地\u3000从事木材加工 ").build());
        Matter other = service.save(matter("非法占用农用地行政处罚决定未执行监督案", TODAY.minusDays(20))
                .field(SupervisionField.LAND).build());
        MatterQuery all = MatterQuery.firstPage(50);

        assertEquals("占用耕地 从事木材加工", service.find(timber.id()).orElseThrow().problem());
        assertEquals("", service.find(other.id()).orElseThrow().problem());
        assertEquals(1, count(reg, "SELECT count(*) FROM matter WHERE problem IS NULL AND id = " + other.id()),
                "no problem is NULL, so that the index matter_by_problem leaves it out");
        assertEquals(List.of(timber.id()), ids(service.page(all.withProblem("占用耕地 从事木材加工"))));
        assertEquals(List.of(timber.id()), ids(service.page(all.withProblem("占用耕地　从事木材加工\t"))),
                "typed with other spaces");
        assertEquals(List.of(), ids(service.page(all.withProblem("占用耕地"))), "a part is not the problem");
        assertEquals(1, service.count(all.withField(SupervisionField.LAND).withProblem("占用耕地 从事木材加工")));
        assertEquals(0, service.count(all.withField(SupervisionField.ECOLOGY).withProblem("占用耕地 从事木材加工")));
        assertEquals(List.of("占用耕地 从事木材加工", ""),
                service.page(all.withSort(MatterSort.ACCEPTED_ON, false)).items().stream().map(MatterRow::problem)
                        .toList());

        service.save(service.find(timber.id()).orElseThrow().toBuilder().problem("占用耕地从事木材加工").build());
        List<HistoryEntry> history = service.history(timber.id());
        assertEquals(List.of(new HistoryEntry.FieldChange("problem", "占用耕地 从事木材加工", "占用耕地从事木材加工")),
                history.get(1).changes());
        ValidationException tooLong = assertThrows(ValidationException.class,
                () -> service.save(other.toBuilder().problem("问".repeat(31)).build()));
        assertEquals("problem", tooLong.problems().get(0).field());
    }

    @Test
    void problemsUsedInAFieldComeFromCasesAndLeadsMostUsedFirst() {
        service.save(matter("清溪村五组木材加工厂案（一）", TODAY.minusDays(110)).field(SupervisionField.LAND)
                .problem("占用耕地从事木材加工").build());
        service.save(matter("非法占用农用地处罚未执行监督案", TODAY.minusDays(26)).field(SupervisionField.LAND)
                .problem("非法占地处罚决定未执行").build());
        Matter deleted = service.save(matter("误录的案件", TODAY.minusDays(4)).field(SupervisionField.LAND)
                .problem("误录的问题").build());
        service.delete(List.of(deleted.id()));
        service.save(matter("无问题类型的案件", TODAY.minusDays(2)).field(SupervisionField.LAND).build());
        service.save(matter("河段垃圾污染案", TODAY.minusDays(100)).problem("河道垃圾倾倒").build());
        insertLead(reg, TODAY.minusDays(52), "长林村四组木材加工", SupervisionField.LAND, "占用耕地从事木材加工");
        insertLead(reg, TODAY.minusDays(45), "长林村二组木材加工", SupervisionField.LAND, "占用耕地从事木材加工");
        insertLead(reg, TODAY.minusDays(30), "基本农田上建房", SupervisionField.LAND, "占用基本农田建房");
        deleteLead(reg, insertLead(reg, TODAY.minusDays(1), "误录的线索", SupervisionField.LAND, "另一个误录的问题"));
        insertLead(reg, TODAY.minusDays(3), "河道又见垃圾", SupervisionField.ECOLOGY, "河道垃圾倾倒");

        assertEquals(List.of("占用耕地从事木材加工", "非法占地处罚决定未执行", "占用基本农田建房"),
                service.problems(SupervisionField.LAND),
                "three uses first; then one use each, the most recent first; nothing deleted, nothing blank");
        assertEquals(List.of("河道垃圾倾倒"), service.problems(SupervisionField.ECOLOGY));
        assertEquals(List.of(), service.problems(SupervisionField.MINORS));
        assertEquals(List.of("占用耕地从事木材加工", "河道垃圾倾倒", "非法占地处罚决定未执行", "占用基本农田建房"),
                service.problems(null), "every field");
        assertEquals(List.of("占用耕地从事木材加工"),
                reg.db.read(c -> new MatterRepository(reg.audit).problemsUsed(c, SupervisionField.LAND, 1)));
    }

    @Test
    void aBusinessRemovedFromThePickListStaysOnACaseRestoredLater() {
        ReferenceItem aid = business("控告申诉检察");
        Matter saved = service.save(matter("邓某某司法救助案", TODAY).businessLine(BusinessLine.CRIMINAL)
                .field(SupervisionField.OTHER).businessId(aid.id()).build());
        // The reference list refuses to drop a business live cases use; a case in the recycle bin does not hold it.
        service.delete(List.of(saved.id()));
        reg.reference.delete(aid.id());
        service.restore(List.of(saved.id()));

        Matter edited = service.save(saved.toBuilder().summary("发放救助金1万元").build());

        assertEquals(aid.id(), edited.businessId());
        assertEquals("控告申诉检察", service.page(MatterQuery.firstPage(5)).items().get(0).businessName());
        assertFalse(reg.reference.list(ReferenceList.BUSINESS).contains(aid));
    }

    private static List<Long> ids(Page<MatterRow> page) {
        return ids(page.items());
    }

    private static List<Long> ids(List<MatterRow> rows) {
        return rows.stream().map(MatterRow::id).toList();
    }
}
