package org.liaisondesk.register.roster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.roster.ExportedSheet;
import org.liaisondesk.register.roster.RegisterRows;
import org.liaisondesk.register.roster.data.LiaisonRepository;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.LiaisonQuery;
import org.liaisondesk.register.roster.model.LiaisonSort;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;

/** The liaison roster tab's state, without a toolkit, against a real register. */
class LiaisonListViewModelTest {
    @TempDir
    Path dir;
    TestRegister reg;
    RecordingDialogs dialogs = new RecordingDialogs();
    LiaisonListViewModel model;
    Station qingxi;
    ReferenceItem gridWorker;
    ReferenceItem deputy;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        qingxi = reg.station("清溪村“微检治”联络站");
        List<ReferenceItem> roles = reg.reference.list(ReferenceList.LIAISON_ROLE);
        gridWorker = roles.get(0);
        deputy = roles.stream().filter(r -> r.name().equals("人大代表")).findFirst().orElseThrow();
        model = new LiaisonListViewModel(reg.liaisons, reg.roster, reg.reference, new DirectBackgroundExecutor(),
                dialogs, () -> 2);
        model.loadPickLists();
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private Liaison liaison(String name, ReferenceItem role, String phone) {
        return reg.liaisons.save(new Liaison(null, null, name, role.id(), qingxi.id(), "清溪村第3网格", phone,
                LocalDate.of(2024, 6, 1), ""));
    }

    @Test
    void theListMasksPhonesAndShowsRoleStationDateAndLeads() {
        Liaison wang = liaison("王秀英", gridWorker, "13812345678");
        new RegisterRows(reg.db).lead(wang.id(), null, null);

        model.refresh();

        assertEquals(List.of(new LiaisonListItem(wang.id(), "王秀英", "网格员", "清溪村“微检治”联络站", "清溪村第3网格",
                "138****5678", "2024-06-01", 1)), model.items());
        assertEquals("第 1 页，共 1 页（1 条）", model.pageTextProperty().get());
        assertEquals(List.of(qingxi), model.stations());
        assertEquals(13, model.roles().size());
    }

    @Test
    void filtersSortAndPagesGoToTheDatabase() {
        for (String name : List.of("王秀英", "张明", "刘洋")) {
            liaison(name, gridWorker, "");
        }
        liaison("李国华", deputy, "");
        model.roleProperty().set(gridWorker);
        model.sortBy(LiaisonSort.NAME, true);

        assertEquals(List.of("王秀英", "张明"), names());
        assertTrue(model.hasMoreProperty().get());
        assertEquals(3, model.totalProperty().get());
        model.nextPage();
        assertEquals(List.of("刘洋"), names());
        assertTrue(model.hasPreviousProperty().get());
        model.previousPage();
        assertEquals(List.of("王秀英", "张明"), names());

        LiaisonQuery q = model.query();
        assertEquals(gridWorker.id(), q.roleId());
        assertEquals(LiaisonSort.NAME, q.sort());
        assertTrue(q.descending());

        model.searchTextProperty().set("国华");
        model.roleProperty().set(null);
        model.refresh();
        assertEquals(List.of("李国华"), names());
        model.clearFilters();
        assertEquals(4, model.totalProperty().get());
    }

    @Test
    void deleteOffersUndoAndTheRecycleBinRestores() {
        Liaison wang = liaison("王秀英", gridWorker, "");
        model.refresh();

        model.delete(List.of(wang.id()));

        assertTrue(model.items().isEmpty());
        assertEquals(List.of("已将 1 名联络员移入回收站。"), dialogs.notices);
        dialogs.lastNoticeAction.run();
        assertEquals(List.of("王秀英"), names(), "撤销 brings it back");

        model.delete(List.of(wang.id()));
        model.recycleBinProperty().set(true);
        assertEquals(List.of("王秀英"), names());
        model.restore(List.of(wang.id()));
        assertTrue(model.items().isEmpty());
        model.recycleBinProperty().set(false);
        assertEquals(List.of("王秀英"), names());
    }

    @Test
    void aLiaisonWhoSentLeadsIsKeptAndTheRefusalIsShown() {
        Liaison wang = liaison("王秀英", gridWorker, "");
        new RegisterRows(reg.db).lead(wang.id(), null, null);
        model.refresh();

        model.delete(List.of(wang.id()));

        assertEquals(List.of("“王秀英”仍被 1 条线索使用，不能删除。可先在这些记录中改选其他联络员。"), dialogs.errors);
        assertTrue(dialogs.notices.isEmpty());
        assertEquals(List.of("王秀英"), names());
    }

    @Test
    void aNewLiaisonStartsWithTheFiltersRoleAndStationAndIsSavedThroughTheForm() {
        model.roleProperty().set(deputy);
        model.stationProperty().set(qingxi);
        AtomicReference<LiaisonForm> opened = new AtomicReference<>();

        model.openEditor(null, opened::set);

        LiaisonForm form = opened.get();
        assertTrue(form.isNew());
        assertEquals(deputy, form.roleProperty().get());
        assertEquals(qingxi, form.stationProperty().get());
        assertFalse(form.isDirty());
        form.phoneProperty().set("1381234");
        form.save(saved -> { });
        assertEquals("此项必填", form.errors().get("name"));
        assertNotNull(form.errors().get("phone"));

        form.nameProperty().set("李国华");
        form.phoneProperty().set("13812345678");
        List<Liaison> saved = new ArrayList<>();
        form.save(saved::add);

        assertEquals("李国华", saved.get(0).name());
        assertEquals(List.of("李国华"), names(), "the list was reloaded");
        assertEquals("138****5678", model.items().get(0).phone());
    }

    @Test
    void anUnreadableDateIsReportedOnItsField() {
        AtomicReference<LiaisonForm> opened = new AtomicReference<>();
        model.openEditor(null, opened::set);
        LiaisonForm form = opened.get();
        form.nameProperty().set("王秀英");
        form.roleProperty().set(gridWorker);

        form.setDateUnreadable("appointedOn", true);
        form.save(l -> { });

        assertEquals("无法识别的日期，请按 2024-10-12 或 2024年10月12日 的格式填写", form.errors().get("appointedOn"));
        assertEquals(0, reg.liaisons.count(LiaisonQuery.firstPage(5)));
    }

    @Test
    void editingShowsTheFullPhoneAndTheHistoryNamesTheRoles() {
        Liaison wang = liaison("王秀英", gridWorker, "13812345678");
        AtomicReference<LiaisonForm> opened = new AtomicReference<>();
        model.openEditor(wang.id(), opened::set);
        LiaisonForm form = opened.get();
        assertEquals("13812345678", form.phoneProperty().get());
        assertEquals(wang.id(), form.recordId());

        form.roleProperty().set(deputy);
        form.save(l -> { });
        List<HistoryEntry> history = new ArrayList<>();
        form.loadHistory(history::addAll);

        assertEquals(new HistoryEntry.FieldChange("roleId", "网格员", "人大代表"), history.get(1).changes().get(0));
    }

    @Test
    void aDeletedRoleStaysPickableForTheLiaisonsThatHaveIt() {
        ReferenceItem supervisor = reg.reference.list(ReferenceList.LIAISON_ROLE).stream()
                .filter(r -> r.name().equals("督导员")).findFirst().orElseThrow();
        Liaison zhou = liaison("周杰", supervisor, "");
        reg.liaisons.delete(List.of(zhou.id()));
        reg.reference.delete(supervisor.id());
        reg.liaisons.restore(List.of(zhou.id()));
        AtomicReference<LiaisonForm> opened = new AtomicReference<>();

        model.openEditor(zhou.id(), opened::set);

        assertEquals("督导员", opened.get().roleProperty().get().name());
        assertFalse(opened.get().isDirty());
    }

    @Test
    void aLiaisonThatIsGoneIsReportedInsteadOfOpened() {
        AtomicReference<LiaisonForm> opened = new AtomicReference<>();

        model.openEditor(999L, opened::set);

        assertNull(opened.get());
        assertEquals(List.of("所选项目已不存在，请重新选择"), dialogs.errors);
    }

    @Test
    void exportWritesTheWholeListOrTheRecycleBinFromTheFirstPage() throws Exception {
        liaison("王秀英", gridWorker, "13812345678");
        liaison("张建军", gridWorker, "");
        liaison("陈明", deputy, "");
        Liaison gone = liaison("李娟", deputy, "");
        reg.liaisons.delete(List.of(gone.id()));
        model.refresh();
        model.nextPage();
        Path live = dir.resolve("live.xlsx");

        model.export(live, false);

        ExportedSheet sheet = ExportedSheet.read(live);
        assertEquals(List.of("张建军", "王秀英", "陈明"), sheet.values("姓名"), "every page, by name, deleted ones left out");
        assertEquals("138****5678", sheet.cell(sheet.rowWith("姓名", "王秀英"), "联系电话"));
        assertEquals("roster.liaisons.title", model.exportTitleKey());

        model.recycleBinProperty().set(true);
        Path bin = dir.resolve("bin.xlsx");
        model.export(bin, false);

        assertEquals(List.of("李娟"), ExportedSheet.read(bin).values("姓名"));
        assertEquals("roster.liaisons.binTitle", model.exportTitleKey());
        assertEquals(2, ExportedSheet.auditedExports(reg.db, LiaisonRepository.ENTITY));
        assertEquals(List.of(), dialogs.errors);
    }

    private List<String> names() {
        return model.items().stream().map(LiaisonListItem::name).toList();
    }
}
