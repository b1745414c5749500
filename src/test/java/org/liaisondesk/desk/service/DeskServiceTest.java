package org.liaisondesk.desk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.liaisondesk.desk.DeskFixture;
import org.liaisondesk.desk.model.DeskGroup;
import org.liaisondesk.desk.model.DeskItem;
import org.liaisondesk.desk.model.DeskSection;
import org.liaisondesk.desk.model.DeskSummary;
import org.liaisondesk.desk.model.OpenTarget;
import org.liaisondesk.ladder.model.DueItem;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.LadderEvent;
import org.liaisondesk.ladder.model.ReviewResult;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.testsupport.TestRegister;

/** The desk over a real register: each section gets exactly what it should, the most urgent first, masked. */
class DeskServiceTest {
    private static final LocalDate TODAY = TestRegister.TODAY;

    @TempDir
    Path dir;
    DeskFixture f;

    @BeforeEach
    void setUp() {
        f = new DeskFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void anEmptyRegisterGivesEverySectionEmptyInOrder() {
        DeskSummary s = f.desk.today();
        assertEquals(TODAY, s.asOf());
        assertEquals(Arrays.asList(DeskSection.values()), s.groups().stream().map(DeskGroup::section).toList());
        assertEquals(0, s.total());
        assertEquals(14, s.replyLeadDays());
        assertEquals(3, s.petitionLeadDays());
    }

    @Test
    void eachLadderSectionGetsItsRecommendationWithItsDateAndWhatItOpens() {
        long overdue = f.overdueReply("关于督促整治清溪村木材加工厂占用耕地的检察建议");
        long soon = f.replyDueSoon("关于督促整治长林村占用耕地的检察建议");
        long objection = f.objectionWaiting("关于督促整治石桥村占用耕地的检察建议");
        long visit = f.returnVisitDue("关于督促整治五星村占用耕地的检察建议");

        DeskSummary s = f.desk.today(TODAY);

        DeskItem late = only(s, DeskSection.REPLY_OVERDUE);
        assertEquals(OpenTarget.recommendation(overdue), late.target());
        assertEquals(LocalDate.of(2026, 10, 8), late.dueOn());
        assertEquals(-46, late.days());
        assertTrue(late.overdue());
        assertEquals("desk.deadline.reply", late.deadlineKey());
        assertTrue(late.title().startsWith("崇检公建〔2026〕1号 关于督促整治清溪村"), late.title());
        assertEquals("清溪镇人民政府 · 个案检察建议", late.detail());

        DeskItem dueSoon = only(s, DeskSection.REPLY_DUE_SOON);
        assertEquals(OpenTarget.recommendation(soon), dueSoon.target());
        assertEquals(LocalDate.of(2026, 11, 25), dueSoon.dueOn());
        assertEquals(2, dueSoon.days());
        assertFalse(dueSoon.overdue());

        DeskItem waiting = only(s, DeskSection.OBJECTION_WAITING);
        assertEquals(OpenTarget.recommendation(objection), waiting.target());
        assertNull(waiting.dueOn());
        assertEquals(LocalDate.of(2026, 11, 20), waiting.since());
        assertEquals(3, waiting.days(), "waiting since the objection was raised");
        assertFalse(waiting.overdue());

        DeskItem returnVisit = only(s, DeskSection.RETURN_VISIT_DUE);
        assertEquals(OpenTarget.recommendation(visit), returnVisit.target());
        assertEquals(LocalDate.of(2026, 11, 25), returnVisit.dueOn());
        assertEquals("desk.deadline.returnVisit", returnVisit.deadlineKey());
        assertEquals(4, s.total());
    }

    @Test
    void aReplyBeyondTheLeadTimeIsNotDueSoonAndTheLeadTimeIsTheLaddersSetting() {
        f.replyDueSoon("关于督促整治长林村占用耕地的检察建议");
        assertEquals(1, f.desk.today(TODAY.minusDays(12)).group(DeskSection.REPLY_DUE_SOON).total(),
                "due 2026-11-25, 14 days after 11-11");
        assertEquals(0, f.desk.today(TODAY.minusDays(13)).group(DeskSection.REPLY_DUE_SOON).total(),
                "15 days after 11-10");
        var ladder = f.ladder.settings.getLadder();
        ladder.setDueSoonDays(20);
        f.ladder.settings.setLadder(ladder);
        DeskSummary wider = f.desk.today(TODAY.minusDays(13));
        assertEquals(1, wider.group(DeskSection.REPLY_DUE_SOON).total());
        assertEquals(20, wider.replyLeadDays());
    }

    @Test
    void aReviewedObjectionLeavesTheDeskWhileTheReplyIsStillFarOff() {
        long objection = f.objectionWaiting("关于督促整治石桥村占用耕地的检察建议");
        assertEquals(1, f.desk.today(TODAY).group(DeskSection.OBJECTION_WAITING).total());
        f.ladder.ladder.record(objection, LadderEvent.of(EventKind.OBJECTION_REVIEWED, TODAY)
                .reviewResult(ReviewResult.REJECTED).text("耕地保护属属地政府共同职责").build());
        assertEquals(0, f.desk.today(TODAY).total(), "the reply is due in 2027");
    }

    @Test
    void petitionsNearOrPastTheirLimitsOverdueFirstWithTheLimitNamedAndTheVisitorMasked() {
        long notice = f.petitionNoticeDue("王秀英");
        long result = f.petitionResultOverdue("张强");
        f.visit(f.visitAt(LocalDate.of(2026, 11, 20), "咨询土地流转").followUpDue(LocalDate.of(2026, 11, 24)));
        f.visit(f.visitAt(LocalDate.of(2026, 11, 19), "反映低保资格被取消").category(VisitCategory.PETITION)
                .noticeSentOn(LocalDate.of(2026, 11, 19)));

        DeskGroup g = f.desk.today(TODAY).group(DeskSection.PETITION_DUE);

        assertEquals(2, g.total(), "a consultation with a follow-up and a petition far from its limits stay off");
        assertEquals(List.of(OpenTarget.visit(result), OpenTarget.visit(notice)),
                g.items().stream().map(DeskItem::target).toList(), "the passed limit first");
        DeskItem late = g.items().get(0);
        assertTrue(late.overdue());
        assertEquals("desk.deadline.petitionResult", late.deadlineKey());
        assertEquals(f.reg.visits.deadlinesOf(f.reg.visits.find(result).orElseThrow()).resultDue(), late.dueOn());
        DeskItem near = g.items().get(1);
        assertEquals("desk.deadline.petitionNotice", near.deadlineKey());
        assertEquals(LocalDate.of(2026, 11, 25), near.dueOn());
        assertEquals(2, near.days());
        assertTrue(near.title().contains("王某某"), near.title());
        assertFalse(near.title().contains("王秀英") || near.detail().contains("王秀英"), near.title() + near.detail());
        assertFalse(near.detail().contains("13812341234"));
        assertTrue(near.detail().startsWith("王某某来访反映"), near.detail());
    }

    @Test
    void leadsNotToldOldestFirstMaskedAndCutToAPageWithTheTotal() {
        for (int i = 0; i < DeskService.ROWS_PER_SECTION + 2; i++) {
            f.leadNotTold(TODAY.minusDays(60 - i), TODAY.minusDays(50 - i), "李春梅",
                    "网格员李春梅反映：清溪河第" + (i + 1) + "段沿岸堆放垃圾");
        }
        f.leads.save(f.lead(TODAY.minusDays(90), TODAY.minusDays(80), "陈建国", "已反馈的线索")
                .fedBackOn(TODAY.minusDays(79)).build());
        f.leads.save(f.lead(TODAY.minusDays(95), null, "陈建国", "尚未研判的线索").triage(Triage.PENDING).build());
        f.leads.save(f.lead(TODAY.minusDays(20), TODAY.minusDays(10), "黄丽华", "学校周边便利店向学生售烟")
                .field(SupervisionField.MINORS).build());

        DeskGroup g = f.desk.today(TODAY).group(DeskSection.LEAD_NOT_TOLD);

        assertEquals(DeskService.ROWS_PER_SECTION + 3, g.total());
        assertEquals(DeskService.ROWS_PER_SECTION, g.items().size());
        assertEquals(3, g.notShown());
        DeskItem oldest = g.items().get(0);
        assertNull(oldest.dueOn());
        assertEquals(TODAY.minusDays(50), oldest.since());
        assertEquals(50, oldest.days(), "days waited since the lead was studied");
        assertTrue(oldest.detail().contains("清溪河第1段"), oldest.detail());
        assertTrue(oldest.title().contains("李某某") && oldest.detail().contains("李某某"), oldest.title() + oldest.detail());
        assertFalse(oldest.title().contains("李春梅") || oldest.detail().contains("李春梅"));
        assertTrue(g.items().stream().noneMatch(i -> i.detail().contains("反馈") || i.detail().contains("研判")));
        assertTrue(g.items().stream().noneMatch(DeskItem::minor), "the minors' lead is the newest: off the page");
    }

    @Test
    void aLeadAboutMinorsIsMarked() {
        long id = f.leadNotTold(TODAY.minusDays(20), TODAY.minusDays(10), "黄丽华", "学校周边便利店向学生售烟");
        f.leads.save(f.leads.find(id).orElseThrow().toBuilder().field(SupervisionField.MINORS).build());
        assertTrue(only(f.desk.today(TODAY), DeskSection.LEAD_NOT_TOLD).minor());
    }

    @ParameterizedTest
    @EnumSource(DueItem.Kind.class)
    void everyKindOfTheLaddersDueListHasItsSection(DueItem.Kind kind) {
        assertEquals(kind.name(), DeskService.sectionOf(kind).name());
    }

    private static DeskItem only(DeskSummary s, DeskSection section) {
        DeskGroup g = s.group(section);
        assertEquals(1, g.total(), section + ": " + g.items());
        return g.items().get(0);
    }
}
