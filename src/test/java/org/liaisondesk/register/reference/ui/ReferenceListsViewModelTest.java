package org.liaisondesk.register.reference.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.ui.ReferenceListsViewModel.NameForm;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;

/** The reference lists tab's state, without a toolkit, against a real register. */
class ReferenceListsViewModelTest {
    @TempDir
    Path dir;
    TestRegister reg;
    RecordingDialogs dialogs = new RecordingDialogs();
    ReferenceListsViewModel model;
    int changes;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        model = new ReferenceListsViewModel(reg.reference, new DirectBackgroundExecutor(), dialogs);
        model.setOnChanged(() -> changes++);
        model.load();
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    @Test
    void switchingTheListLoadsIt() {
        assertEquals("普通犯罪检察", model.items().get(0).name());
        assertEquals(10, model.items().size());

        model.listProperty().set(ReferenceList.LIAISON_ROLE);

        assertEquals("网格员", model.items().get(0).name());
        assertEquals(13, model.items().size());
    }

    @Test
    void aNewEntryIsAddedToTheChosenListAndATakenNameStaysOnTheField() {
        model.listProperty().set(ReferenceList.LIAISON_ROLE);
        NameForm form = model.newItem();
        form.nameProperty().set("网格员");
        form.save(i -> { });
        assertEquals("名册中已有“网格员”，请换一个名称（同名时可加注以示区分）", form.errors().get("name"));
        assertTrue(form.isDirty());

        form.nameProperty().set("特邀调解员");
        List<ReferenceItem> saved = new ArrayList<>();
        form.save(saved::add);

        assertEquals(ReferenceList.LIAISON_ROLE, saved.get(0).list());
        assertEquals("特邀调解员", model.items().get(model.items().size() - 1).name());
        assertFalse(form.isDirty());
        assertEquals(1, changes);
    }

    @Test
    void aRenameKeepsThePlace() {
        NameForm form = model.rename(model.items().get(1));
        form.nameProperty().set("重大刑事犯罪检察");
        form.save(i -> { });

        assertEquals("重大刑事犯罪检察", model.items().get(1).name());
    }

    @Test
    void movingReordersTheList() {
        ReferenceItem second = model.items().get(1);

        model.moveUp(second);
        assertEquals(second.name(), model.items().get(0).name());
        model.moveDown(model.items().get(0));
        assertEquals(second.name(), model.items().get(1).name());
        assertEquals(2, changes);
    }

    @Test
    void aRoleInUseIsKeptWithTheCountAndAnUnusedOneIsDeletedWithUndo() {
        model.listProperty().set(ReferenceList.LIAISON_ROLE);
        ReferenceItem gridWorker = model.items().get(0);
        reg.liaisons.save(Liaison.draft("王秀英", gridWorker.id()));

        model.delete(gridWorker);
        assertEquals(List.of("“网格员”仍被 1 名联络员使用，不能删除。可先将这些联络员改为其他角色。"), dialogs.errors);
        assertEquals(13, model.items().size());

        ReferenceItem informant = model.items().get(12);
        model.delete(informant);
        assertEquals(12, model.items().size());
        assertEquals(List.of("已删除“信息员”。"), dialogs.notices);
        dialogs.lastNoticeAction.run();
        assertEquals(13, model.items().size());
        assertEquals("信息员", model.items().get(12).name());
    }
}
