package org.liaisondesk.register.roster.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.roster.RegisterRows;
import org.liaisondesk.register.roster.model.InUseException;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.LiaisonQuery;
import org.liaisondesk.register.roster.model.LiaisonRow;
import org.liaisondesk.register.roster.model.LiaisonSort;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.testsupport.TestRegister;

/** The liaison roster on a real register: validation, search, filters, every sort with keyset paging, deletes. */
class LiaisonServiceTest {
    @TempDir
    Path dir;
    TestRegister reg;
    RegisterRows rows;
    Map<String, ReferenceItem> roles;
    Station qingxi;
    Station chongyang;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        rows = new RegisterRows(reg.db);
        roles = reg.reference.list(ReferenceList.LIAISON_ROLE).stream()
                .collect(Collectors.toMap(ReferenceItem::name, Function.identity()));
        qingxi = reg.station("清溪村“微检治”联络站");
        chongyang = reg.station("崇阳街道微检治联络站");
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private Liaison save(String name, String role, Station station, String grid, LocalDate appointed) {
        return reg.liaisons.save(new Liaison(null, null, name, roles.get(role).id(),
                station == null ? null : station.id(), grid, "13812345678", appointed, ""));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource(delimiter = '|', value = {
        "name    | ''          | common.validation.required",
        "phone   | 1381234     | common.phone.wrongLength",
        "phone   | 电话138     | common.phone.illegalCharacter",
        "appointedOn | 2026-11-24 | common.validation.notInFuture",
    })
    void wrongEntriesAreRefusedOnTheirField(String field, String value, String key) {
        Liaison ok = new Liaison(null, null, "王秀英", roles.get("网格员").id(), null, "清溪村第3网格", "", null, "");
        Liaison wrong = switch (field) {
            case "name" -> new Liaison(null, null, value, ok.roleId(), null, ok.grid(), "", null, "");
            case "phone" -> new Liaison(null, null, ok.name(), ok.roleId(), null, ok.grid(), value, null, "");
            default -> new Liaison(null, null, ok.name(), ok.roleId(), null, ok.grid(), "", LocalDate.parse(value), "");
        };

        ValidationException refused = assertThrows(ValidationException.class, () -> reg.liaisons.save(wrong));

        assertEquals(field, refused.problems().get(0).field());
        assertEquals(key, refused.problems().get(0).messageKey());
        assertEquals(0, reg.liaisons.count(LiaisonQuery.firstPage(10)));
    }

    @Test
    void aRoleMustBeGivenAndMustComeFromTheRoleList() {
        ValidationException none = assertThrows(ValidationException.class,
                () -> reg.liaisons.save(Liaison.draft("王秀英", null)));
        assertEquals(new FieldProblem("roleId", "common.validation.required").field(), none.problems().get(0).field());

        long business = reg.reference.list(ReferenceList.BUSINESS).get(0).id();
        ValidationException notARole = assertThrows(ValidationException.class,
                () -> reg.liaisons.save(Liaison.draft("王秀英", business)));
        assertEquals("common.validation.unknown", notARole.problems().get(0).messageKey());
    }

    @Test
    void aSavedLiaisonKeepsItsFieldsWithTheRoleAndStationNamesAndANormalizedPhone() {
        Liaison saved = reg.liaisons.save(new Liaison(null, null, " 王秀英 ", roles.get("网格员").id(), qingxi.id(),
                " 清溪村第3网格 ", "138 1234 5678", LocalDate.of(2024, 6, 1), "兼任村妇联执委"));

        Liaison stored = reg.liaisons.find(saved.id()).orElseThrow();
        assertEquals("王秀英", stored.name());
        assertEquals("清溪村第3网格", stored.grid());
        assertEquals("13812345678", stored.phone());
        assertEquals(LocalDate.of(2024, 6, 1), stored.appointedOn());
        LiaisonRow row = reg.liaisons.page(LiaisonQuery.firstPage(10)).items().get(0);
        assertEquals("网格员", row.roleName());
        assertEquals("清溪村“微检治”联络站", row.stationName());
        assertEquals(0, row.leadsSent());
    }

    @Test
    void searchFindsNameGridAndNoteWithShortAndLongWords() {
        save("王秀英", "网格员", qingxi, "清溪村第3网格", null);
        save("李国华", "人大代表", chongyang, "", null);
        save("张明", "网格员", chongyang, "金桂社区第12网格", null);

        assertEquals(List.of("王秀英"), names(reg.liaisons.search("第3网格", 10)));
        assertEquals(List.of("张明"), names(reg.liaisons.search("金桂", 10)));
        assertEquals(List.of("李国华"), names(reg.liaisons.search("国华", 10)));
        assertEquals(Set.of("王秀英", "张明"), Set.copyOf(names(reg.liaisons.search("网格", 10))));
        assertTrue(reg.liaisons.search("网格 李", 10).isEmpty(), "every word must match");
    }

    @Test
    void roleAndStationFiltersNarrowTheListAndTheCount() {
        save("王秀英", "网格员", qingxi, "", null);
        save("李国华", "人大代表", chongyang, "", null);
        save("张明", "网格员", chongyang, "", null);
        LiaisonQuery gridWorkers = new LiaisonQuery("", roles.get("网格员").id(), null, false, null, 10);
        LiaisonQuery atChongyang = new LiaisonQuery("", roles.get("网格员").id(), chongyang.id(), false, null, 10);

        assertEquals(2, reg.liaisons.count(gridWorkers));
        assertEquals(List.of("张明"), names(reg.liaisons.page(atChongyang).items()));
        assertEquals(1, reg.liaisons.count(atChongyang));
    }

    /** Every sort, both ways, paged three at a time: each liaison exactly once, in the order the column says. */
    @ParameterizedTest
    @EnumSource(LiaisonSort.class)
    void everySortPagesThroughAllLiaisonsInOrder(LiaisonSort sort) {
        List<Liaison> all = new ArrayList<>();
        String[] names = {"王秀英", "李国华", "张明", "陈静", "刘洋", "赵敏", "周杰", "吴芳"};
        String[] roleNames = {"网格员", "人大代表", "网格员", "公益诉讼观察员", "政协委员", "网格员", "听证员", "网格员"};
        for (int i = 0; i < names.length; i++) {
            // Every third without station or date: the sort keys must still never be NULL.
            all.add(save(names[i], roleNames[i], i % 3 == 0 ? null : i % 2 == 0 ? qingxi : chongyang, "",
                    i % 3 == 1 ? null : LocalDate.of(2024, 1 + i, 1)));
        }
        for (int i = 0; i < 3; i++) {
            rows.lead(all.get(2).id(), null, null);
        }
        rows.lead(all.get(5).id(), null, null);

        for (boolean descending : new boolean[] {false, true}) {
            LiaisonQuery q = LiaisonQuery.firstPage(3).withSort(sort, descending);
            List<LiaisonRow> seen = new ArrayList<>();
            Page<LiaisonRow> page = reg.liaisons.page(q);
            seen.addAll(page.items());
            while (page.hasMore()) {
                page = reg.liaisons.page(q.after(page.next()));
                seen.addAll(page.items());
            }
            Set<Long> ids = new HashSet<>();
            seen.forEach(r -> ids.add(r.liaison().id()));
            assertEquals(names.length, seen.size(), sort + " desc=" + descending + ": no row twice, none missing");
            assertEquals(names.length, ids.size());
            List<String> keys = seen.stream().map(r -> key(sort, r)).toList();
            List<String> expected = new ArrayList<>(keys);
            expected.sort(descending ? Comparator.<String>reverseOrder() : Comparator.naturalOrder());
            assertEquals(expected, keys, sort + " desc=" + descending);
        }
        assertEquals(3, reg.liaisons.page(LiaisonQuery.firstPage(10).withSort(LiaisonSort.LEADS_SENT, true))
                .items().get(0).leadsSent());
    }

    /** What each column sorts by, as comparable text (ties broken by name, like the database). */
    private String key(LiaisonSort sort, LiaisonRow r) {
        Liaison l = r.liaison();
        return switch (sort) {
            case NAME -> l.name();
            case ROLE -> String.format("%08d|%s", roles.get(r.roleName()).sortOrder(), l.name());
            case STATION -> r.stationName() + "|" + l.name();
            case APPOINTED_ON -> (l.appointedOn() == null ? "" : l.appointedOn().toString()) + "|" + l.name();
            case LEADS_SENT -> String.format("%08d", r.leadsSent());
        };
    }

    @Test
    void leadsSentCountsOnlyLiveLeads() {
        Liaison wang = save("王秀英", "网格员", qingxi, "", null);
        rows.lead(wang.id(), null, null);
        long deleted = rows.lead(wang.id(), null, null);
        rows.softDelete("lead", deleted);

        assertEquals(1, reg.liaisons.search("王秀英", 5).get(0).leadsSent());
    }

    @Test
    void aLiaisonWhoSentLeadsOrSatOnAHearingIsNotDeleted() {
        Liaison wang = save("王秀英", "网格员", qingxi, "", null);
        Liaison li = save("李国华", "听证员", null, "", null);
        rows.lead(wang.id(), null, null);
        rows.lead(wang.id(), null, null);
        rows.panelMember(rows.activity(null, null), li.id());

        InUseException byLeads = assertThrows(InUseException.class, () -> reg.liaisons.delete(List.of(wang.id())));
        assertEquals("“王秀英”仍被 2 条线索使用，不能删除。可先在这些记录中改选其他联络员。", byLeads.localizedMessage());
        InUseException byHearing = assertThrows(InUseException.class,
                () -> reg.liaisons.delete(List.of(li.id(), wang.id())));
        assertEquals("“李国华”仍被 1 场公开听证（听证员）使用，不能删除。可先在这些记录中改选其他联络员。",
                byHearing.localizedMessage());
        assertEquals(2, reg.liaisons.count(LiaisonQuery.firstPage(10)), "nothing deleted");
    }

    @Test
    void deletedLiaisonsGoToTheRecycleBinAndComeBack() {
        Liaison wang = save("王秀英", "网格员", qingxi, "清溪村第3网格", null);
        save("李国华", "人大代表", null, "", null);

        reg.liaisons.delete(List.of(wang.id()));

        LiaisonQuery bin = LiaisonQuery.firstPage(10).withRecycleBin(true);
        assertEquals(List.of("王秀英"), names(reg.liaisons.page(bin).items()));
        assertEquals(List.of("李国华"), names(reg.liaisons.page(LiaisonQuery.firstPage(10)).items()));
        assertTrue(reg.liaisons.search("第3网格", 5).isEmpty(), "pickers offer live liaisons only");

        reg.liaisons.restore(List.of(wang.id()));

        assertEquals(0, reg.liaisons.count(bin));
        assertEquals(List.of("王秀英"), names(reg.liaisons.search("第3网格", 5)));
        List<String> actions = reg.liaisons.history(wang.id()).stream().map(HistoryEntry::action).toList();
        assertEquals(List.of("INSERT", "DELETE", "RESTORE"), actions);
    }

    @Test
    void theHistoryListsEachChangedField() {
        Liaison wang = save("王秀英", "网格员", qingxi, "清溪村第3网格", null);
        reg.liaisons.save(new Liaison(wang.id(), wang.uuid(), "王秀英", roles.get("人民监督员").id(), qingxi.id(),
                "清溪村第4网格", wang.phone(), null, ""));

        HistoryEntry update = reg.liaisons.history(wang.id()).get(1);
        assertEquals("UPDATE", update.action());
        assertEquals(Set.of("roleId", "grid"), update.changes().stream().map(HistoryEntry.FieldChange::field)
                .collect(Collectors.toSet()));
    }

    private static List<String> names(List<LiaisonRow> rows) {
        return rows.stream().map(r -> r.liaison().name()).toList();
    }
}
