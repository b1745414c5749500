package org.liaisondesk.register.leads.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.register.leads.LeadFixtures.lead;
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
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.register.leads.LeadFixtures;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.register.leads.model.LinkedCase;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;

/** The lead form's state, driven without a JavaFX toolkit. */
class LeadEditorViewModelTest {
    @TempDir
    Path dir;
    TestRegister reg;
    LeadService leads;
    RecordingDialogs dialogs = new RecordingDialogs();
    Station station;
    Prosecutor prosecutor;
    LeadEditorViewModel form;
    List<Lead> saved = new ArrayList<>();

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        leads = LeadFixtures.service(reg);
        station = reg.station("清溪村“微检治”联络站");
        reg.station("崇阳街道微检治联络站");
        prosecutor = reg.prosecutor("周振宇", station);
        form = newForm();
    }

    private LeadEditorViewModel newForm() {
        return new LeadEditorViewModel(leads, reg.liaisons, new DirectBackgroundExecutor(), dialogs,
                reg.roster.stations(), reg.roster.prosecutors());
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private void fillRequired() {
        form.sourceProperty().set(LeadSource.SNAPSHOT_APP);
        form.fieldProperty().set(SupervisionField.ECOLOGY);
        form.townProperty().set("清溪镇");
        form.villageProperty().set("清溪村");
        form.descriptionProperty().set("三组河段沿岸堆放生活垃圾和建筑废料");
    }

    @Test
    void aNewLeadStartsTodayWithTheUsersStationAndWaitsForTriage() {
        form.startNew("周振宇");
        assertEquals(TODAY, form.receivedOnProperty().get());
        assertEquals(prosecutor, form.prosecutorProperty().get());
        assertEquals(station, form.stationProperty().get());
        assertEquals(Triage.PENDING, form.triageProperty().get());
        assertTrue(form.reporterFromRosterProperty().get());
        assertTrue(form.isNew());
        assertFalse(form.isDirty());
    }

    @Test
    void starsAndTheirExplanationFollowTheScores() {
        form.startNew("");
        assertEquals("未评分", form.starsTextProperty().get());
        form.ratingIllegalityProperty().set(4);
        form.ratingInvestigabilityProperty().set(3);
        assertEquals("未评分", form.starsTextProperty().get());
        assertTrue(form.ratingExplanationProperty().get().startsWith("三项评分"));
        form.ratingValueProperty().set(5);
        assertEquals("★★★★☆", form.starsTextProperty().get());
        assertEquals("违法可能性 4 + 可查性 3 + 监督价值 5，平均 4.0 → ★★★★☆", form.ratingExplanationProperty().get());
        form.ratingValueProperty().set(1);
        assertEquals("★★★☆☆", form.starsTextProperty().get());
    }

    @Test
    void aRefusedSaveShowsTheProblemsAndKeepsWhatWasTyped() {
        form.startNew("");
        form.descriptionProperty().set("只写了内容");
        form.ratingIllegalityProperty().set(4);
        form.triageProperty().set(Triage.NO_ACTION);
        form.save(saved::add);

        assertTrue(saved.isEmpty());
        assertEquals(0, leads.countLive());
        assertEquals("此项必填", form.errors().get("source"));
        assertEquals("此项必填", form.errors().get("field"));
        assertEquals("评分须三项都填写（各1至5分），或三项都不填", form.errors().get("ratingValue"));
        assertEquals("不予处理的线索须说明理由", form.errors().get("triageReason"));
        assertEquals(TODAY, form.triagedOnProperty().get(), "deciding fills in today's date");
        assertEquals("只写了内容", form.descriptionProperty().get());

        form.triageReasonProperty().set("已由镇政府处理完毕");
        assertNull(form.errors().get("triageReason"), "a fixed problem disappears as it is fixed");
    }

    @Test
    void aCompleteFormIsSavedWithItsStars() {
        form.startNew("周振宇");
        fillRequired();
        form.reporterFromRosterProperty().set(false);
        form.reporterNameProperty().set("何建国");
        form.reporterPhoneProperty().set("138 1234 1234");
        form.ratingIllegalityProperty().set(5);
        form.ratingInvestigabilityProperty().set(4);
        form.ratingValueProperty().set(5);
        assertTrue(form.isDirty());
        form.save(saved::add);

        assertEquals(1, saved.size());
        Lead stored = leads.find(saved.get(0).id()).orElseThrow();
        assertEquals(5, stored.stars());
        assertEquals("何建国", stored.reporterName());
        assertEquals("13812341234", stored.reporterPhone());
        assertEquals(station.id(), stored.stationId());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void theReporterIsSearchedOnTheRosterAndPicked() {
        Liaison worker = LeadFixtures.gridWorker(reg, "冯玉梅", "双河街道第3网格", "13912345678");
        LeadFixtures.gridWorker(reg, "何建国", "清溪村三组", "13812341234");
        form.startNew("");
        fillRequired();

        form.reporterSearchProperty().set("第3网格");
        form.searchReporters();
        assertEquals(List.of(worker.id()), form.reporterMatches().stream().map(ReporterChoice::id).toList());
        assertEquals("冯玉梅（网格员） · 双河街道第3网格 · 13912345678", form.reporterMatches().get(0).label());

        form.pickReporter(form.reporterMatches().get(0));
        assertTrue(form.reporterMatches().isEmpty());
        assertEquals("", form.reporterSearchProperty().get());
        form.save(saved::add);
        assertEquals(worker.id(), saved.get(0).reporterLiaisonId());

        form.reporterSearchProperty().set("  ");
        form.searchReporters();
        assertTrue(form.reporterMatches().isEmpty(), "a blank search lists nobody (the roster is never listed whole)");
    }

    @Test
    void aTypedPhoneIsCheckedWhenTheFieldIsLeft() {
        form.startNew("");
        form.reporterFromRosterProperty().set(false);
        form.reporterPhoneProperty().set("138123");
        assertNull(form.errors().get("reporterPhone"), "not before the field was left");
        form.touch("reporterPhone");
        assertTrue(form.errors().get("reporterPhone").startsWith("电话号码位数不对"));
    }

    @Test
    void possibleDuplicatesAreShownAsFieldPlaceAndDateAreEntered() {
        leads.save(lead(TODAY.minusDays(6), "村东头木材加工厂占用耕地晾晒木材，面积约五亩").field(SupervisionField.LAND)
                .grid("五组").build());
        form.startNew("");
        form.fieldProperty().set(SupervisionField.LAND);
        form.townProperty().set("清溪镇");
        assertTrue(form.lookAlikes().isEmpty(), "no village yet");
        form.villageProperty().set("清溪村");

        assertEquals(List.of(TODAY.minusDays(6) + "　清溪镇清溪村 五组　网格员报送　待研判　村东头木材加工厂占用耕地晾晒木材，面积约五亩"),
                form.lookAlikes());
        assertEquals("可能重复：同一领域、同一镇街村社，前后30天内另有 1 条线索（仅作提示，不影响保存）",
                form.lookAlikeTextProperty().get());

        form.receivedOnProperty().set(TODAY.minusDays(40));
        assertTrue(form.lookAlikes().isEmpty(), "34 days apart");
        assertEquals("", form.lookAlikeTextProperty().get());
        form.receivedOnProperty().set(TODAY);
        form.descriptionProperty().set("又一家木材厂");
        form.sourceProperty().set(LeadSource.GRID_WORKER);
        form.save(saved::add);
        assertEquals(1, saved.size(), "the warning never blocks a save");
    }

    @Test
    void anEditedLeadShowsItsCasesAndIsOnlyDirtyWhenChanged() {
        Liaison worker = LeadFixtures.gridWorker(reg, "冯玉梅", "第3网格", "13912345678");
        Lead l = leads.save(lead(TODAY.minusDays(3), "酒吧接待未成年人").reporterLiaisonId(worker.id())
                .stationId(station.id()).rating(4, 4, 4).triage(Triage.CASE_OPENED).triagedOn(TODAY).build());
        form.edit(l, ReporterChoice.of(worker), List.of(new LinkedCase(7, "崇检未建〔2026〕2号", "酒吧接待未成年人案"),
                new LinkedCase(8, "", "娱乐场所专项检查")));

        assertFalse(form.isNew());
        assertFalse(form.isDirty());
        assertEquals(List.of("崇检未建〔2026〕2号　酒吧接待未成年人案", "娱乐场所专项检查"), form.linkedCases());
        assertEquals("冯玉梅 · 第3网格 · 13912345678", form.reporterProperty().get().label());
        assertEquals("★★★★☆", form.starsTextProperty().get());

        form.feedbackNoteProperty().set("已电话告知网格员立案情况");
        form.fedBackOnProperty().set(TODAY);
        assertTrue(form.isDirty());
        form.save(saved::add);
        Lead stored = leads.find(l.id()).orElseThrow();
        assertEquals(TODAY, stored.fedBackOn());
        assertEquals(worker.id(), stored.reporterLiaisonId());

        List<List<HistoryEntry>> history = new ArrayList<>();
        form.loadHistory(history::add);
        assertEquals(List.of("INSERT", "UPDATE"), history.get(0).stream().map(HistoryEntry::action).toList());
    }

    // ------------------------------------------------------------------ the problem (问题类型)

    private void problemsInTheRegister() {
        leads.save(lead(TODAY.minusDays(52), "长林村四组木材加工").field(SupervisionField.LAND).problem("占用耕地从事木材加工")
                .build());
        leads.save(lead(TODAY.minusDays(20), "石桥村基本农田建房").field(SupervisionField.LAND).problem("占用基本农田建房")
                .build());
        leads.save(lead(TODAY.minusDays(10), "三组河段垃圾").problem("河道垃圾倾倒").build());
        LeadFixtures.matter(reg, "崇检公益立〔2026〕5号", "木材加工厂占用农用地案", TODAY.minusDays(100),
                SupervisionField.LAND, "占用耕地从事木材加工");
    }

    @Test
    void theProblemsOfTheChosenFieldAreSuggestedWhenTheFieldChanges() {
        problemsInTheRegister();
        form.startNew("");
        assertEquals(List.of(), form.problemSuggestions(), "no field, no suggestions");
        form.problemProperty().set("占用耕地");

        form.fieldProperty().set(SupervisionField.LAND);
        assertEquals(List.of("占用耕地从事木材加工", "占用基本农田建房"), form.problemSuggestions(),
                "the leads' and cases' problems of the field, the most used first");
        form.fieldProperty().set(SupervisionField.ECOLOGY);
        assertEquals(List.of("河道垃圾倾倒"), form.problemSuggestions());
        form.fieldProperty().set(SupervisionField.MINORS);
        assertEquals(List.of(), form.problemSuggestions());
        form.fieldProperty().set(null);
        assertEquals(List.of(), form.problemSuggestions());
        assertEquals("占用耕地", form.problemProperty().get(), "what was typed stays");
    }

    @Test
    void aSuggestionOvertakenByANewerFieldIsDropped() {
        problemsInTheRegister();
        QueuedExecutor queued = new QueuedExecutor();
        LeadEditorViewModel slow = new LeadEditorViewModel(leads, reg.liaisons, queued, dialogs,
                reg.roster.stations(), reg.roster.prosecutors());
        slow.startNew("");
        slow.fieldProperty().set(SupervisionField.LAND);
        slow.fieldProperty().set(SupervisionField.ECOLOGY);
        assertEquals(2, queued.waiting(), "both look-ups run in the background");

        queued.runLastFirst();
        assertEquals(List.of("河道垃圾倾倒"), slow.problemSuggestions(), "the older answer (LAND) came last and was dropped");
    }

    @Test
    void anEditedLeadSuggestsItsFieldsProblemsAndIsNotDirtyForSpaces() {
        problemsInTheRegister();
        Lead l = leads.save(lead(TODAY.minusDays(45), "长林村二组木材加工厂").field(SupervisionField.LAND)
                .problem("占用耕地从事木材加工").build());
        form.edit(l, null, List.of());

        assertEquals("占用耕地从事木材加工", form.problemProperty().get());
        assertEquals(List.of("占用耕地从事木材加工", "占用基本农田建房"), form.problemSuggestions());
        form.problemProperty().set(" 占用耕地从事木材加工\u3000");
        assertFalse(form.isDirty(), "spaces around the problem are not a change");
        form.problemProperty().set("占用基本农田建房");
        assertTrue(form.isDirty());
        form.save(saved::add);
        assertEquals("占用基本农田建房", leads.find(l.id()).orElseThrow().problem());
    }

    @Test
    void aProblemTooLongIsShownWhenTheFieldIsLeftAndBlocksTheSave() {
        form.startNew("");
        fillRequired();
        form.problemProperty().set("河道".repeat(16));
        assertNull(form.errors().get("problem"), "not before the field was left");
        form.touch("problem");
        assertEquals("问题类型请简短概括，最多 30 个字；详细情况请写在线索内容中", form.errors().get("problem"));
        form.save(saved::add);
        assertTrue(saved.isEmpty());

        form.problemProperty().set("河道垃圾倾倒");
        assertNull(form.errors().get("problem"));
        form.save(saved::add);
        assertEquals("河道垃圾倾倒", saved.get(0).problem());
    }

    /** Holds background work until the test runs it, to deliver answers out of order. */
    private static final class QueuedExecutor implements BackgroundExecutor {
        private final List<Runnable> queue = new ArrayList<>();

        @Override
        public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            queue.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
            return () -> { };
        }

        int waiting() {
            return queue.size();
        }

        void runLastFirst() {
            for (int i = queue.size() - 1; i >= 0; i--) {
                queue.get(i).run();
            }
            queue.clear();
        }
    }
}
