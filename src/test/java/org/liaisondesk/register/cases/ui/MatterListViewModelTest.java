package org.liaisondesk.register.cases.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.register.cases.CaseFixtures.insertLead;
import static org.liaisondesk.register.cases.CaseFixtures.matter;
import static org.liaisondesk.testsupport.TestRegister.TODAY;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.register.cases.CaseFixtures;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.LinkKind;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.model.MatterLink;
import org.liaisondesk.register.cases.model.MatterQuery;
import org.liaisondesk.register.cases.model.MatterSort;
import org.liaisondesk.register.cases.model.MatterStatus;
import org.liaisondesk.register.cases.service.MatterService;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;

/** The case list's state, driven without a JavaFX toolkit. */
class MatterListViewModelTest {
    @TempDir
    Path dir;
    TestRegister reg;
    MatterService service;
    RecordingDialogs dialogs = new RecordingDialogs();
    MatterListViewModel list;
    Station station;
    Prosecutor prosecutor;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        service = CaseFixtures.service(reg);
        station = reg.station("双河街道“检察+网格”联络站");
        prosecutor = reg.prosecutor("许静怡", station);
        list = newList(false);
    }

    private MatterListViewModel newList(boolean bin) {
        return new MatterListViewModel(service, reg.roster, reg.reference, new DirectBackgroundExecutor(), dialogs,
                () -> 2, bin);
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private ReferenceItem business(String name) {
        return reg.reference.list(ReferenceList.BUSINESS).stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void rowsShowMaskedPartiesMarkedMinorsAndWords() {
        long lead = insertLead(reg, TODAY.minusDays(9), "网格员报送：家暴线索");
        service.save(matter("罗某离婚纠纷支持起诉案", TODAY.minusDays(8)).businessLine(BusinessLine.CIVIL)
                .businessId(business("民事检察").id()).field(SupervisionField.OTHER).officeNumber("崇检民支受〔2026〕12号")
                .parties("罗春梅、黄志勇、欧阳娜娜").involvesMinor(true).prosecutorId(prosecutor.id())
                .status(MatterStatus.CONCLUDED).concludedOn(TODAY.minusDays(1))
                .links(List.of(new MatterLink(LinkKind.LEAD, lead))).build());
        list.refresh();

        MatterListItem item = list.items().get(0);
        assertEquals("罗某某、黄某某、欧阳某某", item.parties());
        assertFalse(item.toString().contains("春梅"), "no unmasked name anywhere in the row");
        assertFalse(item.toString().contains("志勇"));
        assertEquals("【涉未】罗某离婚纠纷支持起诉案", item.name());
        assertTrue(item.minor());
        assertEquals("民事 / 民事检察", item.businessLine());
        assertEquals("其他", item.field());
        assertEquals("办结 " + TODAY.minusDays(1), item.status());
        assertEquals("崇检民支受〔2026〕12号", item.officeNumber());
        assertEquals("许静怡", item.prosecutor());
        assertEquals("1", item.linkCount());
        assertEquals(TODAY.minusDays(8).toString(), item.acceptedOn());
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "罗春梅、黄志勇  | 罗某某、黄某某",
            "李             | 某",
            "买买提·艾力    | 买某某",
            "''            | ''",
    })
    void eachPartyIsMaskedOnItsOwn(String parties, String shown) {
        assertEquals(shown, MatterListViewModel.maskParties(parties));
    }

    @Test
    void pagingMovesThroughTheRegisterAndCountsIt() {
        for (int i = 1; i <= 5; i++) {
            service.save(matter("案件" + i, TODAY.minusDays(i)).build());
        }
        list.refresh();
        assertEquals(5, list.totalProperty().get());
        assertEquals(List.of("案件1", "案件2"), names());
        assertTrue(list.hasMoreProperty().get());
        assertEquals("第 1 页，共 3 页（5 条）", list.pageTextProperty().get());

        list.nextPage();
        list.nextPage();
        assertEquals(List.of("案件5"), names());
        assertFalse(list.hasMoreProperty().get());
        list.previousPage();
        assertEquals(List.of("案件3", "案件4"), names());
        assertTrue(list.hasPreviousPage());

        list.sortBy(MatterSort.ACCEPTED_ON, false);
        assertEquals(List.of("案件5", "案件4"), names());
        assertFalse(list.hasPreviousPage(), "a new sort starts at the first page");
    }

    @Test
    void filtersAndSearchNarrowTheListAndMakeTheExportQuery() {
        list.loadReferenceLists();
        service.save(matter("学校周边售烟案", TODAY.minusDays(20)).field(SupervisionField.MINORS)
                .businessId(business("未成年人检察").id()).stationId(station.id()).build());
        service.save(matter("顾某职务侵占案", TODAY).businessLine(BusinessLine.CRIMINAL).field(SupervisionField.OTHER)
                .prosecutorId(prosecutor.id()).build());

        list.fieldProperty().set(SupervisionField.MINORS);
        list.refresh();
        assertEquals(List.of("学校周边售烟案"), names());

        list.clearFilters();
        list.businessLineProperty().set(BusinessLine.CRIMINAL);
        list.prosecutorProperty().set(prosecutor);
        list.searchTextProperty().set("职务侵占");
        list.refresh();
        assertEquals(List.of("顾某职务侵占案"), names());
        MatterQuery q = list.query();
        assertEquals(BusinessLine.CRIMINAL, q.businessLine());
        assertEquals(prosecutor.id(), q.prosecutorId());
        assertEquals("职务侵占", q.text());
        assertFalse(q.recycleBin());

        list.clearFilters();
        list.businessProperty().set(business("未成年人检察"));
        list.stationProperty().set(station);
        list.fromProperty().set(TODAY.minusDays(30));
        list.toProperty().set(TODAY.minusDays(10));
        list.refresh();
        assertEquals(List.of("学校周边售烟案"), names());
        assertEquals(1, list.totalProperty().get());
        assertEquals(business("未成年人检察").id(), list.query().businessId());
        assertEquals(station.id(), list.query().stationId());

        list.clearFilters();
        list.statusProperty().set(MatterStatus.CONCLUDED);
        list.refresh();
        assertEquals(List.of(), names());
        assertEquals(0, list.totalProperty().get());
    }

    @Test
    void theProblemColumnFilterAndChoicesFollowTheField() {
        service.save(matter("清溪村五组木材加工厂案（一）", TODAY.minusDays(3)).field(SupervisionField.LAND)
                .problem("占用耕地从事木材加工").build());
        service.save(matter("清溪村五组木材加工厂案（二）", TODAY.minusDays(2)).field(SupervisionField.LAND)
                .problem("占用耕地从事木材加工").build());
        service.save(matter("河段垃圾污染案", TODAY.minusDays(1)).problem("河道垃圾倾倒").build());
        list.loadReferenceLists();
        assertEquals(List.of("占用耕地从事木材加工", "河道垃圾倾倒"), list.problemChoices(), "every field while none is chosen");
        list.refresh();
        assertEquals(List.of("河道垃圾倾倒", "占用耕地从事木材加工"),
                list.items().stream().map(MatterListItem::problem).toList());

        list.fieldProperty().set(SupervisionField.ECOLOGY);
        assertEquals(List.of("河道垃圾倾倒"), list.problemChoices(), "reloaded when the field filter changes");
        list.fieldProperty().set(null);
        list.problemProperty().set("\u3000占用耕地从事木材加工");
        list.refresh();
        assertEquals(List.of("清溪村五组木材加工厂案（二）", "清溪村五组木材加工厂案（一）"), names());
        assertEquals("占用耕地从事木材加工", list.query().problem());

        list.sortBy(MatterSort.PROBLEM, false);
        list.clearFilters();
        assertNull(list.query().problem());
        assertEquals(List.of("清溪村五组木材加工厂案（一）", "清溪村五组木材加工厂案（二）"), names(),
                "sorted by problem (占 before 河), then date");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void deleteOffersUndoThatRestoresWithTheLinks() {
        long lead = insertLead(reg, TODAY.minusDays(2), "观察员随手拍：河道垃圾");
        Matter m = service.save(matter("误录的案件", TODAY).links(List.of(new MatterLink(LinkKind.LEAD, lead))).build());
        int[] changes = {0};
        list.setOnRegisterChanged(() -> changes[0]++);
        list.refresh();

        list.delete(List.of(m.id()));
        assertEquals(0, list.items().size());
        assertEquals(0, service.countLive());
        assertEquals(List.of("已将 1 件案件移入回收站。"), dialogs.notices);
        assertNotNull(dialogs.lastNoticeAction, "the notice offers 撤销");

        dialogs.lastNoticeAction.run();
        assertEquals(1, service.countLive());
        assertEquals(List.of("误录的案件"), names());
        assertEquals("1", list.items().get(0).linkCount());
        assertEquals(2, changes[0]);
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void theRecycleBinListsDeletedCasesAndExplainsARefusedRestore() {
        Matter first = service.save(matter("河道垃圾案", TODAY).officeNumber("崇检公益立〔2026〕3号").build());
        service.delete(List.of(first.id()));
        service.save(matter("电镀厂偷排案", TODAY).officeNumber("崇检公益立〔2026〕3号").build());
        MatterListViewModel bin = newList(true);
        bin.refresh();
        assertEquals(List.of("河道垃圾案"), bin.items().stream().map(MatterListItem::name).toList());

        bin.restore(List.of(first.id()));

        assertEquals(List.of("无法恢复“河道垃圾案”：案号“崇检公益立〔2026〕3号”已被“电镀厂偷排案”使用。请先修改“电镀厂偷排案”的案号，再恢复。"),
                dialogs.errors);
        assertEquals(1, service.countLive());
    }

    @Test
    void pickListsAreLoadedAndAFilterThatNoLongerExistsIsDropped() {
        Station mobile = reg.station("“微检治”移动联络站");
        list.loadReferenceLists();
        assertEquals(Set.of("双河街道“检察+网格”联络站", "“微检治”移动联络站"),
                Set.copyOf(list.stations().stream().map(Station::name).toList()));
        assertEquals(List.of("许静怡"), list.prosecutors().stream().map(Prosecutor::name).toList());
        assertEquals(10, list.businesses().size());
        list.stationProperty().set(mobile);

        reg.roster.deleteStation(mobile.id());
        list.loadReferenceLists();

        assertNull(list.stationProperty().get());
        assertEquals(List.of(station), List.copyOf(list.stations()));
    }

    @Test
    void exportWritesTheWholeFilteredListFromTheFirstPageWhicheverPageIsShown() throws Exception {
        for (int i = 1; i <= 5; i++) {
            service.save(matter("河道污染案" + i, TODAY.minusDays(i)).parties("罗春梅").build());
        }
        service.save(matter("非法占用耕地案", TODAY).build());
        list.searchTextProperty().set("河道污染");
        list.refresh();
        list.nextPage();
        assertEquals(List.of("河道污染案3", "河道污染案4"), names());
        Path file = dir.resolve("导出.xlsx");

        list.export(file, false);

        List<List<String>> sheet = CaseFixtures.readSheet(file);
        int name = sheet.get(0).indexOf("案件名称");
        assertEquals(List.of("河道污染案1", "河道污染案2", "河道污染案3", "河道污染案4", "河道污染案5"),
                sheet.subList(1, sheet.size()).stream().map(r -> r.get(name)).toList());
        assertEquals("罗某某", sheet.get(1).get(sheet.get(0).indexOf("当事人")), "masked unless asked otherwise");
        assertEquals("已导出 5 条记录到“" + file + "”。", dialogs.notices.get(dialogs.notices.size() - 1));
        assertEquals(1, CaseFixtures.count(reg, "SELECT count(*) FROM audit_log WHERE action = 'EXPORT'"));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    private List<String> names() {
        return list.items().stream().map(MatterListItem::name).toList();
    }
}
