package org.liaisondesk.register.roster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.register.roster.ExportedSheet;
import org.liaisondesk.register.roster.data.RecipientRepository;
import org.liaisondesk.register.roster.model.Recipient;
import org.liaisondesk.register.roster.model.RecipientQuery;
import org.liaisondesk.register.roster.model.RecipientSort;
import org.liaisondesk.register.roster.service.RecipientService;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;

/** The recipient directory tab's state, without a toolkit, against a real register. */
class RecipientListViewModelTest {
    @TempDir
    Path dir;
    TestRegister reg;
    RecipientService recipients;
    RecordingDialogs dialogs = new RecordingDialogs();
    RecipientListViewModel model;
    Recipient district;
    Recipient town;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        recipients = new RecipientService(reg.db, new RecipientRepository(reg.audit));
        district = recipients.save(Recipient.draft("XX区人民政府", null));
        town = recipients.save(new Recipient(null, null, "清溪镇人民政府", district.id(), "清溪镇政府路1号", "孙主任",
                "13912345678", ""));
        model = new RecipientListViewModel(recipients, new DirectBackgroundExecutor(), dialogs, () -> 20);
        model.loadPickLists();
        model.refresh();
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    @Test
    void theListShowsTheSuperiorsNameAndMasksThePhone() {
        RecipientListItem row = model.items().stream().filter(i -> i.id() == town.id()).findFirst().orElseThrow();

        assertEquals(new RecipientListItem(town.id(), "清溪镇人民政府", "XX区人民政府", "清溪镇政府路1号", "孙主任",
                "139****5678"), row);
        assertEquals(List.of(district, town), model.superiors(), "the filter offers every live organisation");
    }

    @Test
    void exportWritesTheFilteredDirectoryWithMaskedPhones() throws Exception {
        recipients.save(Recipient.draft("清溪村民委员会", town.id()));
        model.superiorProperty().set(district);
        model.refresh();
        Path file = dir.resolve("recipients.xlsx");

        model.export(file, false);

        ExportedSheet sheet = ExportedSheet.read(file);
        assertEquals(List.of("清溪镇人民政府"), sheet.values("单位名称"), "only the units directly under the filter");
        assertEquals("139****5678", sheet.cell(0, "联系电话"));
        assertEquals("已导出 1 条记录到“" + file + "”。", dialogs.notices.get(dialogs.notices.size() - 1));
        assertEquals(1, ExportedSheet.auditedExports(reg.db, RecipientRepository.ENTITY));
    }

    @Test
    void theSuperiorFilterAndTheSortReachTheQuery() {
        model.superiorProperty().set(district);
        model.sortBy(RecipientSort.SUPERIOR, true);

        RecipientQuery q = model.query();
        assertEquals(district.id(), q.superiorId());
        assertEquals(RecipientSort.SUPERIOR, q.sort());
        assertTrue(q.descending());
        assertEquals(List.of("清溪镇人民政府"), names());
    }

    @Test
    void aNewOrganisationIsSavedUnderTheFilteredSuperiorAndATakenNameStaysInline() {
        model.superiorProperty().set(district);
        AtomicReference<RecipientForm> opened = new AtomicReference<>();
        model.openEditor(null, opened::set);
        RecipientForm form = opened.get();
        assertEquals(district, form.superiorProperty().get());

        form.nameProperty().set("清溪镇人民政府");
        form.contactProperty().set("钱科员");
        form.save(r -> { });
        assertEquals("名录中已有“清溪镇人民政府”。请核对是否为同一单位，或换一个名称", form.errors().get("name"));
        assertEquals("钱科员", form.contactProperty().get());
        assertTrue(dialogs.errors.isEmpty());

        form.nameProperty().set("区市场监督管理局");
        List<Recipient> saved = new ArrayList<>();
        form.save(saved::add);
        assertEquals(district.id(), saved.get(0).superiorId());
        assertEquals(List.of("区市场监督管理局", "清溪镇人民政府"), names());
    }

    @Test
    void theEditorOffersNeitherItselfNorItsSubordinatesAsSuperior() {
        AtomicReference<RecipientForm> opened = new AtomicReference<>();

        model.openEditor(district.id(), opened::set);

        assertTrue(opened.get().superiors().isEmpty());
        assertFalse(opened.get().isDirty());
    }

    @Test
    void aLoopPickedAnywayIsRefusedOnTheSuperiorField() {
        AtomicReference<RecipientForm> opened = new AtomicReference<>();
        model.openEditor(district.id(), opened::set);
        RecipientForm form = opened.get();

        form.superiorProperty().set(town);
        form.save(r -> { });

        assertEquals("所选单位是本单位的下级（或下级的下级），不能作为上级机关，否则会形成循环", form.errors().get("superiorId"));
        assertEquals(null, recipients.find(district.id()).orElseThrow().superiorId());
    }

    @Test
    void deletingASuperiorIsRefusedAndASubordinateGoesToTheBinWithUndo() {
        model.delete(List.of(district.id()));
        assertEquals(List.of("“XX区人民政府”仍是 1 个单位的上级机关，不能删除。可先为这些单位改选上级机关。"), dialogs.errors);

        model.delete(List.of(town.id()));
        assertEquals(List.of("XX区人民政府"), names());
        assertEquals(List.of("已将 1 个单位移入回收站。"), dialogs.notices);
        model.recycleBinProperty().set(true);
        assertEquals(List.of("清溪镇人民政府"), names());
        model.restore(List.of(town.id()));
        model.recycleBinProperty().set(false);
        assertEquals(2, model.items().size());
        assertEquals(List.of(district, town), model.superiors(), "the filter's pick list follows");
    }

    @Test
    void theHistoryShowsTheSuperiorByName() {
        Recipient congress = recipients.save(Recipient.draft("区人大常委会", null));
        AtomicReference<RecipientForm> opened = new AtomicReference<>();
        model.openEditor(town.id(), opened::set);
        RecipientForm form = opened.get();
        form.superiorProperty().set(form.superiors().stream().filter(r -> r.id().equals(congress.id())).findFirst()
                .orElseThrow());
        form.save(r -> { });
        List<HistoryEntry> history = new ArrayList<>();

        form.loadHistory(history::addAll);

        assertEquals(new HistoryEntry.FieldChange("superiorId", "XX区人民政府", "区人大常委会"),
                history.get(1).changes().get(0));
    }

    private List<String> names() {
        return model.items().stream().map(RecipientListItem::name).toList();
    }
}
