package org.liaisondesk.register.work.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.register.work.WorkFixtures.valid;
import static org.liaisondesk.testsupport.TestRegister.TODAY;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.common.ui.HistoryDialog;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.work.WorkFixtures;
import org.liaisondesk.register.work.model.PanelMember;
import org.liaisondesk.register.work.model.WorkActivity;
import org.liaisondesk.register.work.model.WorkKind;
import org.liaisondesk.register.work.service.WorkService;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;

/** The activity form's state, driven without a JavaFX toolkit. */
class WorkEditorViewModelTest {
    @TempDir
    Path dir;
    TestRegister reg;
    WorkService work;
    RecordingDialogs dialogs = new RecordingDialogs();
    Station centre;
    Station village;
    Prosecutor lin;
    WorkEditorViewModel form;
    List<WorkActivity> saved = new ArrayList<>();

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        work = WorkFixtures.service(reg);
        centre = reg.station("区综治中心检察服务窗口");
        village = reg.station("清溪村“微检治”联络站");
        lin = reg.prosecutor("林晓岚", centre);
        form = newForm();
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private WorkEditorViewModel newForm() {
        return new WorkEditorViewModel(work, reg.liaisons, new DirectBackgroundExecutor(), dialogs,
                reg.roster.stations(), reg.roster.prosecutors());
    }

    @Test
    void aNewFormStartsTodayWithTheUsersStationAndTheListsKind() {
        form.startNew(WorkKind.PUBLICITY, "林晓岚");
        assertEquals(WorkKind.PUBLICITY, form.kindProperty().get());
        assertEquals(TODAY, form.heldOnProperty().get());
        assertEquals(lin, form.prosecutorProperty().get());
        assertEquals(centre, form.stationProperty().get());
        assertFalse(form.isDirty());

        WorkEditorViewModel other = newForm();
        other.startNew(null, "不在名单上的人");
        assertEquals(WorkKind.MEDIATION, other.kindProperty().get());
        assertNull(other.prosecutorProperty().get());
    }

    @Test
    void aRefusedSaveShowsProblemsInlineKeepsTheTextAndWritesNothing() {
        form.startNew(WorkKind.MEDIATION, "林晓岚");
        form.mediatorProperty().set("村调解员刘国栋");
        assertTrue(form.errors().isEmpty(), "nothing shown before the user leaves a field or saves");

        form.save(saved::add);

        assertEquals("此项必填", form.errors().get("title"));
        assertEquals("此项必填", form.errors().get("parties"));
        assertEquals("村调解员刘国栋", form.mediatorProperty().get());
        assertTrue(saved.isEmpty());
        assertEquals(0, work.countLive());
        assertTrue(form.isDirty());

        form.titleProperty().set("宅基地边界纠纷调解");
        form.partiesProperty().set("罗永康、罗永平");
        form.resolvedProperty().set(true);
        assertTrue(form.errors().isEmpty(), "problems go away as they are fixed");
        form.save(saved::add);
        assertEquals(1, saved.size());
        assertEquals(Boolean.TRUE, work.find(saved.get(0).id()).orElseThrow().resolved());
    }

    @Test
    void aLeftFieldShowsItsProblemOnly() {
        form.startNew(WorkKind.PUBLICITY, "林晓岚");
        form.touch("title");
        assertEquals(List.of("title"), List.copyOf(form.errors().keySet()));
    }

    @ParameterizedTest(name = "approved \"{0}\", paid \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "2000        | 2000      | 200000   | 200000  | ''",
        "2.5万       | '2,000.50'| 2500000  | 200050  | ''",
        "２０００元   | ''        | 200000   |         | ''",
        "12.345      | ''        |          |         | amountApprovedFen=金额最多精确到分（小数点后两位）",
        "''          | 100       |          | 10000   | amountApprovedFen=此项必填",
        "1000        | 1000.01   | 100000   | 100001  | amountPaidFen=实际发放金额不能超过批准金额",
        "1000        | -5        | 100000   |         | amountPaidFen=金额不能为负数",
        "一千        | ''        |          |         | amountApprovedFen=无法识别的金额，请按 2000、2,000.50、2000.5元 或 2.5万 的格式填写",
    })
    void amountsAreTypedInYuanAndStoredInFen(String approved, String paid, Long approvedFen, Long paidFen,
                                             String problem) {
        form.startNew(WorkKind.JUDICIAL_AID, "林晓岚");
        form.titleProperty().set("被害人司法救助");
        form.applicantNameProperty().set("蒋翠萍");
        form.amountApprovedProperty().set(approved);
        form.amountPaidProperty().set(paid);

        assertEquals(approvedFen, form.toActivity().amountApprovedFen());
        assertEquals(paidFen, form.toActivity().amountPaidFen());
        form.save(saved::add);
        if (problem.isEmpty()) {
            assertEquals(List.of(), List.copyOf(form.errors().keySet()));
            WorkActivity stored = work.find(saved.get(0).id()).orElseThrow();
            assertEquals(approvedFen, stored.amountApprovedFen());
            assertEquals(paidFen, stored.amountPaidFen());
        } else {
            String[] fieldAndText = problem.split("=", 2);
            assertEquals(fieldAndText[1], form.errors().get(fieldAndText[0]));
            assertEquals(1, form.errors().size());
            assertTrue(saved.isEmpty());
        }
    }

    @Test
    void fieldsOfAnotherKindAreNeitherCheckedNorSaved() {
        form.startNew(WorkKind.JUDICIAL_AID, "林晓岚");
        form.amountApprovedProperty().set("不是金额");
        form.partiesProperty().set("张三");
        form.kindProperty().set(WorkKind.PUBLICITY);
        form.titleProperty().set("赶集日普法");
        form.topicProperty().set("防范养老诈骗");
        form.audienceCountProperty().set("２６０");

        form.save(saved::add);
        assertTrue(form.errors().isEmpty(), form.errors().toString());
        WorkActivity stored = work.find(saved.get(0).id()).orElseThrow();
        assertEquals(260, stored.audienceCount());
        assertEquals("", stored.parties());
        assertNull(stored.amountApprovedFen());
    }

    @Test
    void aTypedCountMustBeAWholeNumber() {
        form.startNew(WorkKind.PUBLICITY, "林晓岚");
        form.audienceCountProperty().set("三百");
        form.touch("audienceCount");
        assertEquals("请填写不带小数的数字", form.errors().get("audienceCount"));
        form.audienceCountProperty().set("1,200");
        assertNull(form.errors().get("audienceCount"));
        assertEquals(1200, form.toActivity().audienceCount());
    }

    @Test
    void theServiceLogIsEditedInPlaceAndItsHoursAddUp() {
        form.startNew(WorkKind.COMMUNITY_SERVICE, "林晓岚");
        form.heldOnProperty().set(TODAY.minusDays(20));
        form.titleProperty().set("危险驾驶案犯罪嫌疑人社会公益服务");
        form.partiesProperty().set("黄志伟");
        form.hoursAgreedProperty().set("40");
        assertEquals("已完成 0 小时 / 约定 40 小时", form.hoursDoneTextProperty().get());

        form.sessionDateProperty().set(TODAY.minusDays(10));
        form.sessionHoursProperty().set("25");
        assertFalse(form.addSession());
        assertEquals("每次服务时长应为 1 至 24 小时的整数", form.sessionErrorProperty().get());
        form.sessionDateProperty().set(TODAY.minusDays(30));
        form.sessionHoursProperty().set("6");
        assertFalse(form.addSession());
        assertEquals("服务日期不能早于活动日期", form.sessionErrorProperty().get());

        form.sessionDateProperty().set(TODAY.minusDays(10));
        form.sessionNoteProperty().set("道路协勤");
        assertTrue(form.addSession());
        assertEquals("", form.sessionErrorProperty().get());
        assertEquals("", form.sessionHoursProperty().get(), "the entry row is cleared for the next session");
        form.sessionDateProperty().set(TODAY.minusDays(3));
        form.sessionHoursProperty().set("4");
        assertTrue(form.addSession());
        assertEquals("已完成 10 小时 / 约定 40 小时", form.hoursDoneTextProperty().get());

        form.removeSessions(List.of(form.serviceLog().get(1)));
        assertEquals("已完成 6 小时 / 约定 40 小时", form.hoursDoneTextProperty().get());
        form.save(saved::add);
        WorkActivity stored = work.find(saved.get(0).id()).orElseThrow();
        assertEquals(1, stored.serviceLog().size());
        assertEquals("道路协勤", stored.serviceLog().get(0).note());
    }

    @Test
    void thePanelIsPickedFromTheRosterAndTheCaseFromTheCases() {
        Liaison deputy = WorkFixtures.liaison(reg, "王建国", "人大代表");
        WorkFixtures.liaison(reg, "王丽", "听证员");
        WorkFixtures.liaison(reg, "李明", "网格员");
        long matter = WorkFixtures.matter(reg, "崇检刑诉〔2026〕5号", "张某危险驾驶案", TODAY.minusDays(30));
        form.startNew(WorkKind.HEARING, "林晓岚");
        form.titleProperty().set("拟不起诉公开听证");
        form.hearingTypeProperty().set("拟不起诉案件听证");

        form.panelSearchProperty().set("王");
        form.searchPanel();
        assertEquals(List.of("王丽", "王建国"), form.panelResults().stream().map(PanelMember::name).toList());
        form.addPanelMember(form.panelResults().get(1));
        assertEquals(List.of(new PanelMember(deputy.id(), "王建国", "人大代表")), List.copyOf(form.panel()));
        form.searchPanel();
        assertEquals(List.of("王丽"), form.panelResults().stream().map(PanelMember::name).toList(),
                "members already chosen are not offered again");

        form.matterSearchProperty().set("危险驾驶");
        form.searchMatters();
        assertEquals(1, form.matterResults().size());
        form.pickMatter(form.matterResults().get(0));
        assertEquals(matter, form.matterProperty().get().id());
        assertTrue(form.matterResults().isEmpty());
        form.searchMatters();
        assertTrue(form.matterResults().isEmpty(), "the cleared search box offers nothing");

        form.save(saved::add);
        WorkActivity stored = work.find(saved.get(0).id()).orElseThrow();
        assertEquals(matter, stored.matterId());
        assertEquals(List.of(deputy.id()), stored.panel().stream().map(PanelMember::liaisonId).toList());
    }

    @Test
    void editingLoadsEverythingIsCleanUntilChangedAndTheHistoryReadsLikeTheForm() {
        long matter = WorkFixtures.matter(reg, "崇检刑诉〔2026〕5号", "张某危险驾驶案", TODAY.minusDays(30));
        WorkActivity stored = work.save(valid(WorkKind.JUDICIAL_AID, centre, lin, TODAY.minusDays(5), "被害人司法救助")
                .matterId(matter).build());
        form.edit(stored, work.findMatter(matter).orElseThrow());
        assertEquals("8000", form.amountApprovedProperty().get());
        assertEquals("5000", form.amountPaidProperty().get());
        assertEquals("崇检刑诉〔2026〕5号 张某危险驾驶案", form.matterProperty().get().label());
        assertFalse(form.isDirty());

        form.amountPaidProperty().set("8,000");
        form.stationProperty().set(village);
        form.clearMatter();
        assertTrue(form.isDirty());
        form.save(saved::add);
        assertEquals(800_000L, work.find(stored.id()).orElseThrow().amountPaidFen());

        List<HistoryDialog.Line> lines = new ArrayList<>();
        form.loadHistory(lines::addAll);
        assertTrue(lines.contains(new HistoryDialog.Line(lines.get(0).at(), "测试员", "修改", "实际发放金额（元）",
                "5,000.00 元", "8,000.00 元")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.field().equals("联络站") && l.oldValue().equals("区综治中心检察服务窗口")
                && l.newValue().equals("清溪村“微检治”联络站")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.field().equals("关联案件")
                && l.oldValue().equals("崇检刑诉〔2026〕5号 张某危险驾驶案") && l.newValue().isEmpty()), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.action().equals("新建")));
        assertTrue(lines.stream().noneMatch(l -> l.oldValue().contains("翠萍") || l.newValue().contains("翠萍")),
                "names stay masked in the history");
    }

    @Test
    void theHistoryOfAServiceLogAndAPanelIsWritten() {
        Liaison deputy = WorkFixtures.liaison(reg, "王建国", "人大代表");
        WorkActivity hearing = work.save(valid(WorkKind.HEARING, centre, lin, TODAY, "听证")
                .panel(List.of(new PanelMember(deputy.id(), "", ""))).build());
        work.save(hearing.toBuilder().panel(List.of()).build());
        form.edit(work.find(hearing.id()).orElseThrow(), null);

        List<HistoryDialog.Line> lines = new ArrayList<>();
        form.loadHistory(lines::addAll);
        assertTrue(lines.stream().anyMatch(l -> l.field().equals("听证员") && l.oldValue().equals("王建国（人大代表）")
                && l.newValue().isEmpty()), lines.toString());

        WorkActivity service = work.save(valid(WorkKind.COMMUNITY_SERVICE, centre, lin, TODAY.minusDays(3), "公益服务")
                .build());
        work.save(service.toBuilder().serviceLog(List.of(service.serviceLog().get(0))).build());
        WorkEditorViewModel serviceForm = newForm();
        serviceForm.edit(work.find(service.id()).orElseThrow(), null);
        List<HistoryDialog.Line> serviceLines = new ArrayList<>();
        serviceForm.loadHistory(serviceLines::addAll);
        String day = TODAY.minusDays(3).toString();
        String nextDay = TODAY.minusDays(2).toString();
        assertTrue(serviceLines.stream().anyMatch(l -> l.field().equals("服务记录")
                && l.oldValue().equals(day + " 6小时 道路协勤；" + nextDay + " 4小时 垃圾分类")
                && l.newValue().equals(day + " 6小时 道路协勤")), serviceLines.toString());
    }
}
