package org.liaisondesk.ladder.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.testsupport.TestRegister.TODAY;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.liaisondesk.ladder.LadderFixture;
import org.liaisondesk.ladder.model.Escalation;
import org.liaisondesk.ladder.model.EscalationReason;
import org.liaisondesk.ladder.model.Recommendation;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.ladder.model.Rectification;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.ladder.ui.PickerChoices.EarlierChoice;
import org.liaisondesk.ladder.ui.PickerChoices.LinkChoice;
import org.liaisondesk.ladder.ui.PickerChoices.RecipientChoice;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.leads.LeadFixtures;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.testsupport.RecordingDialogs;

/** The recommendation form's state on a real register, driven without a JavaFX toolkit. */
class RecommendationEditorViewModelTest {
    @TempDir
    Path dir;
    LadderFixture f;
    LeadService leads;
    RecordingDialogs dialogs = new RecordingDialogs();
    Station station;
    Prosecutor prosecutor;
    long district;
    long town;
    long bureau;
    long timberCase;
    long riverCase;
    long lead;

    @BeforeEach
    void setUp() {
        f = new LadderFixture(dir);
        leads = LeadFixtures.service(f.reg);
        station = f.reg.station("清溪村“微检治”联络站");
        prosecutor = f.reg.prosecutor("周振宇", station);
        district = f.recipient("清溪区人民政府", null);
        town = f.recipient("清溪镇人民政府", district);
        bureau = f.recipient("区自然资源局", district);
        timberCase = f.matters.save(Matter.builder().businessLine(BusinessLine.PUBLIC_INTEREST)
                .field(SupervisionField.LAND).problem("占用耕地从事木材加工").name("清溪镇木材加工厂占用耕地案")
                .acceptedOn(LocalDate.of(2026, 8, 3)).build()).id();
        riverCase = f.matter("清溪村河道垃圾污染案", LocalDate.of(2026, 8, 10));
        lead = leads.save(LeadFixtures.lead(LocalDate.of(2026, 7, 30), "网格员巡查发现三组木材加工点占用基本农田")
                .build()).id();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private RecommendationEditorViewModel editor() {
        return new RecommendationEditorViewModel(f.ladder, f.recipients, f.matters, leads,
                new DirectBackgroundExecutor(), dialogs, List.of(station), List.of(prosecutor));
    }

    private static <T> void pick(SearchPickerModel<T> picker, String words, int index) {
        picker.textProperty().set(words);
        picker.search();
        picker.pick(picker.matches().get(index));
    }

    @Test
    void aNewDraftIsSavedWithWhatWasPickedInOrder() {
        RecommendationEditorViewModel vm = editor();
        vm.startNew(f.ladder.newDraft(Tier.INDIVIDUAL).build());
        assertFalse(vm.isDirty());
        assertEquals(station, vm.stationProperty().get(), "the only station is preselected");
        assertEquals(TODAY, vm.draftedOnProperty().get());
        assertEquals(10, vm.objectionDaysProperty().get());

        List<RecommendationDetail> saved = new ArrayList<>();
        vm.save(saved::add);
        assertTrue(saved.isEmpty());
        assertEquals("此项必填", vm.errors().get("title"));
        assertEquals("此项必填", vm.errors().get("recipientId"));
        assertEquals("此项必填", vm.errors().get("businessLine"));
        assertEquals(0, f.ladder.countLive());

        vm.typeProperty().set(RecommendationType.PUBLIC_INTEREST);
        vm.businessLineProperty().set(BusinessLine.PUBLIC_INTEREST);
        vm.fieldProperty().set(SupervisionField.LAND);
        assertEquals(List.of("占用耕地从事木材加工"), vm.problemSuggestions(), "problems used in the field");
        vm.problemProperty().set("占用耕地从事木材加工");
        vm.titleProperty().set("关于督促整治占用耕地从事木材加工问题的检察建议");
        assertEquals("不选择时，保存时自动使用被建议单位在名录中的上级主管单位。", vm.superiorHintProperty().get());

        vm.recipient().textProperty().set("清溪镇");
        vm.recipient().search();
        assertEquals(List.of("清溪镇人民政府（上级：清溪区人民政府）"),
                vm.recipient().matches().stream().map(RecipientChoice::description).toList());
        vm.recipient().pick(vm.recipient().matches().get(0));
        assertEquals("不选择时，保存时自动使用被建议单位的上级：清溪区人民政府。", vm.superiorHintProperty().get());

        vm.copyToPicker().textProperty().set("清溪");
        vm.copyToPicker().search();
        assertEquals(List.of("清溪区人民政府"), vm.copyToPicker().matches().stream().map(RecipientChoice::name).toList(),
                "the recipient itself is not offered as a copy");
        pick(vm.copyToPicker(), "自然资源", 0);
        pick(vm.copyToPicker(), "清溪区", 0);
        assertEquals("", vm.copyToPicker().textProperty().get(), "the box empties after each pick");
        vm.moveCopyTo(1, -1);
        assertEquals(List.of("清溪区人民政府", "区自然资源局"), vm.copyTo().stream().map(RecipientChoice::name).toList());

        pick(vm.matterPicker(), "木材加工厂", 0);
        pick(vm.leadPicker(), "基本农田", 0);
        assertEquals(2, vm.links().size());
        assertTrue(vm.links().get(0).label().startsWith("案件 2026-08-03 清溪镇木材加工厂占用耕地案"),
                vm.links().get(0).label());
        assertTrue(vm.links().get(1).label().startsWith("线索 2026-07-30"), vm.links().get(1).label());

        vm.addItem();
        vm.items().get(0).set("建立巡查机制");
        vm.addItem();
        vm.items().get(1).set("依法查处违法占用耕地行为");
        vm.addItem();
        vm.moveItem(1, -1);
        vm.removeItem(2);
        vm.factsProperty().set("经查，三家木材加工点占用基本农田约5亩。");

        vm.save(saved::add);
        assertEquals(List.of(), dialogs.errors);
        assertEquals(1, saved.size());
        Recommendation r = f.ladder.find(saved.get(0).id()).orElseThrow().recommendation();
        assertEquals(Long.valueOf(district), r.superiorId(), "left empty: the recipient's superior");
        assertEquals(List.of(district, bureau), r.copyToIds());
        assertEquals(List.of(RecordLink.matter(timberCase), RecordLink.lead(lead)), r.links());
        assertEquals(List.of("依法查处违法占用耕地行为", "建立巡查机制"), r.items());
        assertEquals(station.id(), r.stationId());
        assertEquals(prosecutor.id(), r.prosecutorId(), "the only prosecutor is preselected");
        assertFalse(vm.isDirty(), "what is on the form is stored");
        assertEquals(saved.get(0).id(), vm.recommendationId().longValue());
    }

    @Test
    void aRefusedSaveKeepsEverythingAndShowsTheProblemsInline() {
        RecommendationEditorViewModel vm = editor();
        vm.startNew(f.ladder.newDraft(Tier.INDIVIDUAL).build());
        vm.typeProperty().set(RecommendationType.PUBLIC_INTEREST);
        vm.businessLineProperty().set(BusinessLine.PUBLIC_INTEREST);
        vm.fieldProperty().set(SupervisionField.ECOLOGY);
        vm.titleProperty().set("关于督促清理河道垃圾的检察建议");
        pick(vm.recipient(), "清溪镇", 0);
        pick(vm.matterPicker(), "木材", 0);
        pick(vm.matterPicker(), "河道", 0);
        vm.objectionDaysProperty().set(120);
        vm.superior().textProperty().set("区政");

        vm.save(d -> { });
        assertEquals("个案检察建议应关联且只关联一件案件", vm.errors().get("links"));
        assertEquals("异议期应在 0 至 90 天之间", vm.errors().get("objectionDays"));
        assertEquals("请从搜索结果中选择一个单位", vm.errors().get("superiorId"));
        assertEquals("关于督促清理河道垃圾的检察建议", vm.titleProperty().get());
        assertEquals(0, f.ladder.countLive());

        vm.tierProperty().set(Tier.CLASS);
        assertNull(vm.errors().get("links"), "a class-case recommendation cites several cases");
        vm.objectionDaysProperty().set(15);
        vm.superior().clear();
        assertTrue(vm.errors().isEmpty(), vm.errors().toString());
        vm.save(d -> { });
        assertEquals(1, f.ladder.countLive());
    }

    @Test
    void anApprovedDocumentShowsItsNamesIsLockedAndItsSaveIsRefusedWithTheReason() {
        RecommendationDetail served = f.served(f.completeDraft(town, timberCase).copyToIds(List.of(bureau)).build(),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 3));
        RecommendationEditorViewModel vm = editor();
        vm.edit(served, RecommendationEditorViewModel.describe(served.recommendation(), f.ladder, f.recipients,
                f.matters, leads));
        assertTrue(vm.isLocked());
        assertFalse(vm.isNew());
        assertFalse(vm.isDirty());
        assertEquals("清溪镇人民政府", vm.recipient().textProperty().get());
        assertEquals("清溪区人民政府", vm.superior().textProperty().get());
        assertEquals(List.of("区自然资源局"), vm.copyTo().stream().map(RecipientChoice::name).toList());
        assertEquals(List.of("依法查处违法占用耕地行为", "建立巡查机制"), vm.items().stream().map(p -> p.get()).toList());

        vm.titleProperty().set("关于督促整治占用耕地问题的检察建议（修改）");
        assertTrue(vm.isDirty());
        vm.save(d -> { });
        assertEquals(List.of("文书已审批，内容不能再修改；如需修改，可撤销审批，或在异议成立后修改"), dialogs.errors);
        assertEquals("关于督促整治占用耕地问题的检察建议（修改）", vm.titleProperty().get(), "nothing typed is lost");
        assertEquals("关于督促整治占用耕地从事木材加工问题的检察建议",
                f.ladder.find(served.id()).orElseThrow().recommendation().title());
    }

    @Test
    void aDraftIsChangedAndItsHistoryShowsTheChange() {
        RecommendationDetail stored = f.ladder.save(f.completeDraft(town, timberCase).build());
        RecommendationEditorViewModel vm = editor();
        vm.edit(stored, RecommendationEditorViewModel.describe(stored.recommendation(), f.ladder, f.recipients,
                f.matters, leads));
        assertFalse(vm.isLocked());
        vm.urgentProperty().set(true);
        vm.legalBasisProperty().set("《人民检察院检察建议工作规定》第十一条、第十八条");
        vm.save(d -> { });
        Recommendation r = f.ladder.find(stored.id()).orElseThrow().recommendation();
        assertTrue(r.urgent());
        assertEquals("《人民检察院检察建议工作规定》第十一条、第十八条", r.legalBasis());

        List<HistoryDialog.Line> lines = new ArrayList<>();
        vm.loadHistory(lines::addAll);
        assertTrue(lines.stream().anyMatch(l -> l.field().equals("法律依据")
                && l.newValue().equals("《人民检察院检察建议工作规定》第十一条、第十八条")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.field().equals("紧急（15日内回复）") && l.oldValue().equals("否")
                && l.newValue().equals("是")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.field().equals("被建议单位")
                && l.newValue().equals("清溪镇人民政府")), "ids are shown as names: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.field().equals("关联案件/线索")
                && l.newValue().equals("案件#" + timberCase)), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.field().equals("建议类型")
                && l.newValue().equals("公益诉讼（诉前）检察建议")), lines.toString());
    }

    @Test
    void escalationOffersOnlyLowerTiersWithTheReasonTheirStateSuggests() {
        RecommendationDetail ignored = f.served(f.completeDraft(town, timberCase).title("关于占用耕地的个案建议").build(),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 3));
        f.ladder.save(f.completeDraft(bureau, timberCase).tier(Tier.CLASS).title("关于占用耕地的类案建议").build());

        RecommendationEditorViewModel vm = editor();
        vm.startNew(f.ladder.newDraft(Tier.CLASS).build());
        vm.earlierPicker().textProperty().set("占用耕地");
        vm.earlierPicker().search();
        List<EarlierChoice> offered = List.copyOf(vm.earlierPicker().matches());
        assertEquals(1, offered.size(), "a class-case draft escalates from individual ones only");
        assertEquals("个案检察建议 崇检公建〔2026〕1号 关于占用耕地的个案建议（已送达，待回复）", offered.get(0).label());
        assertEquals(EscalationReason.NOT_REPLIED, offered.get(0).suggestedReason());
        vm.earlierPicker().pick(offered.get(0));
        vm.escalations().get(0).reasonProperty().set(EscalationReason.NOT_ADOPTED);

        vm.tierProperty().set(Tier.INDIVIDUAL);
        vm.touch("escalatesFrom");
        assertEquals("只能从较低层级的文书升级（个案 → 类案 → 专项报告）", vm.errors().get("escalatesFrom"));
        vm.earlierPicker().textProperty().set("");
        vm.earlierPicker().search();
        assertTrue(vm.earlierPicker().matches().isEmpty(), "nothing is below an individual recommendation");

        vm.tierProperty().set(Tier.SPECIAL_REPORT);
        assertNull(vm.errors().get("escalatesFrom"));
        vm.earlierPicker().search();
        assertEquals(1, vm.earlierPicker().matches().size(), "the class-case draft; the one listed is left out");
        vm.typeProperty().set(RecommendationType.SOCIAL_GOVERNANCE);
        vm.businessLineProperty().set(BusinessLine.PUBLIC_INTEREST);
        vm.fieldProperty().set(SupervisionField.LAND);
        vm.titleProperty().set("关于耕地保护问题的专项法律监督报告");
        pick(vm.recipient(), "清溪区", 0);
        List<RecommendationDetail> saved = new ArrayList<>();
        vm.save(saved::add);
        assertEquals(List.of(new Escalation(ignored.id(), EscalationReason.NOT_ADOPTED)),
                f.ladder.find(saved.get(0).id()).orElseThrow().recommendation().escalatesFrom());
    }

    @Test
    void aPrefilledDraftShowsItsNamesAndIsNeverClosedSilently() {
        RecommendationDetail earlier = f.served(f.completeDraft(town, timberCase).build(), LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 3));
        Recommendation suggested = f.ladder.newDraft(Tier.CLASS).type(RecommendationType.SOCIAL_GOVERNANCE)
                .businessLine(BusinessLine.PUBLIC_INTEREST).field(SupervisionField.LAND).recipientId(bureau)
                .title("关于加强耕地保护监管的类案检察建议")
                .links(List.of(RecordLink.matter(timberCase), RecordLink.lead(lead)))
                .escalatesFrom(List.of(new Escalation(earlier.id(), EscalationReason.NOT_RECTIFIED))).build();
        RecommendationEditorViewModel vm = editor();
        vm.startDraft(suggested, RecommendationEditorViewModel.describe(suggested, f.ladder, f.recipients, f.matters,
                leads));
        assertTrue(vm.isNew());
        assertTrue(vm.isDirty(), "closing would lose the suggestion's draft");
        assertEquals("区自然资源局", vm.recipient().chosen().name());
        assertEquals(List.of(RecordLink.matter(timberCase), RecordLink.lead(lead)),
                vm.links().stream().map(LinkChoice::link).toList());
        assertEquals(EscalationReason.NOT_RECTIFIED, vm.escalations().get(0).reasonProperty().get(),
                "the draft's reason, not the one the state suggests");
        assertEquals(suggested.toBuilder().stationId(station.id()).prosecutorId(prosecutor.id()).build(),
                vm.toRecommendation(), "as prefilled, with the only station and prosecutor chosen");
        List<RecommendationDetail> saved = new ArrayList<>();
        vm.save(saved::add);
        assertEquals(List.of(), dialogs.errors);
        assertEquals(suggested.links(), saved.get(0).recommendation().links());
    }

    @ParameterizedTest(name = "{0} / {1} / replied {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "             |          |            | NOT_REPLIED",
            "NOT_ADOPTED  |          | 2026-10-01 | NOT_ADOPTED",
            "ADOPTED      | NONE     | 2026-10-01 | NOT_RECTIFIED",
            "PARTLY       | PARTIAL  | 2026-10-01 | NOT_RECTIFIED",
            "NOT_ADOPTED  | NONE     | 2026-10-01 | NOT_ADOPTED",
            "ADOPTED      |          | 2026-10-01 | CAUSE_ABOVE_RECIPIENT",
            "ADOPTED      | DONE     | 2026-10-01 | CAUSE_ABOVE_RECIPIENT",
    })
    void theSuggestedReasonFollowsWhatHappenedToTheEarlierDocument(ReplyOutcome outcome, Rectification rect,
                                                                  LocalDate replied, EscalationReason expected) {
        assertEquals(expected, EarlierChoice.suggestedReason(outcome, rect, replied));
    }
}
