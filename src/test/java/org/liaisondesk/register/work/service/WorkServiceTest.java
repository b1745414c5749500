package org.liaisondesk.register.work.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.register.work.WorkFixtures.valid;
import static org.liaisondesk.testsupport.TestRegister.TODAY;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
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
import org.liaisondesk.common.text.ChineseIdNumber;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.work.WorkFixtures;
import org.liaisondesk.register.work.model.MatterRef;
import org.liaisondesk.register.work.model.PanelMember;
import org.liaisondesk.register.work.model.ServiceSession;
import org.liaisondesk.register.work.model.WorkActivity;
import org.liaisondesk.register.work.model.WorkKind;
import org.liaisondesk.register.work.model.WorkQuery;
import org.liaisondesk.register.work.model.WorkRow;
import org.liaisondesk.register.work.model.WorkSort;
import org.liaisondesk.register.work.model.WorkTotals;
import org.liaisondesk.testsupport.TestRegister;

/** Work done against a real SQLite file: saves, panel and log, search, filters, sorting, paging, totals, bin. */
class WorkServiceTest {
    @TempDir
    Path dir;
    TestRegister reg;
    WorkService work;
    Station village;
    Station centre;
    Prosecutor zhou;
    Prosecutor lin;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        work = WorkFixtures.service(reg);
        village = reg.station("清溪村“微检治”联络站");
        centre = reg.station("区综治中心检察服务窗口");
        zhou = reg.prosecutor("周振宇", village);
        lin = reg.prosecutor("林晓岚", centre);
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private long auditRows() {
        return reg.db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM audit_log")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private WorkActivity save(WorkKind kind, String title, int daysAgo) {
        return work.save(valid(kind, village, zhou, TODAY.minusDays(daysAgo), title).build());
    }

    private List<String> titles(WorkQuery q) {
        return work.page(q).items().stream().map(WorkRow::title).toList();
    }

    private static WorkQuery all() {
        return WorkQuery.firstPage(100);
    }

    @ParameterizedTest
    @EnumSource(WorkKind.class)
    void everyKindIsSavedFoundAndAuditedInOneGo(WorkKind kind) {
        long before = auditRows();
        WorkActivity saved = save(kind, "活动" + kind, 3);

        assertNotNull(saved.id());
        assertNotNull(saved.uuid());
        assertEquals(saved, work.find(saved.id()).orElseThrow());
        assertEquals(kind, saved.kind());
        assertEquals(before + 1, auditRows(), "one audit row, panel and log included");
        assertEquals(1, work.countLive());
    }

    @Test
    void fieldsOfOtherKindsAreNotStored() {
        WorkActivity saved = work.save(valid(WorkKind.PUBLICITY, village, zhou, TODAY, "防欺凌法治课")
                .parties("张三").resolved(true).amountPaidFen(100L).hoursAgreed(8)
                .serviceLog(List.of(ServiceSession.of(TODAY, 4, ""))).build());

        assertEquals("", saved.parties());
        assertNull(saved.resolved());
        assertTrue(saved.serviceLog().isEmpty());
        List<Object> stored = reg.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT parties, resolved, amount_paid_fen, hours_agreed, "
                    + "(SELECT count(*) FROM community_service_log WHERE activity_id = w.id) FROM work_activity w WHERE id = ?")) {
                ps.setLong(1, saved.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    List<Object> values = new ArrayList<>();
                    for (int i = 1; i <= 4; i++) {
                        values.add(rs.getObject(i));
                    }
                    values.add(rs.getLong(5));
                    return values;
                }
            }
        });
        assertEquals(Arrays.asList(null, null, null, null, 0L), stored);
    }

    @Test
    void refusedSavesWriteNothing() {
        long before = auditRows();
        assertThrows(ValidationException.class, () -> work.save(valid(WorkKind.MEDIATION, village, zhou, TODAY, "")
                .build()));
        ValidationException unknownStation = assertThrows(ValidationException.class, () -> work.save(
                valid(WorkKind.MEDIATION, village, zhou, TODAY, "调解").stationId(999L).build()));
        assertEquals(List.of("stationId"), unknownStation.problems().stream().map(FieldProblem::field).toList());
        ValidationException unknownCase = assertThrows(ValidationException.class, () -> work.save(
                valid(WorkKind.MEDIATION, village, zhou, TODAY, "调解").matterId(999L).build()));
        assertEquals(List.of("matterId"), unknownCase.problems().stream().map(FieldProblem::field).toList());
        ValidationException unknownMember = assertThrows(ValidationException.class, () -> work.save(
                valid(WorkKind.HEARING, village, zhou, TODAY, "听证").panel(List.of(new PanelMember(999, "无名", ""))).build()));
        assertEquals(List.of("panel"), unknownMember.problems().stream().map(FieldProblem::field).toList());

        assertEquals(0, work.countLive());
        assertEquals(before, auditRows());
    }

    @Test
    void theApplicantIdIsCleanedAndAMinorApplicantMarksTheActivity() {
        String first17 = "51018420120501123";
        String id = first17 + ChineseIdNumber.checkCharacter(first17);
        WorkActivity adult = work.save(valid(WorkKind.JUDICIAL_AID, centre, lin, TODAY, "救助")
                .applicantIdNumber(" 11010519491231002x ").build());
        WorkActivity child = work.save(valid(WorkKind.JUDICIAL_AID, centre, lin, TODAY, "未成年被害人救助")
                .applicantIdNumber(id).build());

        assertEquals("11010519491231002X", adult.applicantIdNumber());
        assertFalse(adult.involvesMinor());
        assertTrue(child.involvesMinor());
        assertTrue(work.page(all()).items().stream().anyMatch(r -> r.id() == child.id() && r.involvesMinor()));
    }

    @Test
    void thePanelIsStoredWithRosterNamesAndReplacedOnEdit() {
        Liaison deputy = WorkFixtures.liaison(reg, "王代表", "人大代表");
        Liaison officer = WorkFixtures.liaison(reg, "李听证", "听证员");
        Liaison supervisor = WorkFixtures.liaison(reg, "赵监督", "人民监督员");
        WorkActivity saved = work.save(valid(WorkKind.HEARING, centre, lin, TODAY, "拟不起诉听证")
                .panel(List.of(new PanelMember(deputy.id(), "typed", ""), new PanelMember(officer.id(), "", ""),
                        new PanelMember(deputy.id(), "again", ""))).build());

        assertEquals(List.of(new PanelMember(officer.id(), "李听证", "听证员"), new PanelMember(deputy.id(), "王代表", "人大代表")),
                saved.panel(), "each member once, by name, with the roster's name and role");

        WorkActivity edited = work.save(saved.toBuilder()
                .panel(List.of(saved.panel().get(1), new PanelMember(supervisor.id(), "赵监督", ""))).build());
        assertEquals(List.of("王代表", "赵监督"), edited.panel().stream().map(PanelMember::name).toList());
        assertEquals(edited, work.find(saved.id()).orElseThrow());
    }

    @Test
    void theServiceLogKeepsEditedSessionsDropsRemovedOnesAndAddsNewOnes() {
        WorkActivity saved = work.save(valid(WorkKind.COMMUNITY_SERVICE, village, zhou, TODAY.minusDays(10), "社会公益服务")
                .build());
        ServiceSession first = saved.serviceLog().get(0);
        ServiceSession second = saved.serviceLog().get(1);
        assertNotNull(first.id());
        assertNotNull(first.uuid());

        ServiceSession changed = new ServiceSession(first.id(), first.uuid(), first.doneOn(), 8, "道路协勤（全天）");
        WorkActivity edited = work.save(saved.toBuilder()
                .serviceLog(List.of(changed, ServiceSession.of(TODAY, 3, "共享单车整理"))).build());

        assertEquals(List.of(8, 3), edited.serviceLog().stream().map(ServiceSession::hours).toList());
        assertEquals(first.id(), edited.serviceLog().get(0).id());
        assertEquals(first.uuid(), edited.serviceLog().get(0).uuid(), "an edited session keeps its UUID");
        assertTrue(edited.serviceLog().stream().noneMatch(s -> s.uuid().equals(second.uuid())), "the removed session is gone");
        assertEquals(11, edited.hoursDone());
        WorkRow row = work.page(all()).items().get(0);
        assertEquals(11, row.hoursDone());
        assertEquals(40, row.hoursAgreed());
    }

    @Test
    void theAuditRowsCarryThePanelAndTheLogAndTheHistoryShowsTheirChanges() {
        Liaison deputy = WorkFixtures.liaison(reg, "王代表", "人大代表");
        WorkActivity hearing = work.save(valid(WorkKind.HEARING, centre, lin, TODAY, "听证")
                .panel(List.of(new PanelMember(deputy.id(), "王代表", ""))).build());
        WorkActivity service = work.save(valid(WorkKind.COMMUNITY_SERVICE, village, zhou, TODAY.minusDays(5), "公益服务")
                .build());
        work.save(service.toBuilder().serviceLog(List.of(service.serviceLog().get(0))).build());

        String inserted = reg.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT new_value FROM audit_log WHERE entity = 'work_activity' AND entity_id = ? AND action = 'INSERT'")) {
                ps.setLong(1, hearing.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
        assertTrue(inserted.contains("\"panel\"") && inserted.contains("王代表"), inserted);

        List<HistoryEntry> history = work.history(service.id());
        assertEquals(List.of("INSERT", "UPDATE"), history.stream().map(HistoryEntry::action).toList());
        List<HistoryEntry.FieldChange> changes = history.get(1).changes();
        assertEquals(List.of("serviceLog"), changes.stream().map(HistoryEntry.FieldChange::field).toList());
        assertTrue(changes.get(0).oldValue().contains("垃圾分类"));
        assertFalse(changes.get(0).newValue().contains("垃圾分类"));
    }

    @ParameterizedTest(name = "search \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "宅基地       | 宅基地边界纠纷",
        "边界 纠纷    | 宅基地边界纠纷",
        "罗永康       | 宅基地边界纠纷",
        "防欺凌       | 双河小学法治课",
        "双河         | 双河小学法治课",
        "分期发放     | 刑事被害人救助",
        "蒋翠         | 刑事被害人救助",
    })
    void searchFindsEveryWordInTheSearchedColumns(String text, String title) {
        work.save(valid(WorkKind.MEDIATION, village, zhou, TODAY, "宅基地边界纠纷").build());
        work.save(valid(WorkKind.PUBLICITY, village, zhou, TODAY, "双河小学法治课").topic("防欺凌").build());
        work.save(valid(WorkKind.JUDICIAL_AID, centre, lin, TODAY, "刑事被害人救助").build());

        assertEquals(List.of(title), titles(all().withText(text)));
        assertEquals(1, work.count(all().withText(text)));
    }

    @Test
    void filtersNarrowTheList() {
        WorkActivity resolved = save(WorkKind.MEDIATION, "已化解的调解", 1);
        work.save(valid(WorkKind.MEDIATION, village, zhou, TODAY.minusDays(2), "未化解的调解").resolved(false).build());
        work.save(valid(WorkKind.PUBLICITY, centre, lin, TODAY.minusDays(30), "综治中心普法").build());

        assertEquals(List.of("已化解的调解"), titles(all().withResolved(true)));
        assertEquals(List.of("未化解的调解"), titles(all().withResolved(false)));
        assertEquals(List.of("综治中心普法"), titles(all().withStation(centre.id())));
        assertEquals(List.of("综治中心普法"), titles(all().withProsecutor(lin.id())));
        assertEquals(List.of("已化解的调解", "未化解的调解"), titles(all().withKind(WorkKind.MEDIATION)));
        assertEquals(List.of("未化解的调解", "综治中心普法"),
                titles(all().withDates(TODAY.minusDays(30), TODAY.minusDays(2))));
        assertEquals(resolved.id(), work.page(all()).items().get(0).id(), "newest first by default");
    }

    @Test
    void keysetPagingVisitsEveryRowOnceInEverySortOrder() {
        long caseA = WorkFixtures.matter(reg, "崇检刑诉〔2026〕3号", "黄某危险驾驶案", TODAY.minusDays(40));
        long caseB = WorkFixtures.matter(reg, "崇检刑诉〔2026〕1号", "邱某盗窃案", TODAY.minusDays(90));
        for (int i = 0; i < 7; i++) {
            Station s = i % 2 == 0 ? village : centre;
            Prosecutor p = i % 3 == 0 ? zhou : lin;
            Long matter = i % 3 == 0 ? null : i % 3 == 1 ? caseA : caseB;
            work.save(valid(WorkKind.values()[i], s, p, TODAY.minusDays(1 + i % 4), "活动" + (char) ('G' - i))
                    .matterId(matter).build());
        }
        for (WorkSort sort : WorkSort.values()) {
            for (boolean desc : new boolean[] {true, false}) {
                List<WorkRow> everything = work.page(all().withSort(sort, desc)).items();
                List<Long> paged = new ArrayList<>();
                WorkQuery q = WorkQuery.firstPage(3).withSort(sort, desc);
                Page<WorkRow> page = work.page(q);
                paged.addAll(page.items().stream().map(WorkRow::id).toList());
                while (page.hasMore()) {
                    page = work.page(q.after(page.next()));
                    paged.addAll(page.items().stream().map(WorkRow::id).toList());
                }
                assertEquals(everything.stream().map(WorkRow::id).toList(), paged, sort + (desc ? " desc" : " asc"));
                assertEquals(7, new HashSet<>(paged).size());
            }
        }
        assertEquals(List.of("活动A", "活动B", "活动C"), work.page(WorkQuery.firstPage(3).withSort(WorkSort.TITLE, false))
                .items().stream().map(WorkRow::title).toList());
        List<String> numbers = work.page(all().withSort(WorkSort.MATTER, false)).items().stream()
                .map(WorkRow::matterOfficeNumber).toList();
        assertEquals(List.of("", "", "", "崇检刑诉〔2026〕1号", "崇检刑诉〔2026〕1号", "崇检刑诉〔2026〕3号",
                "崇检刑诉〔2026〕3号"), numbers);
    }

    @Test
    void totalsAddUpWhatTheFilterSelectsAndLeaveTheBinOut() {
        save(WorkKind.MEDIATION, "化解一", 1);
        save(WorkKind.MEDIATION, "化解二", 1);
        work.save(valid(WorkKind.MEDIATION, centre, lin, TODAY, "未化解").resolved(false).build());
        save(WorkKind.JUDICIAL_AID, "救助一", 1);                       // 5000 yuan paid
        work.save(valid(WorkKind.JUDICIAL_AID, centre, lin, TODAY, "救助二").amountPaidFen(1_500_000L)
                .amountApprovedFen(1_500_000L).build());
        work.save(valid(WorkKind.JUDICIAL_AID, centre, lin, TODAY, "救助待发放").amountPaidFen(null).build());
        save(WorkKind.PUBLICITY, "普法一", 1);                          // 320 people
        work.save(valid(WorkKind.PUBLICITY, centre, lin, TODAY, "普法二").audienceCount(80).build());
        save(WorkKind.COMMUNITY_SERVICE, "服务一", 3);                  // 10 hours done
        WorkActivity deleted = save(WorkKind.COMMUNITY_SERVICE, "服务二", 3);
        work.delete(List.of(deleted.id()));

        assertEquals(new WorkTotals(9, 2, 2_000_000L, 400, 10), work.totals(all()));
        assertEquals(new WorkTotals(4, 0, 1_500_000L, 80, 0), work.totals(all().withStation(centre.id())));
        assertEquals(new WorkTotals(1, 0, 0, 0, 10), work.totals(all().withText("服务")));
        assertEquals(new WorkTotals(1, 0, 0, 0, 10), work.totals(all().withRecycleBin(true)));
        assertEquals(9, work.count(all()));
    }

    @Test
    void deletedActivitiesGoToTheBinAndComeBackWithPanelLogAndCase() {
        Liaison deputy = WorkFixtures.liaison(reg, "王代表", "人大代表");
        long matter = WorkFixtures.matter(reg, "崇检刑诉〔2026〕5号", "张某危险驾驶案", TODAY.minusDays(30));
        WorkActivity hearing = work.save(valid(WorkKind.HEARING, centre, lin, TODAY, "拟不起诉听证").matterId(matter)
                .panel(List.of(new PanelMember(deputy.id(), "王代表", ""))).build());
        WorkActivity service = save(WorkKind.COMMUNITY_SERVICE, "公益服务", 5);

        work.delete(List.of(hearing.id(), service.id()));
        assertEquals(0, work.countLive());
        assertEquals(List.of(), titles(all()));
        assertEquals(2, work.count(all().withRecycleBin(true)));
        assertNotNull(work.page(all().withRecycleBin(true)).items().get(0).deletedAt());

        work.restore(List.of(hearing.id(), service.id()));
        assertEquals(2, work.countLive());
        assertEquals(hearing, work.find(hearing.id()).orElseThrow());
        assertEquals(service, work.find(service.id()).orElseThrow());
        assertEquals("崇检刑诉〔2026〕5号", work.page(all().withKind(WorkKind.HEARING)).items().get(0).matterOfficeNumber());
        assertEquals(List.of("INSERT", "DELETE", "RESTORE"),
                work.history(hearing.id()).stream().map(HistoryEntry::action).toList());
    }

    @Test
    void theCasePickerSearchesLiveCasesNewestFirst() {
        long older = WorkFixtures.matter(reg, "崇检刑诉〔2026〕1号", "邱某盗窃案", TODAY.minusDays(90));
        long newer = WorkFixtures.matter(reg, "崇检刑诉〔2026〕7号", "黄某危险驾驶案", TODAY.minusDays(10));
        long gone = WorkFixtures.matter(reg, "崇检刑诉〔2026〕9号", "钱某滥伐林木案", TODAY.minusDays(5));
        WorkFixtures.deleteMatter(reg, gone);
        Function<String, List<Long>> ids = text -> work.searchMatters(text, 10).stream().map(MatterRef::id).toList();

        assertEquals(List.of(newer, older), ids.apply(""));
        assertEquals(List.of(older), ids.apply("盗窃"));
        assertEquals(List.of(newer), ids.apply("〔2026〕7号"));
        assertEquals(List.of(newer, older), ids.apply("崇检刑诉"));
        assertEquals(List.of(), ids.apply("滥伐林木"), "cases in the recycle bin are not offered");
        assertEquals(List.of(newer), work.searchMatters("", 1).stream().map(MatterRef::id).toList());
        assertEquals("崇检刑诉〔2026〕9号 钱某滥伐林木案", work.findMatter(gone).orElseThrow().label(),
                "a case in the bin is still named for activities linked to it");
    }
}
