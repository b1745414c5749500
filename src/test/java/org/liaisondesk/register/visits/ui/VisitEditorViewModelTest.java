package org.liaisondesk.register.visits.ui;

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
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;

/** The visit form: inline problems, nothing lost on refusal, computed petition deadlines. */
class VisitEditorViewModelTest {
    @TempDir
    Path dir;
    TestRegister reg;
    RecordingDialogs dialogs = new RecordingDialogs();
    VisitEditorViewModel form;
    Station station;
    Prosecutor prosecutor;
    List<Visit> saved = new ArrayList<>();

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        station = reg.station("永小格检察联络站");
        prosecutor = reg.prosecutor("陈检察官", station);
        form = new VisitEditorViewModel(reg.visits, new DirectBackgroundExecutor(), dialogs,
                reg.roster.stations(), reg.roster.prosecutors());
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    @Test
    void aNewFormStartsTodayWithTheUsersOwnNameAndStation() {
        form.startNew("陈检察官");
        assertEquals(TODAY, form.dateProperty().get());
        assertEquals(prosecutor, form.prosecutorProperty().get());
        assertEquals(station, form.stationProperty().get());
        assertFalse(form.isDirty());
    }

    @Test
    void aWrongIdNumberIsShownOnItsFieldAndNothingIsSavedOrLost() {
        form.startNew("陈检察官");
        form.summaryProperty().set("咨询民间借贷纠纷");
        form.visitorIdNumberProperty().set("130402198207290622");
        assertTrue(form.errors().isEmpty(), "problems appear only once the field is left or a save is tried");
        form.touch("visitorIdNumber");
        assertEquals("身份证号码校验位不正确，请核对最后一位", form.errors().get("visitorIdNumber"));

        form.save(saved::add);

        assertTrue(saved.isEmpty());
        assertEquals(0, reg.visits.countLive());
        assertEquals("130402198207290622", form.visitorIdNumberProperty().get(), "what was typed is kept");
        assertEquals("咨询民间借贷纠纷", form.summaryProperty().get());
        assertTrue(form.isDirty());

        form.visitorIdNumberProperty().set("11010519491231002X");
        assertNull(form.errors().get("visitorIdNumber"), "the message goes when the number is corrected");
        form.save(saved::add);
        assertEquals(1, saved.size());
        assertEquals(1, reg.visits.countLive());
    }

    @Test
    void missingRequiredFieldsAreAllShownAfterASaveAttempt() {
        form.save(saved::add);
        assertEquals("此项必填", form.errors().get("summary"));
        assertEquals("此项必填", form.errors().get("date"));
        assertEquals("此项必填", form.errors().get("stationId"));
        assertTrue(saved.isEmpty());
    }

    @Test
    void anUnreadableDateIsReportedInsteadOfSilentlyDropped() {
        form.startNew("陈检察官");
        form.setDateUnreadable("followUpDue", true);
        form.summaryProperty().set("回访");
        form.save(saved::add);
        assertEquals("无法识别的日期，请按 2024-10-12 或 2024年10月12日 的格式填写", form.errors().get("followUpDue"));
        assertTrue(saved.isEmpty());
    }

    @Test
    void petitionDeadlinesFollowTheFormAsItIsTyped() {
        form.startNew("陈检察官");
        assertEquals("", form.noticeDueTextProperty().get());
        form.categoryProperty().set(VisitCategory.PETITION);
        form.dateProperty().set(LocalDate.of(2026, 11, 20));
        assertTrue(form.petitionProperty().get());
        assertEquals("2026-12-07（即将到期）".substring(0, 10), form.noticeDueTextProperty().get().substring(0, 10));
        form.noticeSentOnProperty().set(LocalDate.of(2026, 11, 23));
        assertTrue(form.noticeDueTextProperty().get().contains("已办结"));
    }

    @Test
    void editingKeepsIdentityAndReportsDirtiness() {
        Visit v = reg.visits.save(TestRegister.visit(station, prosecutor, TODAY, "原事由").build());
        form.edit(v);
        assertFalse(form.isDirty());
        form.summaryProperty().set("修改后的事由");
        assertTrue(form.isDirty());
        form.save(saved::add);
        assertEquals(v.id(), saved.get(0).id());
        assertEquals("修改后的事由", reg.visits.find(v.id()).orElseThrow().summary());
        assertEquals(1, reg.visits.countLive());
    }

    @Test
    void typingAKnownPhoneShowsTheEarlierVisitMasked() {
        reg.visits.save(TestRegister.visit(station, prosecutor, TODAY.minusDays(3), "咨询拆迁补偿").visitorName("赵大伟")
                .visitorPhone("13912345678").build());
        form.startNew("陈检察官");
        assertTrue(form.lookAlikes().isEmpty());
        form.visitorPhoneProperty().set("139 1234 5678");
        assertEquals(1, form.lookAlikes().size());
        String warning = form.lookAlikes().get(0);
        assertTrue(warning.contains("赵某某") && warning.contains("139****5678"), warning);
        assertFalse(warning.contains("大伟"));
        form.visitorPhoneProperty().set("");
        assertTrue(form.lookAlikes().isEmpty());
    }
}
