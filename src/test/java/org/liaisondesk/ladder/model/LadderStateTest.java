package org.liaisondesk.ladder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.time.DeadlineCalculator;
import org.liaisondesk.common.time.HolidayCalendar;

/**
 * The fold of a document's steps into where it stands, above all the dates it computes: the reply due two months
 * (or 15 days) after service, start day excluded, month ends clamped, moved past weekends and public holidays and
 * kept on make-up working days of the official calendar; the return visit due after a reply that adopts.
 */
class LadderStateTest {
    static final LadderTerms TERMS = new LadderTerms(2, 15, 30, new DeadlineCalculator(HolidayCalendar.chinaOfficial()));

    static Recommendation document(boolean urgent, int objectionDays) {
        return LadderRulesTest.document(RecommendationType.PUBLIC_INTEREST).toBuilder().urgent(urgent)
                .objectionDays(objectionDays).build();
    }

    static List<LadderEvent> servedOn(LocalDate served, LadderEvent... more) {
        List<LadderEvent> events = new ArrayList<>(List.of(
                LadderRulesTest.filled(EventKind.APPROVED, served.minusDays(2)),
                LadderRulesTest.filled(EventKind.ISSUED, served.minusDays(1)),
                LadderRulesTest.filled(EventKind.SERVED, served)));
        events.addAll(List.of(more));
        return events;
    }

    static Stream<Arguments> replyDue() {
        return Stream.of(
                Arguments.of("2024-12-31", false, "2025-02-28", "month end clamped: there is no 31 February"),
                Arguments.of("2023-12-31", false, "2024-02-29", "a leap year keeps 29 February"),
                Arguments.of("2025-06-30", false, "2025-09-01", "30 August 2025 is a Saturday"),
                Arguments.of("2025-08-01", false, "2025-10-09", "1 October falls in the National Day holiday (1–8)"),
                Arguments.of("2024-11-30", false, "2025-02-05", "30 January falls in the Spring Festival holiday"),
                Arguments.of("2025-08-11", false, "2025-10-11", "a Saturday that is a make-up working day stays"),
                Arguments.of("2026-01-08", false, "2026-03-09", "8 March 2026 is a Sunday"),
                Arguments.of("2026-01-08", true, "2026-01-23", "urgent: 15 days, start day excluded"),
                Arguments.of("2025-09-16", true, "2025-10-09", "urgent, landing in the National Day holiday"),
                Arguments.of("2025-01-11", true, "2025-01-26", "urgent, landing on the make-up Sunday 26 January"),
                Arguments.of("2026-09-19", true, "2026-10-08", "urgent: 4 October falls in the National Day holiday (1–7)"));
    }

    @ParameterizedTest(name = "served {0}, urgent {1} → {2} ({3})")
    @MethodSource("replyDue")
    void theReplyIsDueTheWayTheLawCounts(String served, boolean urgent, String expected, String why) {
        LocalDate due = LocalDate.parse(expected);
        Recommendation r = document(urgent, 10);
        LadderState s = LadderState.fold(r, servedOn(LocalDate.parse(served)), TERMS);
        assertEquals(LadderStatus.SERVED, s.status());
        assertEquals(LocalDate.parse(served), s.servedOn());
        assertEquals(due, s.replyDueOn(), why);
    }

    @Test
    void theObjectionPeriodIsCountedInDaysAndWithoutOneEndsWithTheReplyPeriod() {
        LocalDate served = LocalDate.of(2026, 1, 8);
        assertEquals(LocalDate.of(2026, 1, 19), LadderState.fold(document(false, 10), servedOn(served), TERMS)
                .objectionUntil(), "18 January 2026 is a Sunday");
        assertEquals(LocalDate.of(2026, 3, 9), LadderState.fold(document(false, 0), servedOn(served), TERMS)
                .objectionUntil());
    }

    @Test
    void aReplyIsOverdueFromTheDayAfterItsDueDateUntilItComes() {
        LadderState s = LadderState.fold(document(false, 10), servedOn(LocalDate.of(2026, 1, 8)), TERMS);
        assertFalse(s.replyOverdue(LocalDate.of(2026, 3, 9)), "on the due date it is not overdue yet");
        assertTrue(s.replyOverdue(LocalDate.of(2026, 3, 10)));
        LadderState replied = s.apply(document(false, 10),
                LadderRulesTest.filled(EventKind.REPLIED, LocalDate.of(2026, 3, 12)), TERMS);
        assertFalse(replied.replyOverdue(LocalDate.of(2026, 4, 1)));
    }

    static Stream<Arguments> returnVisitAfterTheReply() {
        // Replied on Monday 2026-03-02: thirty days later is Wednesday 2026-04-01.
        return Stream.of(
                Arguments.of(ReplyOutcome.ADOPTED, LocalDate.of(2026, 4, 1)),
                Arguments.of(ReplyOutcome.PARTLY, LocalDate.of(2026, 4, 1)),
                Arguments.of(ReplyOutcome.NOT_ADOPTED, null));
    }

    @ParameterizedTest(name = "reply {0} → return visit due {1}")
    @MethodSource("returnVisitAfterTheReply")
    void aReplyThatAdoptsSetsAReturnVisit(ReplyOutcome outcome, LocalDate expected) {
        Recommendation r = document(false, 10);
        LadderState s = LadderState.fold(r, servedOn(LocalDate.of(2026, 1, 8),
                LadderEvent.of(EventKind.REPLIED, LocalDate.of(2026, 3, 2)).replyOutcome(outcome).build()), TERMS);
        assertEquals(LadderStatus.REPLIED, s.status());
        assertEquals(LocalDate.of(2026, 3, 2), s.repliedOn());
        assertEquals(outcome, s.replyOutcome());
        assertEquals(expected, s.returnVisitDueOn());
    }

    @Test
    void aVisitClearsTheReturnVisitDue() {
        Recommendation r = document(false, 10);
        LadderState s = LadderState.fold(r, servedOn(LocalDate.of(2026, 1, 8),
                LadderRulesTest.filled(EventKind.REPLIED, LocalDate.of(2026, 3, 2)),
                LadderRulesTest.filled(EventKind.RETURN_VISIT, LocalDate.of(2026, 3, 20))), TERMS);
        assertNull(s.returnVisitDueOn());
        assertEquals(LocalDate.of(2026, 3, 20), s.lastReturnVisitOn());
        assertEquals(LadderStatus.REPLIED, s.status(), "a visit alone does not change the status");
    }

    static Stream<Arguments> rectification() {
        // Verified on Friday 2026-04-03: a partial rectification is visited again thirty days later, Sunday 3 May,
        // which falls in the Labour Day holiday (1–5 May 2026), so on Wednesday 6 May.
        return Stream.of(
                Arguments.of(Rectification.PARTIAL, LocalDate.of(2026, 5, 6)),
                Arguments.of(Rectification.DONE, null),
                Arguments.of(Rectification.NONE, null));
    }

    @ParameterizedTest(name = "{0} → next return visit {1}")
    @MethodSource("rectification")
    void aPartialRectificationSetsANewReturnVisit(Rectification found, LocalDate expected) {
        Recommendation r = document(false, 10);
        LadderState s = LadderState.fold(r, servedOn(LocalDate.of(2026, 1, 8),
                LadderRulesTest.filled(EventKind.REPLIED, LocalDate.of(2026, 3, 2)),
                LadderEvent.of(EventKind.RECTIFICATION_VERIFIED, LocalDate.of(2026, 4, 3)).rectification(found)
                        .sectorWide(true).longTermMechanism(found == Rectification.DONE).build()), TERMS);
        assertEquals(LadderStatus.VERIFIED, s.status());
        assertEquals(found, s.rectification());
        assertTrue(s.sectorWide());
        assertEquals(found == Rectification.DONE, s.longTermMechanism());
        assertEquals(expected, s.returnVisitDueOn());
    }

    static Stream<Arguments> review() {
        return Stream.of(
                Arguments.of(ReviewResult.AMEND, LadderStatus.SERVED, false),
                Arguments.of(ReviewResult.REJECTED, LadderStatus.SERVED, true),
                Arguments.of(ReviewResult.WITHDRAW, LadderStatus.WITHDRAWN, false));
    }

    @ParameterizedTest(name = "review {0} → {1}")
    @MethodSource("review")
    void theReviewOfAnObjectionDecidesWhatFollows(ReviewResult result, LadderStatus status, boolean rejected) {
        Recommendation r = document(false, 10);
        LadderState s = LadderState.fold(r, servedOn(LocalDate.of(2026, 1, 8),
                LadderRulesTest.filled(EventKind.OBJECTION_RAISED, LocalDate.of(2026, 1, 12)),
                LadderEvent.of(EventKind.OBJECTION_REVIEWED, LocalDate.of(2026, 1, 20)).reviewResult(result)
                        .text("理由").build()), TERMS);
        assertEquals(status, s.status());
        assertEquals(rejected, s.objectionRejected());
        assertEquals(LocalDate.of(2026, 3, 9), s.replyDueOn(), "the reply period runs on from service");
    }

    @Test
    void aVerificationAfterTheEscalationKeepsTheDocumentEscalated() {
        Recommendation r = document(false, 10);
        LadderState s = LadderState.fold(r, servedOn(LocalDate.of(2026, 1, 8),
                LadderRulesTest.filled(EventKind.ESCALATED, LocalDate.of(2026, 4, 1)),
                LadderEvent.of(EventKind.RECTIFICATION_VERIFIED, LocalDate.of(2026, 4, 2))
                        .rectification(Rectification.NONE).causeAboveRecipient(true).build()), TERMS);
        assertEquals(LadderStatus.ESCALATED, s.status());
        assertEquals(Rectification.NONE, s.rectification());
        assertTrue(s.causeAboveRecipient());
        assertEquals(LocalDate.of(2026, 4, 2), s.lastEventOn());
    }

    @Test
    void noStepsMeansADraft() {
        assertEquals(LadderState.DRAFT, LadderState.fold(document(false, 10), List.of(), TERMS));
    }
}
