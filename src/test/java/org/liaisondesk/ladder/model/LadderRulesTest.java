package org.liaisondesk.ladder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.time.DeadlineCalculator;
import org.liaisondesk.common.time.HolidayCalendar;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.reference.model.SupervisionField;

/**
 * Every step (event kind) against every place a document can stand (status): allowed, or refused with the
 * reason the user reads. Each status is reached by folding real steps, dated in November 2026; every step is
 * tried on "today", 2026-11-23, with all its details given.
 */
class LadderRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LadderTerms TERMS = new LadderTerms(2, 15, 30, new DeadlineCalculator(HolidayCalendar.chinaOfficial()));

    /**
     * Rows: where the document stands; columns: the step tried. "ok" = allowed, otherwise the refusal key after
     * "ladder.refused.".
     */
    static final String MATRIX = """
            status        APPROVED      ISSUED              SERVED            REPLIED             OBJECTION_RAISED  OBJECTION_REVIEWED  RETURN_VISIT        RECTIFICATION_VERIFIED  FILED            CLOSED              ESCALATED              LAWSUIT_FILED         WITHDRAWN
            DRAFT         ok            issueBeforeApproval serveBeforeIssue  replyBeforeService  objectionNotNow   noObjection         visitBeforeService  verifyBeforeService     fileBeforeIssue  closeNotIssued      escalateBeforeService  lawsuitBeforeService  withdrawDraft
            APPROVED      approvedTwice ok                  serveBeforeIssue  replyBeforeService  objectionNotNow   noObjection         visitBeforeService  verifyBeforeService     fileBeforeIssue  closeNotIssued      escalateBeforeService  lawsuitBeforeService  ok
            ISSUED        approvedTwice issuedTwice         ok                replyBeforeService  objectionNotNow   noObjection         visitBeforeService  verifyBeforeService     ok               closeNotIssued      escalateBeforeService  lawsuitBeforeService  ok
            SERVED        approvedTwice issuedTwice         servedTwice       ok                  ok                noObjection         ok                  verifyBeforeDue         ok               closeBeforeReply    ok                     lawsuitBeforeDue      ok
            UNDER_REVIEW  approvedTwice issuedTwice         servedTwice       replyDuringReview   objectionPending  ok                  visitDuringReview   verifyDuringReview      ok               closeWithObjection  escalateWithObjection  lawsuitWithObjection  withdrawDuringReview
            REPLIED       approvedTwice issuedTwice         servedTwice       repliedTwice        objectionNotNow   noObjection         ok                  ok                      ok               ok                  ok                     ok                    ok
            VERIFIED      approvedTwice issuedTwice         servedTwice       repliedTwice        objectionNotNow   noObjection         ok                  ok                      ok               ok                  ok                     ok                    ok
            ESCALATED     approvedTwice issuedTwice         servedTwice       replyTooLate        objectionNotNow   noObjection         ok                  ok                      ok               ok                  escalatedTwice         ok                    withdrawEscalated
            CLOSED        finished      finished            finished          finished            finished          finished            finished            finished                finished         finished            finished               finished              finished
            WITHDRAWN     finished      finished            finished          finished            finished          finished            finished            finished                finished         finished            finished               finished              finished
            LAWSUIT_FILED finished      finished            finished          finished            finished          finished            finished            finished                finished         finished            finished               finished              finished
            """;

    /** A public-interest recommendation complete enough to be approved, with a 30-day objection period. */
    static Recommendation document(RecommendationType type) {
        return Recommendation.builder().id(1L).tier(Tier.INDIVIDUAL).type(type)
                .businessLine(BusinessLine.PUBLIC_INTEREST).field(SupervisionField.LAND)
                .title("关于督促整治占用耕地问题的检察建议").recipientId(7L).links(List.of(RecordLink.matter(3)))
                .facts("某木材加工厂占用基本农田约3亩").violation("违反《土地管理法》第三十七条")
                .items(List.of("依法查处", "建立巡查机制")).objectionDays(30).draftedOn(LocalDate.of(2026, 11, 1))
                .build();
    }

    static LadderEvent on(EventKind kind, int day) {
        return filled(kind, LocalDate.of(2026, 11, day));
    }

    /** A step with every detail its kind requires. */
    static LadderEvent filled(EventKind kind, LocalDate date) {
        LadderEvent.Builder b = LadderEvent.of(kind, date);
        return switch (kind) {
            case APPROVED -> b.approverKind(ApproverKind.CHIEF).person("王检察长").build();
            case SERVED -> b.serviceMethod(ServiceMethod.WRITTEN).build();
            case REPLIED -> b.replyOutcome(ReplyOutcome.ADOPTED).text("已部署整改").build();
            case OBJECTION_RAISED -> b.text("认为事实认定有误").build();
            case OBJECTION_REVIEWED -> b.reviewResult(ReviewResult.REJECTED).text("事实清楚").build();
            case RETURN_VISIT -> b.visitMethod("实地回访").text("已复垦").build();
            case RECTIFICATION_VERIFIED -> b.rectification(Rectification.DONE).build();
            case ESCALATED -> b.relatedId(9L).build();
            case WITHDRAWN -> b.text("情况变化").build();
            case ISSUED, FILED, CLOSED, LAWSUIT_FILED -> b.build();
        };
    }

    /** The steps that lead to each status. */
    static final Map<LadderStatus, List<LadderEvent>> HISTORIES = Map.ofEntries(
            Map.entry(LadderStatus.DRAFT, List.of()),
            Map.entry(LadderStatus.APPROVED, List.of(on(EventKind.APPROVED, 2))),
            Map.entry(LadderStatus.ISSUED, List.of(on(EventKind.APPROVED, 2), on(EventKind.ISSUED, 3))),
            Map.entry(LadderStatus.SERVED, served()),
            Map.entry(LadderStatus.UNDER_REVIEW, served(on(EventKind.OBJECTION_RAISED, 10))),
            Map.entry(LadderStatus.REPLIED, served(on(EventKind.REPLIED, 20))),
            Map.entry(LadderStatus.VERIFIED, served(on(EventKind.REPLIED, 20), on(EventKind.RECTIFICATION_VERIFIED, 21))),
            Map.entry(LadderStatus.ESCALATED, served(on(EventKind.ESCALATED, 21))),
            Map.entry(LadderStatus.CLOSED, served(on(EventKind.REPLIED, 20), on(EventKind.CLOSED, 21))),
            Map.entry(LadderStatus.WITHDRAWN, served(on(EventKind.WITHDRAWN, 21))),
            Map.entry(LadderStatus.LAWSUIT_FILED, served(on(EventKind.REPLIED, 20), on(EventKind.LAWSUIT_FILED, 21))));

    static List<LadderEvent> served(LadderEvent... more) {
        List<LadderEvent> events = new ArrayList<>(List.of(on(EventKind.APPROVED, 2), on(EventKind.ISSUED, 3),
                on(EventKind.SERVED, 5)));
        events.addAll(Arrays.asList(more));
        return events;
    }

    static LadderState state(LadderStatus status, Recommendation r) {
        LadderState s = LadderState.fold(r, HISTORIES.get(status), TERMS);
        assertEquals(status, s.status(), "the history leads to " + status);
        return s;
    }

    static Stream<Arguments> matrix() {
        List<String> lines = MATRIX.lines().filter(l -> !l.isBlank()).toList();
        String[] header = lines.get(0).trim().split("\\s+");
        List<Arguments> cases = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            assertEquals(header.length, cells.length, "a cell for every step: " + line);
            for (int i = 1; i < cells.length; i++) {
                cases.add(Arguments.of(LadderStatus.valueOf(cells[0]), EventKind.valueOf(header[i]), cells[i]));
            }
        }
        return cases.stream();
    }

    @Test
    void theMatrixCoversEveryStatusAndEveryStep() {
        Set<LadderStatus> statuses = EnumSet.noneOf(LadderStatus.class);
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        List<Arguments> cells = matrix().toList();
        for (Arguments a : cells) {
            statuses.add((LadderStatus) a.get()[0]);
            kinds.add((EventKind) a.get()[1]);
        }
        assertEquals(EnumSet.allOf(LadderStatus.class), statuses);
        assertEquals(EnumSet.allOf(EventKind.class), kinds);
        assertEquals(LadderStatus.values().length * EventKind.values().length, cells.size());
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @MethodSource("matrix")
    void everyStepInEveryStatus(LadderStatus status, EventKind kind, String expected) {
        Recommendation r = document(RecommendationType.PUBLIC_INTEREST);
        Optional<Refusal> refusal = LadderRules.refusal(r, state(status, r), filled(kind, TODAY), TODAY);
        assertEquals(expected.equals("ok") ? null : "ladder.refused." + expected,
                refusal.map(Refusal::messageKey).orElse(null));
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of(EventKind.REPLIED, null, "ladder.refused.noDate"),
                Arguments.of(EventKind.REPLIED, TODAY.plusDays(1), "ladder.refused.future"),
                Arguments.of(EventKind.RETURN_VISIT, TODAY.plusDays(30), "ladder.refused.future"),
                Arguments.of(EventKind.REPLIED, LocalDate.of(2026, 11, 4), "ladder.refused.beforeLast"),
                Arguments.of(EventKind.WITHDRAWN, LocalDate.of(2026, 10, 1), "ladder.refused.beforeLast"),
                Arguments.of(EventKind.REPLIED, LocalDate.of(2026, 11, 5), null),
                Arguments.of(EventKind.REPLIED, TODAY, null));
    }

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @MethodSource("dates")
    void aStepIsDatedNotAfterTodayAndNotBeforeTheLastStep(EventKind kind, LocalDate date, String expected) {
        Recommendation r = document(RecommendationType.PUBLIC_INTEREST);
        LadderEvent e = date == null ? LadderEvent.of(kind, null).replyOutcome(ReplyOutcome.ADOPTED).build()
                : filled(kind, date);
        assertEquals(expected, LadderRules.refusal(r, state(LadderStatus.SERVED, r), e, TODAY)
                .map(Refusal::messageKey).orElse(null));
    }

    @Test
    void theRefusalNamesTheDatesItComparedWith() {
        Recommendation r = document(RecommendationType.PUBLIC_INTEREST);
        Refusal before = LadderRules.refusal(r, state(LadderStatus.SERVED, r), filled(EventKind.REPLIED,
                LocalDate.of(2026, 11, 4)), TODAY).orElseThrow();
        assertEquals(List.of(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 5)), List.of(before.args()));
    }

    static Stream<Arguments> objectionPeriod() {
        // Served 2026-11-05 with 30 days: the period ends 2026-12-05, a Saturday, so on Monday 2026-12-07.
        return Stream.of(
                Arguments.of(LocalDate.of(2026, 12, 7), null),
                Arguments.of(LocalDate.of(2026, 12, 8), "ladder.refused.objectionLate"),
                Arguments.of(LocalDate.of(2027, 1, 4), "ladder.refused.objectionLate"));
    }

    @ParameterizedTest(name = "objection on {0} → {1}")
    @MethodSource("objectionPeriod")
    void anObjectionAfterTheObjectionPeriodIsRefused(LocalDate date, String expected) {
        Recommendation r = document(RecommendationType.PUBLIC_INTEREST);
        LadderState s = state(LadderStatus.SERVED, r);
        assertEquals(LocalDate.of(2026, 12, 7), s.objectionUntil());
        Optional<Refusal> refusal = LadderRules.refusal(r, s, filled(EventKind.OBJECTION_RAISED, date), date);
        assertEquals(expected, refusal.map(Refusal::messageKey).orElse(null));
        refusal.ifPresent(x -> assertEquals(LocalDate.of(2026, 12, 7), x.args()[0], "names the last day"));
    }

    static Stream<Arguments> afterTheDueDate() {
        // Served 2026-11-05: the reply is due 2027-01-05 (a Tuesday).
        return Stream.of(
                Arguments.of(RecommendationType.PUBLIC_INTEREST, EventKind.LAWSUIT_FILED, LocalDate.of(2027, 1, 4), "ladder.refused.lawsuitBeforeDue"),
                Arguments.of(RecommendationType.PUBLIC_INTEREST, EventKind.LAWSUIT_FILED, LocalDate.of(2027, 1, 5), "ladder.refused.lawsuitBeforeDue"),
                Arguments.of(RecommendationType.PUBLIC_INTEREST, EventKind.LAWSUIT_FILED, LocalDate.of(2027, 1, 6), null),
                Arguments.of(RecommendationType.SOCIAL_GOVERNANCE, EventKind.LAWSUIT_FILED, LocalDate.of(2027, 1, 6), "ladder.refused.lawsuitType"),
                Arguments.of(RecommendationType.CORRECTION, EventKind.LAWSUIT_FILED, LocalDate.of(2027, 3, 1), "ladder.refused.lawsuitType"),
                Arguments.of(RecommendationType.SOCIAL_GOVERNANCE, EventKind.RECTIFICATION_VERIFIED, LocalDate.of(2027, 1, 5), "ladder.refused.verifyBeforeDue"),
                Arguments.of(RecommendationType.SOCIAL_GOVERNANCE, EventKind.RECTIFICATION_VERIFIED, LocalDate.of(2027, 1, 6), null));
    }

    @ParameterizedTest(name = "{0}: {1} on {2} without a reply → {3}")
    @MethodSource("afterTheDueDate")
    void aLawsuitOnlyForPublicInterestAndOnlyAfterTheDueDate(RecommendationType type, EventKind kind, LocalDate date,
                                                             String expected) {
        Recommendation r = document(type);
        assertEquals(expected, LadderRules.refusal(r, state(LadderStatus.SERVED, r), filled(kind, date), date)
                .map(Refusal::messageKey).orElse(null));
    }

    @Test
    void aLawsuitOfAnotherTypeIsRefusedEvenAfterAReply() {
        Recommendation r = document(RecommendationType.SOCIAL_GOVERNANCE);
        assertEquals("ladder.refused.lawsuitType", LadderRules.refusal(r, state(LadderStatus.REPLIED, r),
                filled(EventKind.LAWSUIT_FILED, TODAY), TODAY).map(Refusal::messageKey).orElse(null));
    }

    static Stream<Arguments> missingDetails() {
        LocalDate d = TODAY;
        return Stream.of(
                Arguments.of(LadderStatus.DRAFT, LadderEvent.of(EventKind.APPROVED, d).person("王检察长").build()),
                Arguments.of(LadderStatus.DRAFT, LadderEvent.of(EventKind.APPROVED, d).approverKind(ApproverKind.COMMITTEE).build()),
                Arguments.of(LadderStatus.ISSUED, LadderEvent.of(EventKind.SERVED, d).build()),
                Arguments.of(LadderStatus.SERVED, LadderEvent.of(EventKind.REPLIED, d).text("已整改").build()),
                Arguments.of(LadderStatus.SERVED, LadderEvent.of(EventKind.OBJECTION_RAISED, d).text("  ").build()),
                Arguments.of(LadderStatus.UNDER_REVIEW, LadderEvent.of(EventKind.OBJECTION_REVIEWED, d).text("理由").build()),
                Arguments.of(LadderStatus.UNDER_REVIEW, LadderEvent.of(EventKind.OBJECTION_REVIEWED, d).reviewResult(ReviewResult.REJECTED).build()),
                Arguments.of(LadderStatus.REPLIED, LadderEvent.of(EventKind.RETURN_VISIT, d).text("已复垦").build()),
                Arguments.of(LadderStatus.REPLIED, LadderEvent.of(EventKind.RETURN_VISIT, d).visitMethod("实地回访").build()),
                Arguments.of(LadderStatus.REPLIED, LadderEvent.of(EventKind.RECTIFICATION_VERIFIED, d).sectorWide(true).build()),
                Arguments.of(LadderStatus.REPLIED, LadderEvent.of(EventKind.ESCALATED, d).build()),
                Arguments.of(LadderStatus.SERVED, LadderEvent.of(EventKind.WITHDRAWN, d).build()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("missingDetails")
    void aStepWithoutTheDetailsItNeedsIsRefused(LadderStatus status, LadderEvent e) {
        Recommendation r = document(RecommendationType.PUBLIC_INTEREST);
        assertEquals("ladder.refused.missing." + e.kind().name(),
                LadderRules.refusal(r, state(status, r), e, TODAY).map(Refusal::messageKey).orElse(null));
    }

    @Test
    void anIncompleteDraftIsNotApprovedAndTheRefusalCountsWhatIsMissing() {
        Recommendation r = document(RecommendationType.PUBLIC_INTEREST).toBuilder().facts("").items(List.of()).build();
        Refusal refusal = LadderRules.refusal(r, LadderState.DRAFT, filled(EventKind.APPROVED, TODAY), TODAY).orElseThrow();
        assertEquals("ladder.refused.incomplete", refusal.messageKey());
        assertEquals(2, refusal.args()[0]);
    }

    @Test
    void aDocumentIsFiledOnce() {
        Recommendation r = document(RecommendationType.PUBLIC_INTEREST);
        LadderState filed = state(LadderStatus.REPLIED, r).apply(r, on(EventKind.FILED, 21), TERMS);
        Refusal refusal = LadderRules.refusal(r, filed, filled(EventKind.FILED, TODAY), TODAY).orElseThrow();
        assertEquals("ladder.refused.filedTwice", refusal.messageKey());
        assertEquals(LocalDate.of(2026, 11, 21), refusal.args()[0]);
        assertTrue(LadderRules.refusal(r, filed, filled(EventKind.CLOSED, TODAY), TODAY).isEmpty(),
                "filing does not stop the document from being closed");
    }

    @Test
    void aFinishedDocumentNamesItsStatus() {
        Recommendation r = document(RecommendationType.PUBLIC_INTEREST);
        Refusal refusal = LadderRules.refusal(r, state(LadderStatus.WITHDRAWN, r), filled(EventKind.REPLIED, TODAY),
                TODAY).orElseThrow();
        assertEquals("ladder.status.WITHDRAWN", refusal.args()[0]);
    }
}
