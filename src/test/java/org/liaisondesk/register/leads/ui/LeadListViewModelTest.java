package org.liaisondesk.register.leads.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.register.leads.LeadFixtures.lead;
import static org.liaisondesk.testsupport.TestRegister.TODAY;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.register.leads.LeadFixtures;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.leads.model.LeadQuery;
import org.liaisondesk.register.leads.model.LeadSort;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;

/** The lead list's state, driven without a JavaFX toolkit. */
class LeadListViewModelTest {
    @TempDir
    Path dir;
    TestRegister reg;
    LeadService leads;
    RecordingDialogs dialogs = new RecordingDialogs();
    LeadListViewModel list;
    Station station;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        leads = LeadFixtures.service(reg);
        station = reg.station("双河街道“检察+网格”联络站");
        list = new LeadListViewModel(leads, reg.roster, new DirectBackgroundExecutor(), dialogs, () -> 2, false);
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    @Test
    void rowsShowMaskedReportersStarsDecisionsFeedbackAndCases() {
        Liaison worker = LeadFixtures.gridWorker(reg, "冯玉梅", "第3网格", "13912345678");
        Lead minors = leads.save(lead(TODAY.minusDays(1), "便利店向初中学生出售香烟").field(SupervisionField.MINORS)
                .town("双河街道").village("金桂社区").grid("第3网格").stationId(station.id())
                .reporterLiaisonId(worker.id()).rating(4, 3, 5)
                .triage(Triage.REFERRED).triagedOn(TODAY).referredTo("区市场监管局").build());
        leads.save(lead(TODAY.minusDays(2), "河道垃圾").source(LeadSource.SNAPSHOT_APP).reporterName("何建国")
                .reporterPhone("13812341234").triage(Triage.CASE_OPENED).triagedOn(TODAY.minusDays(1))
                .fedBackOn(TODAY).build());
        long matter = LeadFixtures.matter(reg, "崇检公建〔2026〕3号", "售烟类案", TODAY);
        LeadFixtures.link(reg, matter, minors.id());
        list.refresh();

        LeadListItem first = list.items().get(0);
        assertEquals("冯某某 139****5678（网格员）", first.reporter());
        assertEquals("★★★★☆", first.stars());
        assertEquals("移送：区市场监管局", first.triage());
        assertEquals("未反馈", first.feedback());
        assertTrue(first.awaitingFeedback());
        assertEquals("双河街道金桂社区 第3网格", first.place());
        assertEquals("网格员报送", first.source());
        assertEquals("未成年人保护", first.field());
        assertTrue(first.minor());
        assertEquals("【涉未成年人】便利店向初中学生出售香烟", first.description());
        assertEquals("崇检公建〔2026〕3号", first.cases());
        assertEquals("双河街道“检察+网格”联络站", first.station());
        assertFalse(first.toString().contains("玉梅"), "no unmasked name anywhere in the row");

        LeadListItem second = list.items().get(1);
        assertEquals("何某某 138****1234", second.reporter());
        assertEquals("未评分", second.stars());
        assertEquals("已反馈 " + TODAY, second.feedback());
        assertFalse(second.awaitingFeedback());
        assertEquals("“随手拍”", second.source());
    }

    @Test
    void anonymousLeadsSaySo() {
        leads.save(lead(TODAY, "12345热线反映非法占地").source(LeadSource.HOTLINE_12345).build());
        list.refresh();
        assertEquals("未留名", list.items().get(0).reporter());
    }

    @Test
    void pagingMovesThroughTheRegisterAndCountsIt() {
        for (int i = 1; i <= 5; i++) {
            leads.save(lead(TODAY.minusDays(i), "线索" + i).build());
        }
        list.refresh();
        assertEquals(5, list.totalProperty().get());
        assertEquals(List.of("线索1", "线索2"), descriptions());
        assertEquals("第 1 页，共 3 页（5 条）", list.pageTextProperty().get());

        list.nextPage();
        list.nextPage();
        assertEquals(List.of("线索5"), descriptions());
        assertFalse(list.hasMoreProperty().get());
        list.previousPage();
        assertEquals(List.of("线索3", "线索4"), descriptions());

        list.sortBy(LeadSort.RECEIVED, false);
        assertEquals(List.of("线索5", "线索4"), descriptions());
    }

    @Test
    void filtersNarrowTheListAndTheQueryIsThereForAnExport() {
        leads.save(lead(TODAY.minusDays(9), "已研判未反馈").rating(5, 5, 5).triage(Triage.PRELIMINARY_INQUIRY)
                .triagedOn(TODAY).stationId(station.id()).build());
        leads.save(lead(TODAY.minusDays(8), "已反馈").rating(5, 5, 4).triage(Triage.FILED).triagedOn(TODAY)
                .fedBackOn(TODAY).build());
        leads.save(lead(TODAY.minusDays(7), "待研判").rating(1, 2, 1).build());

        list.notFedBackProperty().set(true);
        list.refresh();
        assertEquals(List.of("已研判未反馈"), descriptions());

        list.clearFilters();
        list.minStarsProperty().set(5);
        list.refresh();
        assertEquals(List.of("已反馈", "已研判未反馈"), descriptions());

        list.loadReferenceLists();
        list.stationProperty().set(list.stations().get(0));
        list.searchTextProperty().set("未反馈");
        list.refresh();
        assertEquals(List.of("已研判未反馈"), descriptions());
        LeadQuery q = list.query();
        assertEquals(5, q.minStars());
        assertEquals(station.id(), q.stationId());
        assertEquals("未反馈", q.text());
        assertEquals(1, leads.count(q));
    }

    @Test
    void theProblemColumnFilterAndChoicesFollowTheField() {
        leads.save(lead(TODAY.minusDays(3), "长林村四组木材加工").field(SupervisionField.LAND).problem("占用耕地从事木材加工")
                .build());
        leads.save(lead(TODAY.minusDays(2), "长林村二组木材加工").field(SupervisionField.LAND).problem("占用耕地从事木材加工")
                .build());
        leads.save(lead(TODAY.minusDays(1), "三组河段垃圾").problem("河道垃圾倾倒").build());
        list.loadReferenceLists();
        assertEquals(List.of("占用耕地从事木材加工", "河道垃圾倾倒"), list.problemChoices(), "every field while none is chosen");
        list.refresh();
        assertEquals(List.of("河道垃圾倾倒", "占用耕地从事木材加工"),
                list.items().stream().map(LeadListItem::problem).toList());

        list.fieldProperty().set(SupervisionField.ECOLOGY);
        assertEquals(List.of("河道垃圾倾倒"), list.problemChoices(), "reloaded when the field filter changes");
        list.fieldProperty().set(null);
        list.problemProperty().set("占用耕地从事木材加工 ");
        list.refresh();
        assertEquals(List.of("长林村二组木材加工", "长林村四组木材加工"), descriptions());
        assertEquals("占用耕地从事木材加工", list.query().problem());

        list.sortBy(LeadSort.PROBLEM, false);
        list.clearFilters();
        assertNull(list.query().problem());
        assertEquals("", list.problemProperty().get());
        assertEquals(List.of("长林村四组木材加工", "长林村二组木材加工"), descriptions(), "sorted by problem, then date");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void deleteOffersUndoThatRestoresAndTheBinListsTheDeleted() {
        Lead l = leads.save(lead(TODAY, "误录的线索").build());
        int[] changes = {0};
        list.setOnRegisterChanged(() -> changes[0]++);
        list.refresh();

        list.delete(List.of(l.id()));
        assertEquals(0, list.items().size());
        assertEquals(0, leads.countLive());
        LeadListViewModel bin = new LeadListViewModel(leads, reg.roster, new DirectBackgroundExecutor(), dialogs,
                () -> 10, true);
        bin.refresh();
        assertEquals(List.of(l.id()), bin.items().stream().map(LeadListItem::id).toList());
        assertNotNull(dialogs.lastNoticeAction, "the notice offers 撤销");

        dialogs.lastNoticeAction.run();
        assertEquals(1, leads.countLive());
        assertEquals(List.of("误录的线索"), descriptions());
        assertEquals(2, changes[0]);
        bin.refresh();
        assertTrue(bin.items().isEmpty());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void exportWritesTheWholeFilteredListFromTheFirstPageWhicheverPageIsShown() throws Exception {
        for (int i = 1; i <= 5; i++) {
            leads.save(lead(TODAY.minusDays(i), "河道垃圾 第" + i + "处").reporterName("何建国").build());
        }
        leads.save(lead(TODAY, "非法占用耕地").build());
        list.searchTextProperty().set("河道");
        list.refresh();
        list.nextPage();
        assertEquals(List.of("河道垃圾 第3处", "河道垃圾 第4处"), descriptions());
        Path file = dir.resolve("导出.xlsx");

        list.export(file, false);

        List<List<String>> sheet = LeadFixtures.readSheet(file);
        int description = sheet.get(0).indexOf("线索内容");
        assertEquals(List.of("河道垃圾 第1处", "河道垃圾 第2处", "河道垃圾 第3处", "河道垃圾 第4处", "河道垃圾 第5处"),
                sheet.subList(1, sheet.size()).stream().map(r -> r.get(description)).toList());
        assertEquals("何某某", sheet.get(1).get(sheet.get(0).indexOf("报送人姓名")), "masked unless asked otherwise");
        assertEquals("已导出 5 条记录到“" + file + "”。", dialogs.notices.get(dialogs.notices.size() - 1));
        assertEquals(1, LeadFixtures.exportsAudited(reg));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    private List<String> descriptions() {
        return list.items().stream().map(LeadListItem::description).toList();
    }
}
