package org.liaisondesk.register.visits.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.testsupport.TestRegister.TODAY;
import static org.liaisondesk.testsupport.TestRegister.visit;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.common.time.DeadlineStatus;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.visits.model.StatusFilter;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.register.visits.model.VisitSort;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;

/** The visit list's state, driven without a JavaFX toolkit. */
class VisitListViewModelTest {
    @TempDir
    Path dir;
    TestRegister reg;
    RecordingDialogs dialogs = new RecordingDialogs();
    VisitListViewModel list;
    Station station;
    Prosecutor prosecutor;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        station = reg.station("宏源社区检察联络站");
        prosecutor = reg.prosecutor("周检察官", station);
        list = new VisitListViewModel(reg.visits, reg.roster, new DirectBackgroundExecutor(), dialogs, () -> 2, false);
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    @Test
    void rowsShowMaskedPersonalData() {
        reg.visits.save(visit(station, prosecutor, TODAY, "反映家庭暴力，咨询支持起诉").visitorName("王秀英")
                .visitorPhone("13812341234").visitorIdNumber("11010519491231002X").build());
        list.refresh();

        VisitListItem item = list.items().get(0);
        assertEquals("王某某 138****1234", item.visitor());
        assertFalse(item.toString().contains("秀英"), "no unmasked name anywhere in the row");
        assertFalse(item.toString().contains("19491231"), "no birth date");
        assertEquals("宏源社区检察联络站", item.station());
        assertEquals("咨询", item.category());
    }

    @Test
    void pagingMovesThroughTheRegisterAndCountsIt() {
        for (int i = 1; i <= 5; i++) {
            reg.visits.save(visit(station, prosecutor, TODAY.minusDays(i), "来访" + i).build());
        }
        list.refresh();
        assertEquals(5, list.totalProperty().get());
        assertEquals(List.of("来访1", "来访2"), summaries());
        assertTrue(list.hasMoreProperty().get());
        assertEquals("第 1 页，共 3 页（5 条）", list.pageTextProperty().get());

        list.nextPage();
        list.nextPage();
        assertEquals(List.of("来访5"), summaries());
        assertFalse(list.hasMoreProperty().get());
        list.previousPage();
        assertEquals(List.of("来访3", "来访4"), summaries());

        list.sortBy(VisitSort.DATE, false);
        assertEquals(List.of("来访5", "来访4"), summaries());
    }

    @Test
    void filtersAndSearchNarrowTheList() {
        reg.visits.save(visit(station, prosecutor, TODAY.minusDays(20), "信访：征地补偿")
                .category(VisitCategory.PETITION).build());
        reg.visits.save(visit(station, prosecutor, TODAY, "咨询劳动合同").build());

        list.statusProperty().set(StatusFilter.OVERDUE);
        list.refresh();
        assertEquals(List.of("信访：征地补偿"), summaries());
        assertEquals(DeadlineStatus.OVERDUE, list.items().get(0).dueStatus());

        list.clearFilters();
        list.searchTextProperty().set("劳动合同");
        list.refresh();
        assertEquals(List.of("咨询劳动合同"), summaries());
        assertEquals(1, list.totalProperty().get());
    }

    @Test
    void deleteOffersUndoThatRestores() {
        var v = reg.visits.save(visit(station, prosecutor, TODAY, "误录的记录").build());
        int[] changes = {0};
        list.setOnRegisterChanged(() -> changes[0]++);
        list.refresh();

        list.delete(List.of(v.id()));
        assertEquals(0, list.items().size());
        assertEquals(0, reg.visits.countLive());
        assertNotNull(dialogs.lastNoticeAction, "the notice offers 撤销");

        dialogs.lastNoticeAction.run();
        assertEquals(1, reg.visits.countLive());
        assertEquals(List.of("误录的记录"), summaries());
        assertEquals(2, changes[0]);
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void referenceListsAreLoaded() {
        list.loadReferenceLists();
        assertEquals(List.of("宏源社区检察联络站"), list.stations().stream().map(Station::name).toList());
        assertEquals(List.of("周检察官"), list.prosecutors().stream().map(Prosecutor::name).toList());
    }

    private List<String> summaries() {
        return list.items().stream().map(VisitListItem::summary).toList();
    }
}
