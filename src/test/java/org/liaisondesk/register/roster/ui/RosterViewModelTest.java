package org.liaisondesk.register.roster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.register.roster.data.RecipientRepository;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.register.roster.service.RecipientService;
import org.liaisondesk.register.roster.ui.RosterViewModel.ProsecutorForm;
import org.liaisondesk.register.roster.ui.RosterViewModel.ProsecutorItem;
import org.liaisondesk.register.roster.ui.RosterViewModel.StationForm;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;

/** The roster section against a real register: lists, inline refusals, deletes that ask first. */
class RosterViewModelTest {
    @TempDir
    Path dir;
    TestRegister reg;
    RecordingDialogs dialogs = new RecordingDialogs();
    List<String> questions = new ArrayList<>();
    RosterViewModel model;
    int changes;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        model = new RosterViewModel(reg.roster, reg.liaisons,
                new RecipientService(reg.db, new RecipientRepository(reg.audit)), reg.reference,
                new DirectBackgroundExecutor(), askingDialogs(), () -> 50);
        model.setOnChanged(() -> changes++);
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    /** The recording fake, plus the questions asked through confirm. */
    private DialogService askingDialogs() {
        return new DialogService() {
            @Override
            public void showError(String title, String message) {
                dialogs.showError(title, message);
            }

            @Override
            public void showInfo(String title, String message) {
                dialogs.showInfo(title, message);
            }

            @Override
            public boolean confirm(String title, String message, String confirmLabel) {
                questions.add(message);
                return dialogs.confirm(title, message, confirmLabel);
            }

            @Override
            public Optional<Integer> choose(String title, String message, String... options) {
                return dialogs.choose(title, message, options);
            }

            @Override
            public void notify(String message, String actionLabel, Runnable action) {
                dialogs.notify(message, actionLabel, action);
            }
        };
    }

    @Test
    void refreshListsStationsAndProsecutorsWithHomeStationNameAndMaskedPhone() {
        Station station = reg.station("崇阳街道微检治联络站");
        reg.roster.save(new Prosecutor(null, null, "陈检察官", "13812341234", station.id(), ""));
        reg.prosecutor("李检察官", null);

        model.refresh();

        assertEquals(List.of(station), model.stations());
        ProsecutorItem chen = item("陈检察官");
        assertEquals("崇阳街道微检治联络站", chen.stationName());
        assertEquals("138****1234", chen.maskedPhone());
        assertEquals("", item("李检察官").stationName());
        assertFalse(model.loadingProperty().get());
    }

    @Test
    void aNewStationIsSavedListedAndReported() {
        StationForm form = model.newStation();
        form.nameProperty().set("  崇阳街道微检治联络站 ");
        form.kindProperty().set(StationKind.COMMUNITY);
        form.addressProperty().set("崇州市崇阳街道蜀州中路1号");
        assertTrue(form.isDirty());
        List<Station> saved = new ArrayList<>();

        form.save(saved::add);

        assertEquals(1, saved.size());
        Station stored = reg.roster.stations().get(0);
        assertEquals("崇阳街道微检治联络站", stored.name());
        assertEquals(StationKind.COMMUNITY, stored.kind());
        assertEquals("崇州市崇阳街道蜀州中路1号", stored.address());
        assertEquals(List.of(stored), model.stations());
        assertEquals(1, changes);
        assertFalse(form.isDirty());
        assertTrue(form.errors().isEmpty());
    }

    @Test
    void aDuplicateNameIsShownOnTheNameFieldAndNothingIsWritten() {
        reg.station("崇阳街道微检治联络站");
        model.refresh();
        StationForm form = model.newStation();
        form.nameProperty().set("崇阳街道微检治联络站");
        form.kindProperty().set(StationKind.VILLAGE);
        form.noteProperty().set("周三上午值班");
        List<Station> saved = new ArrayList<>();

        form.save(saved::add);

        assertTrue(saved.isEmpty());
        assertEquals(1, reg.roster.stations().size());
        assertEquals("名册中已有“崇阳街道微检治联络站”，请换一个名称（同名时可加注以示区分）", form.errors().get("name"));
        assertEquals("周三上午值班", form.noteProperty().get(), "what was typed is kept");
        assertEquals(0, changes);
        assertTrue(dialogs.errors.isEmpty(), "the refusal is shown inline, not in a message box");

        form.noteProperty().set("周三上午值班（轮值）");
        assertTrue(form.errors().containsKey("name"), "the refusal stays until the name itself is edited");
        form.nameProperty().set("崇阳街道微检治联络站（二）");
        assertNull(form.errors().get("name"));
        form.save(saved::add);
        assertEquals(2, reg.roster.stations().size());
    }

    @Test
    void missingFieldsAreShownOnlyAfterLeavingThemOrTryingToSave() {
        StationForm form = model.newStation();
        form.touch("address");
        assertTrue(form.errors().isEmpty());
        form.touch("name");
        assertEquals("此项必填", form.errors().get("name"));
        assertNull(form.errors().get("kind"));

        form.save(s -> { });

        assertEquals("此项必填", form.errors().get("kind"));
        assertTrue(reg.roster.stations().isEmpty());
    }

    @Test
    void aProsecutorGetsAHomeStationAndAWrongPhoneIsRefusedInline() {
        Station station = reg.station("白头镇检察联络站");
        model.refresh();
        ProsecutorForm form = model.newProsecutor();
        form.nameProperty().set("陈检察官");
        form.stationProperty().set(station);
        form.phoneProperty().set("1381234");
        form.save(p -> { });
        assertEquals("电话号码位数不对：手机号码应为11位，固定电话应为区号加7至8位号码", form.errors().get("phone"));
        assertTrue(reg.roster.prosecutors().isEmpty());

        form.phoneProperty().set("138 1234 1234");
        form.save(p -> { });

        Prosecutor stored = reg.roster.prosecutors().get(0);
        assertEquals(station.id(), stored.stationId());
        assertEquals("13812341234", stored.phone());
        assertEquals("白头镇检察联络站", item("陈检察官").stationName());
    }

    @Test
    void editingStartsCleanAndSavesTheChange() {
        Station station = reg.station("白头镇检察联络站");
        Prosecutor chen = reg.prosecutor("陈检察官", station);
        model.refresh();
        ProsecutorForm form = model.editProsecutor(chen);
        assertEquals(station, form.stationProperty().get());
        assertFalse(form.isDirty());
        assertTrue(form.mayDiscard());
        assertTrue(questions.isEmpty(), "nothing typed, nothing to ask");

        form.stationProperty().set(null);
        assertTrue(form.isDirty());
        form.save(p -> { });

        assertNull(reg.roster.prosecutors().get(0).stationId());
        assertEquals(chen.id(), reg.roster.prosecutors().get(0).id());
    }

    @Test
    void discardingTypedChangesAsksFirst() {
        StationForm form = model.newStation();
        form.nameProperty().set("白头镇检察联络站");
        dialogs.confirmAnswer = false;

        assertFalse(form.mayDiscard());
        assertEquals(List.of("表单中有尚未保存的内容。确定放弃这些内容吗？"), questions);
    }

    @Test
    void deletingAStationAsksSayingVisitsKeepTheirRecordThenRemovesIt() {
        Station station = reg.station("白头镇检察联络站");
        model.refresh();
        dialogs.confirmAnswer = false;

        model.deleteStation(station);

        assertEquals(1, reg.roster.stations().size(), "not deleted when the user says no");
        assertTrue(questions.get(0).contains("白头镇检察联络站"));
        assertTrue(questions.get(0).contains("已登记的接访记录仍保留该联络站的名称"));

        dialogs.confirmAnswer = true;
        model.deleteStation(station);

        assertTrue(reg.roster.stations().isEmpty());
        assertTrue(model.stations().isEmpty());
        assertEquals(List.of("已删除联络站“白头镇检察联络站”。"), dialogs.notices);
        assertEquals(1, changes);
    }

    @Test
    void deletingAProsecutorRemovesItFromTheList() {
        reg.prosecutor("陈检察官", null);
        model.refresh();

        model.deleteProsecutor(model.prosecutors().get(0).prosecutor());

        assertTrue(questions.get(0).contains("已登记的接访记录仍保留该检察官的姓名"));
        assertTrue(model.prosecutors().isEmpty());
        assertTrue(reg.roster.prosecutors().isEmpty());
    }

    @Test
    void aStationInUseIsRefusedWithTheCountAndNoQuestionIsAsked() {
        Station station = reg.station("崇阳街道微检治联络站");
        Prosecutor chen = reg.prosecutor("陈检察官", station);
        for (int i = 0; i < 2; i++) {
            reg.visits.save(TestRegister.visit(station, chen, TestRegister.TODAY, "咨询赡养费纠纷").build());
        }
        model.refresh();

        model.deleteStation(station);

        assertEquals(List.of("“崇阳街道微检治联络站”仍被 2 条接访记录、1 名检察官（所属联络站）使用，不能删除。"
                + "可先将这些记录改到其他联络站。"), dialogs.errors);
        assertTrue(questions.isEmpty(), "nothing to confirm when the delete cannot happen");
        assertEquals(1, reg.roster.stations().size());
        assertEquals(0, changes);

        model.deleteProsecutor(chen);
        assertEquals("“陈检察官”仍被 2 条接访记录使用，不能删除。可先将这些记录改由其他检察官承办。", dialogs.errors.get(1));
        assertEquals(1, reg.roster.prosecutors().size());
    }

    @Test
    void aSavedStationShowsItsHistory() {
        StationForm form = model.newStation();
        form.nameProperty().set("白头镇检察联络站");
        form.kindProperty().set(StationKind.VILLAGE);
        List<Station> saved = new ArrayList<>();
        form.save(saved::add);
        StationForm edit = model.editStation(saved.get(0));
        edit.addressProperty().set("白头镇政府院内");
        edit.save(s -> { });
        List<HistoryEntry> history = new ArrayList<>();

        model.editStation(reg.roster.stations().get(0)).loadHistory(history::addAll);

        assertEquals(List.of("INSERT", "UPDATE"), history.stream().map(HistoryEntry::action).toList());
        assertEquals("白头镇政府院内", history.get(1).changes().get(0).newValue());
        assertNull(model.newStation().recordId(), "a new station has no history yet");
    }

    @Test
    void theSectionMakesTheModelsOfItsOtherTabs() {
        assertTrue(model.liaisonList() != null && model.recipientList() != null && model.referenceLists() != null);
    }

    private ProsecutorItem item(String name) {
        return model.prosecutors().stream().filter(i -> i.prosecutor().name().equals(name)).findFirst().orElseThrow();
    }
}
