package org.liaisondesk.register.reference.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.roster.RegisterRows;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.testsupport.TestRegister;

/** The editable lists: add, rename, reorder, and deletes refused while records use the entry. */
class ReferenceServiceTest {
    @TempDir
    Path dir;
    TestRegister reg;
    ReferenceService reference;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        reference = reg.reference;
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private List<String> names(ReferenceList list) {
        return reference.list(list).stream().map(ReferenceItem::name).toList();
    }

    private ReferenceItem item(ReferenceList list, String name) {
        return reference.list(list).stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aNewEntryGoesToTheEndAndARenameKeepsItsPlace() {
        ReferenceItem added = reference.save(ReferenceItem.draft(ReferenceList.LIAISON_ROLE, " 特邀调解员 "));
        ReferenceItem first = reference.list(ReferenceList.LIAISON_ROLE).get(0);
        reference.save(new ReferenceItem(first.id(), first.uuid(), first.list(), "社区网格员", first.sortOrder()));

        List<String> roles = names(ReferenceList.LIAISON_ROLE);
        assertEquals("特邀调解员", roles.get(roles.size() - 1));
        assertEquals("社区网格员", roles.get(0));
        assertEquals(14, added.sortOrder());
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource({"'', common.validation.required", "'   ', common.validation.required", "网格员, roster.nameTaken"})
    void emptyAndTakenNamesAreRefused(String name, String key) {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> reference.save(ReferenceItem.draft(ReferenceList.LIAISON_ROLE, name)));

        assertEquals(key, refused.problems().get(0).messageKey());
        assertEquals(13, reference.list(ReferenceList.LIAISON_ROLE).size());
    }

    @Test
    void theSameNameMayStandInTheOtherList() {
        reference.save(ReferenceItem.draft(ReferenceList.BUSINESS, "网格员"));

        assertTrue(names(ReferenceList.BUSINESS).contains("网格员"));
    }

    @Test
    void movingSwapsNeighboursAndStopsAtTheEnds() {
        ReferenceItem third = reference.list(ReferenceList.BUSINESS).get(2);

        List<ReferenceItem> moved = reference.move(third.id(), true);

        assertEquals(List.of("普通犯罪检察", "职务犯罪检察", "重大犯罪检察"),
                moved.subList(0, 3).stream().map(ReferenceItem::name).toList());
        assertEquals(List.of(1, 2, 3), moved.subList(0, 3).stream().map(ReferenceItem::sortOrder).toList());
        assertEquals(moved, reference.list(ReferenceList.BUSINESS), "the order is stored");

        ReferenceItem firstItem = moved.get(0);
        assertEquals(moved, reference.move(firstItem.id(), true), "the first cannot move up");
        ReferenceItem last = moved.get(moved.size() - 1);
        assertEquals(moved, reference.move(last.id(), false), "the last cannot move down");
        List<ReferenceItem> down = reference.move(firstItem.id(), false);
        assertEquals("职务犯罪检察", down.get(0).name());
        assertEquals("普通犯罪检察", down.get(1).name());
    }

    @Test
    void entriesWithEqualOrderAreNumberedAfreshWhenMoved() {
        ReferenceItem a = reference.save(ReferenceItem.draft(ReferenceList.BUSINESS, "知识产权检察"));
        ReferenceItem b = reference.save(ReferenceItem.draft(ReferenceList.BUSINESS, "生态环境检察"));
        reference.save(new ReferenceItem(b.id(), b.uuid(), b.list(), b.name(), a.sortOrder()));

        List<ReferenceItem> moved = reference.move(b.id(), true);

        assertEquals(List.of("生态环境检察", "知识产权检察"),
                moved.subList(10, 12).stream().map(ReferenceItem::name).toList());
        assertEquals(List.of(11, 12), moved.subList(10, 12).stream().map(ReferenceItem::sortOrder).toList());
    }

    @Test
    void aRoleThatLiaisonsHaveIsNotDeleted() {
        ReferenceItem gridWorker = item(ReferenceList.LIAISON_ROLE, "网格员");
        for (String name : List.of("王秀英", "张明", "刘洋")) {
            reg.liaisons.save(Liaison.draft(name, gridWorker.id()));
        }
        Liaison gone = reg.liaisons.save(Liaison.draft("赵敏", gridWorker.id()));
        reg.liaisons.delete(List.of(gone.id()));

        UserFacingException refused = assertThrows(UserFacingException.class, () -> reference.delete(gridWorker.id()));

        assertEquals("“网格员”仍被 3 名联络员使用，不能删除。可先将这些联络员改为其他角色。", refused.localizedMessage());
        assertTrue(names(ReferenceList.LIAISON_ROLE).contains("网格员"));
    }

    @Test
    void aBusinessThatCasesHaveIsNotDeleted() {
        ReferenceItem publicInterest = item(ReferenceList.BUSINESS, "公益诉讼检察");
        new RegisterRows(reg.db).matter(publicInterest.id(), null, null);

        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> reference.delete(publicInterest.id()));

        assertEquals("“公益诉讼检察”仍被 1 件案件使用，不能删除。可先将这些案件改到其他业务。", refused.localizedMessage());
    }

    @Test
    void anUnusedEntryIsDeletedAndRecordsInTheBinKeepItsName() {
        ReferenceItem observer = item(ReferenceList.LIAISON_ROLE, "督导员");
        Liaison old = reg.liaisons.save(Liaison.draft("周杰", observer.id()));
        reg.liaisons.delete(List.of(old.id()));

        reference.delete(observer.id());

        assertTrue(!names(ReferenceList.LIAISON_ROLE).contains("督导员"));
        assertEquals("督导员", reference.find(observer.id()).orElseThrow().name());
        reg.liaisons.restore(List.of(old.id()));
        assertEquals("督导员", reg.liaisons.search("周杰", 1).get(0).roleName());
    }

    @Test
    void aDeletedEntryComesBackUnlessTheNameWasTakenMeanwhile() {
        ReferenceItem informant = item(ReferenceList.LIAISON_ROLE, "信息员");
        reference.delete(informant.id());
        reference.restore(informant.id());
        assertTrue(names(ReferenceList.LIAISON_ROLE).contains("信息员"));

        reference.delete(informant.id());
        reference.save(ReferenceItem.draft(ReferenceList.LIAISON_ROLE, "信息员"));
        UserFacingException refused = assertThrows(UserFacingException.class, () -> reference.restore(informant.id()));
        assertEquals("列表中已有“信息员”，不能恢复。", refused.localizedMessage());
    }
}
