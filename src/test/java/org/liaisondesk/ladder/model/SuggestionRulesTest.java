package org.liaisondesk.ladder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.reference.model.SupervisionField;

class SuggestionRulesTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final LocalDate DUE = LocalDate.of(2026, 3, 9);
    static final RecipientRef TOWN = new RecipientRef(3, "清溪镇人民政府", 2L);
    static final RecipientRef DISTRICT = new RecipientRef(2, "清溪区人民政府", 1L);
    static final RecipientRef COMMITTEE = new RecipientRef(1, "清溪区委", null);

    /** A served individual social-governance recommendation, reply due on {@link #DUE}, nothing else yet. */
    record State(Tier tier, RecommendationType type, LadderStatus status, LocalDate repliedOn, ReplyOutcome outcome,
                 Rectification rectification, LocalDate returnVisitDueOn, boolean causeAbove,
                 boolean objectionRejected, boolean escalatedByLive) {
        static State served() {
            return new State(Tier.INDIVIDUAL, RecommendationType.SOCIAL_GOVERNANCE, LadderStatus.SERVED, null, null,
                    null, null, false, false, false);
        }

        State withTier(Tier t) {
            return new State(t, type, status, repliedOn, outcome, rectification, returnVisitDueOn, causeAbove,
                    objectionRejected, escalatedByLive);
        }

        State withType(RecommendationType t) {
            return new State(tier, t, status, repliedOn, outcome, rectification, returnVisitDueOn, causeAbove,
                    objectionRejected, escalatedByLive);
        }

        State withStatus(LadderStatus s) {
            return new State(tier, type, s, repliedOn, outcome, rectification, returnVisitDueOn, causeAbove,
                    objectionRejected, escalatedByLive);
        }

        State replied(ReplyOutcome o) {
            return new State(tier, type, LadderStatus.REPLIED, DUE.minusDays(5), o, rectification, returnVisitDueOn,
                    causeAbove, objectionRejected, escalatedByLive);
        }

        State verified(Rectification r, LocalDate nextVisit) {
            return new State(tier, type, LadderStatus.VERIFIED, repliedOn, outcome, r, nextVisit, causeAbove,
                    objectionRejected, escalatedByLive);
        }

        State withCauseAbove() {
            return new State(tier, type, status, repliedOn, outcome, rectification, returnVisitDueOn, true,
                    objectionRejected, escalatedByLive);
        }

        State withObjectionRejected() {
            return new State(tier, type, status, repliedOn, outcome, rectification, returnVisitDueOn, causeAbove,
                    true, escalatedByLive);
        }

        State withEscalatedByLive() {
            return new State(tier, type, status, repliedOn, outcome, rectification, returnVisitDueOn, causeAbove,
                    objectionRejected, true);
        }

        SuggestionCandidate candidate() {
            return new SuggestionCandidate(7, tier, type, BusinessLine.PUBLIC_INTEREST, SupervisionField.LAND, "占用耕地",
                    "关于占用耕地的检察建议", "崇检建〔2026〕1号", status, TOWN, DISTRICT, null, null,
                    LocalDate.of(2026, 1, 8), DUE, repliedOn, outcome, rectification, returnVisitDueOn, causeAbove,
                    objectionRejected, escalatedByLive);
        }
    }

    static SuggestionRules.Finding next(Tier target, EscalationReason reason) {
        return new SuggestionRules.Finding(SuggestionRule.NEXT_TIER, target, reason);
    }

    static SuggestionRules.Finding report(EscalationReason reason) {
        return new SuggestionRules.Finding(SuggestionRule.SPECIAL_REPORT, Tier.SPECIAL_REPORT, reason);
    }

    static SuggestionRules.Finding lawsuit(EscalationReason reason) {
        return new SuggestionRules.Finding(SuggestionRule.LAWSUIT, null, reason);
    }

    static Arguments row(String name, UnaryOperator<State> state, LocalDate asOf, SuggestionRules.Finding... expected) {
        return Arguments.of(name, state, asOf, List.of(expected));
    }

    static Stream<Arguments> cases() {
        LocalDate passed = LocalDate.of(2026, 6, 1);
        LocalDate pending = LocalDate.of(2026, 12, 21);
        return Stream.of(
                row("served, reply not yet due", s -> s, DUE.minusDays(10)),
                row("served, due day itself", s -> s, DUE),
                row("served, overdue", s -> s, DUE.plusDays(1), next(Tier.CLASS, EscalationReason.NOT_REPLIED)),
                row("objection pending and overdue", s -> s.withStatus(LadderStatus.UNDER_REVIEW), AS_OF,
                        next(Tier.CLASS, EscalationReason.NOT_REPLIED)),
                row("objection rejected, then no reply", s -> s.withObjectionRejected(), AS_OF,
                        next(Tier.CLASS, EscalationReason.OBJECTION_REJECTED)),
                row("objection rejected, then not adopted", s -> s.withObjectionRejected().replied(ReplyOutcome.NOT_ADOPTED),
                        AS_OF, next(Tier.CLASS, EscalationReason.OBJECTION_REJECTED)),
                row("not adopted", s -> s.replied(ReplyOutcome.NOT_ADOPTED), AS_OF,
                        next(Tier.CLASS, EscalationReason.NOT_ADOPTED)),
                row("adopted, not verified yet", s -> s.replied(ReplyOutcome.ADOPTED), AS_OF),
                row("partly adopted", s -> s.replied(ReplyOutcome.PARTLY), AS_OF),
                row("verified done", s -> s.replied(ReplyOutcome.ADOPTED).verified(Rectification.DONE, null), AS_OF),
                row("verified none", s -> s.replied(ReplyOutcome.ADOPTED).verified(Rectification.NONE, null), AS_OF,
                        next(Tier.CLASS, EscalationReason.NOT_RECTIFIED)),
                row("partial, follow-up visit still pending",
                        s -> s.replied(ReplyOutcome.ADOPTED).verified(Rectification.PARTIAL, pending), AS_OF),
                row("partial, follow-up visit was due",
                        s -> s.replied(ReplyOutcome.ADOPTED).verified(Rectification.PARTIAL, passed), AS_OF,
                        next(Tier.CLASS, EscalationReason.NOT_RECTIFIED)),
                row("partial, follow-up visit done",
                        s -> s.replied(ReplyOutcome.ADOPTED).verified(Rectification.PARTIAL, null), AS_OF,
                        next(Tier.CLASS, EscalationReason.NOT_RECTIFIED)),
                row("cause above the recipient", s -> s.replied(ReplyOutcome.ADOPTED).withCauseAbove(), AS_OF,
                        report(EscalationReason.CAUSE_ABOVE_RECIPIENT)),
                row("cause above and not adopted: both steps",
                        s -> s.replied(ReplyOutcome.NOT_ADOPTED).withCauseAbove(), AS_OF,
                        next(Tier.CLASS, EscalationReason.NOT_ADOPTED), report(EscalationReason.CAUSE_ABOVE_RECIPIENT)),
                row("already escalated by a live later document", s -> s.withEscalatedByLive(), AS_OF),
                row("marked escalated", s -> s.withStatus(LadderStatus.ESCALATED), AS_OF),
                row("closed", s -> s.replied(ReplyOutcome.NOT_ADOPTED).withStatus(LadderStatus.CLOSED), AS_OF),
                row("withdrawn", s -> s.withStatus(LadderStatus.WITHDRAWN), AS_OF),
                row("class-case, overdue: special report once", s -> s.withTier(Tier.CLASS), AS_OF,
                        report(EscalationReason.NOT_REPLIED)),
                row("class-case, not rectified: special report once",
                        s -> s.withTier(Tier.CLASS).replied(ReplyOutcome.ADOPTED).verified(Rectification.NONE, null), AS_OF,
                        report(EscalationReason.NOT_RECTIFIED)),
                row("class-case, not adopted: next tier is the report", s -> s.withTier(Tier.CLASS)
                        .replied(ReplyOutcome.NOT_ADOPTED), AS_OF, next(Tier.SPECIAL_REPORT, EscalationReason.NOT_ADOPTED)),
                row("class-case, cause above", s -> s.withTier(Tier.CLASS).replied(ReplyOutcome.ADOPTED).withCauseAbove(), AS_OF,
                        report(EscalationReason.CAUSE_ABOVE_RECIPIENT)),
                row("special report itself", s -> s.withTier(Tier.SPECIAL_REPORT), AS_OF),
                row("public interest, overdue: lawsuit only", s -> s.withType(RecommendationType.PUBLIC_INTEREST), AS_OF,
                        lawsuit(EscalationReason.NOT_REPLIED)),
                row("public interest, not yet due", s -> s.withType(RecommendationType.PUBLIC_INTEREST), DUE),
                row("public interest, not adopted before the deadline",
                        s -> s.withType(RecommendationType.PUBLIC_INTEREST).replied(ReplyOutcome.NOT_ADOPTED), DUE),
                row("public interest, not adopted after the deadline",
                        s -> s.withType(RecommendationType.PUBLIC_INTEREST).replied(ReplyOutcome.NOT_ADOPTED), AS_OF,
                        lawsuit(EscalationReason.NOT_ADOPTED)),
                row("public interest, verified partial", s -> s.withType(RecommendationType.PUBLIC_INTEREST)
                        .replied(ReplyOutcome.ADOPTED).verified(Rectification.PARTIAL, passed), AS_OF,
                        lawsuit(EscalationReason.NOT_RECTIFIED)),
                row("public interest, rectified", s -> s.withType(RecommendationType.PUBLIC_INTEREST)
                        .replied(ReplyOutcome.ADOPTED).verified(Rectification.DONE, null), AS_OF),
                row("public interest, objection under review", s -> s.withType(RecommendationType.PUBLIC_INTEREST)
                        .withStatus(LadderStatus.UNDER_REVIEW), AS_OF),
                row("public interest, lawsuit filed", s -> s.withType(RecommendationType.PUBLIC_INTEREST)
                        .withStatus(LadderStatus.LAWSUIT_FILED), AS_OF),
                row("public interest, escalated but not finished", s -> s.withType(RecommendationType.PUBLIC_INTEREST)
                        .replied(ReplyOutcome.NOT_ADOPTED).withStatus(LadderStatus.ESCALATED), AS_OF,
                        lawsuit(EscalationReason.NOT_ADOPTED)),
                row("public interest, cause above", s -> s.withType(RecommendationType.PUBLIC_INTEREST)
                        .replied(ReplyOutcome.ADOPTED).withCauseAbove(), AS_OF,
                        report(EscalationReason.CAUSE_ABOVE_RECIPIENT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findings(String name, UnaryOperator<State> state, LocalDate asOf, List<SuggestionRules.Finding> expected) {
        assertEquals(expected, SuggestionRules.findings(state.apply(State.served()).candidate(), asOf));
    }

    @Test
    void aClassCaseGoesToTheDocumentsSuperiorElseTheDirectorysElseTheSameRecipient() {
        SuggestionCandidate c = State.served().candidate();
        List<RecipientRef> chain = List.of(TOWN, DISTRICT, COMMITTEE);
        assertEquals(DISTRICT, SuggestionRules.recipientFor(Tier.CLASS, c, chain));
        SuggestionCandidate noSuperior = new SuggestionCandidate(c.id(), c.tier(), c.type(), c.businessLine(),
                c.field(), c.problem(), c.title(), c.number(), c.status(), TOWN, null, null, null, c.servedOn(),
                c.replyDueOn(), null, null, null, null, false, false, false);
        assertEquals(DISTRICT, SuggestionRules.recipientFor(Tier.CLASS, noSuperior, chain));
        assertEquals(TOWN, SuggestionRules.recipientFor(Tier.CLASS, noSuperior, List.of(TOWN)));
        assertEquals(TOWN, SuggestionRules.recipientFor(Tier.CLASS, noSuperior, List.of()));
    }

    @Test
    void aSpecialReportGoesToTheTopOfTheChain() {
        SuggestionCandidate c = State.served().candidate();
        assertEquals(COMMITTEE, SuggestionRules.recipientFor(Tier.SPECIAL_REPORT, c, List.of(TOWN, DISTRICT, COMMITTEE)));
        assertEquals(TOWN, SuggestionRules.recipientFor(Tier.SPECIAL_REPORT, c, List.of(TOWN)));
    }

    @Test
    void evidenceKeysListCasesThenLeadsThenDocumentsSortedWithTheReasonLast() {
        List<SuggestionEvidence> records = List.of(
                SuggestionEvidence.lead(7, AS_OF, "某木材厂占用耕地", SupervisionField.LAND),
                SuggestionEvidence.matter(12, AS_OF, "某案", "", "", false),
                SuggestionEvidence.matter(3, AS_OF, "另一案", "", "", false));
        assertEquals("MATTER:3,MATTER:12,LEAD:7", SuggestionRules.evidenceKey(records, null));
        assertEquals("RECOMMENDATION:5;NOT_REPLIED", SuggestionRules.evidenceKey(List.of(
                SuggestionEvidence.recommendation(5, AS_OF, "t", "n", Tier.INDIVIDUAL, LadderStatus.SERVED)),
                EscalationReason.NOT_REPLIED));
    }

    @Test
    void evidenceMasksPartiesAndMarksMinors() {
        SuggestionEvidence m = SuggestionEvidence.matter(1, AS_OF, "王秀英诉张强排除妨害纠纷", "王秀英、张强", "", true);
        assertEquals("王某某诉张某排除妨害纠纷", m.label());
        assertEquals(true, m.involvesMinor());
        assertEquals(true, SuggestionEvidence.lead(2, AS_OF, "商店向未成年人售烟", SupervisionField.MINORS).involvesMinor());
    }
}
