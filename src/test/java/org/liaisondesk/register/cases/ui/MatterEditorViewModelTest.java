package org.liaisondesk.register.cases.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.register.cases.CaseFixtures.insertLead;
import static org.liaisondesk.register.cases.CaseFixtures.matter;
import static org.liaisondesk.testsupport.TestRegister.TODAY;
import static org.liaisondesk.testsupport.TestRegister.visit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.common.ui.HistoryDialog;
import org.liaisondesk.register.cases.CaseFixtures;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.LinkKind;
import org.liaisondesk.register.cases.model.LinkedRecord;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.model.MatterLink;
import org.liaisondesk.register.cases.model.MatterQuery;
import org.liaisondesk.register.cases.model.MatterStatus;
import org.liaisondesk.register.cases.service.MatterService;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;

/** The case form: inline problems, nothing lost on refusal, links saved with the case, history in words. */
class MatterEditorViewModelTest {
    @TempDir
    Path dir;
    TestRegister reg;
    MatterService service;
    RecordingDialogs dialogs = new RecordingDialogs();
    DirectBackgroundExecutor executor = new DirectBackgroundExecutor();
    MatterEditorViewModel form;
    Station station;
    Prosecutor prosecutor;
    List<Matter> saved = new ArrayList<>();

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        service = CaseFixtures.service(reg);
        station = reg.station("清溪村“微检治”联络站");
        prosecutor = reg.prosecutor("周振宇", station);
        form = newForm();
    }

    private MatterEditorViewModel newForm() {
        return new MatterEditorViewModel(service, executor, dialogs, reg.reference.list(ReferenceList.BUSINESS),
                reg.roster.stations(), reg.roster.prosecutors());
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private void fillRequired(String name) {
        form.nameProperty().set(name);
        form.businessLineProperty().set(BusinessLine.PUBLIC_INTEREST);
        form.fieldProperty().set(SupervisionField.ECOLOGY);
    }

    @Test
    void aNewFormStartsTodayOpenWithTheUsersOwnNameAndStation() {
        form.startNew("周振宇");
        assertEquals(TODAY, form.acceptedOnProperty().get());
        assertEquals(MatterStatus.OPEN, form.statusProperty().get());
        assertEquals(prosecutor, form.prosecutorProperty().get());
        assertEquals(station, form.stationProperty().get());
        assertTrue(form.isNew());
        assertFalse(form.isDirty());
        assertTrue(form.errors().isEmpty());
    }

    @Test
    void aWrongUnifiedCodeIsShownOnItsFieldAndNothingIsSavedOrLost() {
        form.startNew("周振宇");
        fillRequired("清溪村三组河段生活垃圾污染行政公益诉讼案");
        form.unifiedCodeProperty().set("5101842026031000012345");
        assertTrue(form.errors().isEmpty(), "problems appear only once the field is left or a save is tried");
        form.touch("unifiedCode");
        assertEquals("统一业务应用系统案件编码应为23位数字", form.errors().get("unifiedCode"));

        form.save(saved::add);

        assertTrue(saved.isEmpty());
        assertEquals(0, service.countLive());
        assertEquals("5101842026031000012345", form.unifiedCodeProperty().get(), "what was typed is kept");
        assertEquals("清溪村三组河段生活垃圾污染行政公益诉讼案", form.nameProperty().get());
        assertTrue(form.isDirty());

        form.unifiedCodeProperty().set("51018420260310000123456");
        assertNull(form.errors().get("unifiedCode"), "the message goes when the code is corrected");
        form.save(saved::add);
        assertEquals(1, saved.size());
        assertEquals("51018420260310000123456", service.find(saved.get(0).id()).orElseThrow().unifiedCode());
    }

    @Test
    void aConcludedCaseNeedsItsDateWhichCountsOnlyWhenConcluded() {
        form.startNew("周振宇");
        fillRequired("电镀厂偷排废水案");
        form.concludedOnProperty().set(TODAY);
        assertNull(form.toMatter().concludedOn(), "an open case has no date of conclusion");
        assertFalse(form.concludedProperty().get());

        form.statusProperty().set(MatterStatus.CONCLUDED);
        form.concludedOnProperty().set(null);
        form.save(saved::add);
        assertEquals("办结的案件须填写办结日期", form.errors().get("concludedOn"));
        assertTrue(saved.isEmpty());

        form.concludedOnProperty().set(TODAY.minusDays(1));
        form.acceptedOnProperty().set(TODAY);
        assertEquals("办结日期不能早于受理日期", form.errors().get("concludedOn"));
        form.concludedOnProperty().set(TODAY);
        form.save(saved::add);
        assertEquals(MatterStatus.CONCLUDED, saved.get(0).status());
        assertEquals(TODAY, saved.get(0).concludedOn());
    }

    @Test
    void aTakenOfficeNumberStaysOnItsFieldUntilChanged() {
        service.save(matter("清溪村三组河段生活垃圾污染行政公益诉讼案", TODAY.minusDays(30))
                .officeNumber("崇检公益立〔2026〕3号").build());
        form.startNew("周振宇");
        fillRequired("电镀厂偷排废水案");
        form.officeNumberProperty().set("崇检公益立〔2026〕3号");

        form.save(saved::add);

        assertTrue(saved.isEmpty(), "the dialog stays open");
        assertEquals("案号已被“清溪村三组河段生活垃圾污染行政公益诉讼案”使用", form.errors().get("officeNumber"));
        form.summaryProperty().set("补充案情");
        assertEquals("案号已被“清溪村三组河段生活垃圾污染行政公益诉讼案”使用", form.errors().get("officeNumber"),
                "typing elsewhere keeps the register's answer");
        form.officeNumberProperty().set("崇检公益立〔2026〕4号");
        assertNull(form.errors().get("officeNumber"));
        form.save(saved::add);
        assertEquals("崇检公益立〔2026〕4号", saved.get(0).officeNumber());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void linksChosenInThePickerAreSavedWithTheCaseAndCanBeRemoved() {
        long lead = insertLead(reg, TODAY.minusDays(6), "网格员报送：三家木材加工厂占用农用地");
        Visit v = reg.visits.save(visit(station, prosecutor, TODAY.minusDays(5), "巡田发现农用地被用于木材加工").build());
        form.startNew("周振宇");
        fillRequired("木材加工厂占用农用地类案监督案");

        LinkPickerViewModel picker = new LinkPickerViewModel(service, executor, dialogs, form.linkSet());
        picker.textProperty().set("木材加工");
        picker.search();
        assertEquals(List.of(new MatterLink(LinkKind.LEAD, lead)), links(picker.results()));
        form.addLink(picker.results().get(0));
        picker.kindProperty().set(LinkKind.VISIT);
        picker.search();
        form.addLink(picker.results().get(0));
        form.addLink(picker.results().get(0));
        assertEquals(2, form.linked().size(), "a record is linked once");

        LinkPickerViewModel again = new LinkPickerViewModel(service, executor, dialogs, form.linkSet());
        again.search();
        assertEquals(List.of(), again.results(), "records already linked are not offered again");

        form.save(saved::add);
        Matter stored = service.find(saved.get(0).id()).orElseThrow();
        assertEquals(List.of(new MatterLink(LinkKind.LEAD, lead), new MatterLink(LinkKind.VISIT, v.id())),
                stored.links());

        MatterEditorViewModel edit = newForm();
        edit.edit(stored, null, service.describe(stored.links()));
        assertFalse(edit.isDirty());
        edit.removeLink(edit.linked().get(0));
        assertTrue(edit.isDirty());
        edit.save(saved::add);
        assertEquals(List.of(new MatterLink(LinkKind.VISIT, v.id())), service.find(stored.id()).orElseThrow().links());
    }

    @Test
    void aBusinessNoLongerOnThePickListIsStillShownWhenEditing() {
        ReferenceItem aid = reg.reference.list(ReferenceList.BUSINESS).stream()
                .filter(b -> b.name().equals("控告申诉检察")).findFirst().orElseThrow();
        Matter m = service.save(matter("司法救助案", TODAY).businessId(aid.id()).build());
        MatterEditorViewModel edit = new MatterEditorViewModel(service, executor, dialogs, List.of(),
                reg.roster.stations(), reg.roster.prosecutors());

        edit.edit(m, aid, List.of());

        assertEquals(aid, edit.businessProperty().get());
        assertTrue(edit.businesses().contains(aid));
        assertFalse(edit.isDirty());
    }

    @Test
    void theHistoryIsInWordsWithPartiesMaskedAndLinksNamed() {
        long lead = insertLead(reg, TODAY.minusDays(6), "网格员报送：家暴线索");
        Matter m = service.save(matter("罗某离婚纠纷支持起诉案", TODAY).businessLine(BusinessLine.CIVIL)
                .parties("罗春梅").build());
        service.save(m.toBuilder().businessLine(BusinessLine.PUBLIC_INTEREST).parties("罗春梅、黄志勇")
                .stationId(station.id()).links(List.of(new MatterLink(LinkKind.LEAD, lead))).build());
        MatterEditorViewModel edit = newForm();
        edit.edit(service.find(m.id()).orElseThrow(), null, List.of());
        List<List<HistoryDialog.Line>> shown = new ArrayList<>();

        edit.loadHistory(shown::add);

        List<HistoryDialog.Line> update = shown.get(0).stream().filter(l -> l.action().equals("修改")).toList();
        assertEquals(Set.of("检察职能", "当事人", "联络站", "关联线索与接访"),
                Set.copyOf(update.stream().map(HistoryDialog.Line::field).toList()));
        assertEquals(List.of("民事 → 公益诉讼", "罗某某 → 罗某某、黄某某", " → 清溪村“微检治”联络站", " → 线索#" + lead),
                List.of(change(update, "检察职能"), change(update, "当事人"), change(update, "联络站"),
                        change(update, "关联线索与接访")));
        assertTrue(shown.get(0).stream().anyMatch(l -> l.action().equals("新建") && l.field().equals("案件名称")
                && l.newValue().equals("罗某离婚纠纷支持起诉案")));
    }

    // ------------------------------------------------------------------ the problem (问题类型)

    @Test
    void theProblemsOfTheChosenFieldAreSuggestedWhenTheFieldChanges() {
        service.save(matter("清溪村五组木材加工厂案", TODAY.minusDays(110)).field(SupervisionField.LAND)
                .problem("占用耕地从事木材加工").build());
        service.save(matter("处罚决定未执行监督案", TODAY.minusDays(26)).field(SupervisionField.LAND)
                .problem("非法占地处罚决定未执行").build());
        service.save(matter("河段垃圾污染案", TODAY.minusDays(100)).problem("河道垃圾倾倒").build());
        insertLead(reg, TODAY.minusDays(52), "长林村四组木材加工", SupervisionField.LAND, "占用耕地从事木材加工");
        form.startNew("周振宇");
        assertEquals(List.of(), form.problemSuggestions(), "no field, no suggestions");
        form.problemProperty().set("占用耕地");

        form.fieldProperty().set(SupervisionField.LAND);
        assertEquals(List.of("占用耕地从事木材加工", "非法占地处罚决定未执行"), form.problemSuggestions(),
                "the cases' and leads' problems of the field, the most used first");
        form.fieldProperty().set(SupervisionField.ECOLOGY);
        assertEquals(List.of("河道垃圾倾倒"), form.problemSuggestions());
        assertEquals("占用耕地", form.problemProperty().get(), "what was typed stays");
        assertTrue(form.isDirty(), "a typed problem is a change");

        MatterEditorViewModel edit = newForm();
        edit.edit(service.find(service.page(MatterQuery.firstPage(1)
                .withText("处罚决定")).items().get(0).id()).orElseThrow(), null, List.of());
        assertEquals("非法占地处罚决定未执行", edit.problemProperty().get());
        assertEquals(List.of("占用耕地从事木材加工", "非法占地处罚决定未执行"), edit.problemSuggestions(),
                "loaded for the field of the case being edited");
        edit.problemProperty().set("非法占地处罚决定未执行\u3000");
        assertFalse(edit.isDirty(), "spaces around the problem are not a change");
    }

    @Test
    void aProblemTooLongIsRefusedAndTheChangeShowsInTheHistory() {
        form.startNew("周振宇");
        fillRequired("清溪村三组河段生活垃圾污染行政公益诉讼案");
        form.problemProperty().set("河道".repeat(16));
        form.save(saved::add);
        assertTrue(saved.isEmpty());
        assertEquals("问题类型请简短概括，最多 30 个字；详细情况请写在案情摘要中", form.errors().get("problem"));

        form.problemProperty().set("河道垃圾倾倒");
        assertNull(form.errors().get("problem"));
        form.save(saved::add);
        Matter stored = service.find(saved.get(0).id()).orElseThrow();
        assertEquals("河道垃圾倾倒", stored.problem());

        service.save(stored.toBuilder().problem("河道垃圾污染").build());
        MatterEditorViewModel edit = newForm();
        edit.edit(service.find(stored.id()).orElseThrow(), null, List.of());
        List<List<HistoryDialog.Line>> shown = new ArrayList<>();
        edit.loadHistory(shown::add);
        List<HistoryDialog.Line> update = shown.get(0).stream().filter(l -> l.action().equals("修改")).toList();
        assertEquals("河道垃圾倾倒 → 河道垃圾污染", change(update, "问题类型"));
    }

    private static String change(List<HistoryDialog.Line> lines, String field) {
        HistoryDialog.Line l = lines.stream().filter(x -> x.field().equals(field)).findFirst().orElseThrow();
        return l.oldValue() + " → " + l.newValue();
    }

    private static List<MatterLink> links(List<LinkedRecord> records) {
        return records.stream().map(LinkedRecord::link).toList();
    }
}
