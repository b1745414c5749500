package org.liaisondesk.register.work.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.register.work.WorkFixtures.valid;
import static org.liaisondesk.testsupport.TestRegister.TODAY;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.register.roster.ExportedSheet;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.work.WorkFixtures;
import org.liaisondesk.register.work.data.WorkRepository;
import org.liaisondesk.register.work.model.WorkActivity;
import org.liaisondesk.register.work.model.WorkKind;
import org.liaisondesk.register.work.model.WorkQuery;
import org.liaisondesk.register.work.model.WorkSort;
import org.liaisondesk.register.work.service.WorkService;
import org.liaisondesk.testsupport.HeldExecutor;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;

/** The work list's state, driven without a JavaFX toolkit. */
class WorkListViewModelTest {
    @TempDir
    Path dir;
    TestRegister reg;
    WorkService work;
    RecordingDialogs dialogs = new RecordingDialogs();
    WorkListViewModel list;
    Station station;
    Prosecutor prosecutor;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        work = WorkFixtures.service(reg);
        station = reg.station("崇阳街道微检治联络站");
        prosecutor = reg.prosecutor("孟书瑶", station);
        list = new WorkListViewModel(work, reg.roster, new DirectBackgroundExecutor(), dialogs, () -> 2, false);
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private WorkActivity save(WorkActivity.Builder b) {
        return work.save(b.build());
    }

    private WorkActivity.Builder of(WorkKind kind, String title, int daysAgo) {
        return valid(kind, station, prosecutor, TODAY.minusDays(daysAgo), title);
    }

    private List<String> titles() {
        return list.items().stream().map(WorkListItem::title).toList();
    }

    @ParameterizedTest(name = "{0}: parties {2}, figure {3}")
    @CsvSource(delimiter = '|', value = {
        "MEDIATION                    | 罗永康、罗永平 | 罗某某、罗某某 | 已化解           | 矛盾纠纷化解",
        "JUDICIAL_AID                 | 蒋翠萍         | 蒋某某         | 5,000.00 元      | 司法救助",
        "PUBLICITY                    | ''             | ''             | 320 人           | 普法宣传",
        "COMMUNITY_SERVICE            | 黄志伟         | 黄某某         | 10/40 小时       | 社会公益服务",
        "HEARING                      | ''             | ''             | 拟不起诉案件听证 | 公开听证",
        "NON_PROSECUTION_ANNOUNCEMENT | 邱家乐         | 邱某某         | ''               | 不起诉宣告",
        "CIRCUIT_TRIAL                | 钱贵生 钱贵林  | 钱某某、钱某某 | ''               | 巡回审判",
    })
    void rowsShowMaskedNamesAndTheKeyFigureOfTheirKind(WorkKind kind, String fullNames, String masked, String figure,
                                                       String kindText) {
        WorkActivity.Builder b = of(kind, "活动", 3);
        if (kind == WorkKind.JUDICIAL_AID) {
            b.applicantName(fullNames);
        } else if (!fullNames.isEmpty()) {
            b.parties(fullNames);
        }
        save(b);
        list.refresh();

        WorkListItem item = list.items().get(0);
        assertEquals(masked, item.parties());
        assertEquals(figure, item.keyFigure());
        assertEquals(kindText, item.kind());
        assertEquals("崇阳街道微检治联络站", item.station());
        if (!fullNames.isEmpty()) {
            assertFalse(item.toString().contains(fullNames.substring(1, 3)), "no unmasked name in the row");
        }
    }

    @Test
    void unresolvedMediationsUnpaidAidMinorsAndLinkedCasesAreShown() {
        long matter = WorkFixtures.matter(reg, "崇检刑诉〔2026〕7号", "黄某危险驾驶案", TODAY.minusDays(30));
        save(of(WorkKind.MEDIATION, "婚恋矛盾调解", 1).resolved(false).involvesMinor(true).matterId(matter));
        save(of(WorkKind.JUDICIAL_AID, "待发放的救助", 2).amountPaidFen(null));
        list.refresh();

        WorkListItem mediation = list.items().get(0);
        assertEquals("未化解", mediation.keyFigure());
        assertEquals("【涉未】婚恋矛盾调解", mediation.title());
        assertTrue(mediation.minor());
        assertEquals("崇检刑诉〔2026〕7号", mediation.matter());
        assertEquals("待发放", list.items().get(1).keyFigure());
    }

    @Test
    void theTotalsLineAddsUpTheWholeFilterNotJustThePage() {
        save(of(WorkKind.MEDIATION, "调解一", 1));
        save(of(WorkKind.MEDIATION, "调解二", 2));
        save(of(WorkKind.JUDICIAL_AID, "救助", 3));
        save(of(WorkKind.PUBLICITY, "普法", 4));
        save(of(WorkKind.COMMUNITY_SERVICE, "公益服务", 5));
        list.refresh();

        assertEquals(2, list.items().size(), "one page of two");
        assertEquals("合计 5 项活动；化解纠纷 2 件；发放司法救助 0.50 万元；普法受众 320 人次；社会公益服务 10 小时",
                list.totalsTextProperty().get());
        list.kindProperty().set(WorkKind.MEDIATION);
        list.refresh();
        assertEquals(2, list.totalsProperty().get().count());
        assertEquals(0, list.totalsProperty().get().aidPaidFen());
    }

    @Test
    void theTotalsOfAnOlderQueryThatArriveLateAreDropped() {
        save(of(WorkKind.MEDIATION, "调解", 1));
        save(of(WorkKind.PUBLICITY, "普法", 2));
        HeldExecutor held = new HeldExecutor();
        WorkListViewModel late = new WorkListViewModel(work, reg.roster, held, dialogs, () -> 2, false);

        late.kindProperty().set(WorkKind.MEDIATION);
        late.refresh();
        late.kindProperty().set(null);
        late.refresh();
        // Each refresh asks for its page and, in a task of its own, its count: 0, 1 the older; 2, 3 the newer.
        assertEquals(4, held.deliveries.size());
        held.deliveries.get(2).run();
        assertEquals(List.of("调解", "普法"), late.items().stream().map(WorkListItem::title).toList(),
                "the rows are shown before the count");
        assertTrue(late.pageTextProperty().get().contains("正在统计"), late.pageTextProperty().get());
        held.deliveries.get(0).run();
        held.deliveries.get(1).run();
        assertEquals(List.of("调解", "普法"), late.items().stream().map(WorkListItem::title).toList(),
                "the older page is dropped");
        held.deliveries.get(3).run();

        assertEquals(2, late.totalsProperty().get().count(), "the newest query's totals stay");
        assertEquals(2, late.totalProperty().get());
        assertEquals(List.of("调解", "普法"), late.items().stream().map(WorkListItem::title).toList());
    }

    @Test
    void pagingWhileTheCountIsOnItsWayKeepsTheCount() {
        for (int i = 1; i <= 3; i++) {
            save(of(WorkKind.PUBLICITY, "普法" + i, i));
        }
        HeldExecutor held = new HeldExecutor();
        WorkListViewModel paged = new WorkListViewModel(work, reg.roster, held, dialogs, () -> 2, false);
        paged.refresh();
        held.deliveries.get(0).run();
        assertTrue(paged.hasMoreProperty().get());
        paged.nextPage();
        held.deliveries.get(2).run();
        assertTrue(paged.pageTextProperty().get().startsWith("第 2 页（正在统计"), paged.pageTextProperty().get());

        held.deliveries.get(1).run();

        assertEquals(3, paged.totalProperty().get());
        assertEquals("第 2 页，共 2 页（3 条）", paged.pageTextProperty().get());
    }

    @Test
    void pagingMovesThroughTheRegisterAndSortingIsDoneByTheDatabase() {
        for (int i = 1; i <= 5; i++) {
            save(of(WorkKind.PUBLICITY, "普法" + i, i));
        }
        list.refresh();
        assertEquals(5, list.totalProperty().get());
        assertEquals(List.of("普法1", "普法2"), titles());
        assertEquals("第 1 页，共 3 页（5 条）", list.pageTextProperty().get());

        list.nextPage();
        list.nextPage();
        assertEquals(List.of("普法5"), titles());
        assertFalse(list.hasMoreProperty().get());
        list.previousPage();
        assertEquals(List.of("普法3", "普法4"), titles());
        assertTrue(list.hasPreviousPage());

        list.sortBy(WorkSort.DATE, false);
        assertEquals(List.of("普法5", "普法4"), titles());
        assertFalse(list.hasPreviousPage(), "a new sort starts at the first page");
    }

    @Test
    void filtersAndSearchNarrowTheListAndTheQueryIsWhatAnExportWouldWrite() {
        save(of(WorkKind.MEDIATION, "宅基地纠纷调解", 1));
        save(of(WorkKind.MEDIATION, "未化解的婚恋纠纷", 2).resolved(false));
        save(of(WorkKind.PUBLICITY, "赶集日普法", 3));

        list.resolvedProperty().set(false);
        list.refresh();
        assertEquals(List.of("未化解的婚恋纠纷"), titles());

        list.clearFilters();
        list.searchTextProperty().set("赶集日");
        list.fromProperty().set(TODAY.minusDays(10));
        list.stationProperty().set(station);
        list.refresh();
        assertEquals(List.of("赶集日普法"), titles());
        assertEquals(1, list.totalProperty().get());

        WorkQuery q = list.query();
        assertEquals("赶集日", q.text());
        assertEquals(TODAY.minusDays(10), q.from());
        assertEquals(station.id(), q.stationId());
        assertFalse(q.recycleBin());
        assertEquals(WorkSort.DATE, q.sort());
    }

    @Test
    void deleteOffersUndoAndTheBinRestores() {
        WorkActivity a = save(of(WorkKind.HEARING, "公开听证", 1));
        list.refresh();
        list.delete(List.of(a.id()));
        assertEquals(List.of(), titles());
        assertEquals(List.of("已将 1 项履职活动移入回收站"), dialogs.notices);
        assertNotNull(dialogs.lastNoticeAction);

        WorkListViewModel bin = new WorkListViewModel(work, reg.roster, new DirectBackgroundExecutor(), dialogs, () -> 2, true);
        bin.refresh();
        assertEquals(List.of("公开听证"), bin.items().stream().map(WorkListItem::title).toList());
        assertTrue(bin.query().recycleBin());

        dialogs.lastNoticeAction.run();
        assertEquals(List.of("公开听证"), titles());
        bin.refresh();
        assertTrue(bin.items().isEmpty());

        list.delete(List.of(a.id()));
        bin.refresh();
        bin.restore(List.of(a.id()));
        assertTrue(bin.items().isEmpty());
        assertEquals(1, work.countLive());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void exportWritesTheWholeFilteredListFromTheFirstPageMaskedByDefault() throws Exception {
        for (int i = 1; i <= 5; i++) {
            save(of(WorkKind.COMMUNITY_SERVICE, "公益服务" + i, i));
        }
        save(of(WorkKind.PUBLICITY, "普法", 6));
        list.kindProperty().set(WorkKind.COMMUNITY_SERVICE);
        list.refresh();
        list.nextPage();
        Path file = dir.resolve("work.xlsx");

        list.export(file, false);

        ExportedSheet sheet = ExportedSheet.read(file);
        assertEquals(List.of("公益服务1", "公益服务2", "公益服务3", "公益服务4", "公益服务5"), sheet.values("活动名称"),
                "every page of the filtered list, not the page on screen");
        assertEquals("黄某某", sheet.cell(0, "当事人"), "the dialog answered: masked");
        assertFalse(sheet.allText().contains("志伟"));
        assertEquals("已导出 5 条记录到“" + file + "”。", dialogs.notices.get(dialogs.notices.size() - 1));
        assertEquals(1, ExportedSheet.auditedExports(reg.db, WorkRepository.ENTITY));
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void anExportThatCannotBeWrittenIsReported() {
        save(of(WorkKind.PUBLICITY, "普法", 1));

        list.export(dir.resolve("no such folder/work.xlsx"), false);

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("no such folder"), dialogs.errors.get(0));
        assertEquals(0, ExportedSheet.auditedExports(reg.db, WorkRepository.ENTITY));
    }

    @Test
    void pickListsComeFromTheRoster() {
        list.loadReferenceLists();
        assertEquals(List.of(station), List.copyOf(list.stations()));
        assertEquals(List.of(prosecutor), List.copyOf(list.prosecutors()));
    }
}
