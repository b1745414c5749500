package org.liaisondesk.ladder.model;

import static org.liaisondesk.ladder.model.LadderStatus.APPROVED;
import static org.liaisondesk.ladder.model.LadderStatus.DRAFT;
import static org.liaisondesk.ladder.model.LadderStatus.ESCALATED;
import static org.liaisondesk.ladder.model.LadderStatus.ISSUED;
import static org.liaisondesk.ladder.model.LadderStatus.REPLIED;
import static org.liaisondesk.ladder.model.LadderStatus.SERVED;
import static org.liaisondesk.ladder.model.LadderStatus.UNDER_REVIEW;
import static org.liaisondesk.ladder.model.LadderStatus.VERIFIED;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.liaisondesk.common.model.FieldProblem;

/**
 * Which steps make sense when. A step that does not (a reply before service, closing while an objection waits
 * for review) is refused with a message that says why; nothing is recorded then. Steps are dated, never after
 * today and never before the step recorded last.
 */
public final class LadderRules {
    private static final Set<LadderStatus> AFTER_SERVICE = EnumSet.of(SERVED, REPLIED, VERIFIED, ESCALATED);

    private LadderRules() {
    }

    /** Empty when the event may be recorded now; otherwise why not. */
    public static Optional<Refusal> refusal(Recommendation r, LadderState s, LadderEvent e, LocalDate today) {
        if (e.on() == null) {
            return refuse("ladder.refused.noDate");
        }
        if (e.on().isAfter(today)) {
            return refuse("ladder.refused.future", e.on());
        }
        if (s.lastEventOn() != null && e.on().isBefore(s.lastEventOn())) {
            return refuse("ladder.refused.beforeLast", e.on(), s.lastEventOn());
        }
        if (s.status().isFinished()) {
            return refuse("ladder.refused.finished", s.status().messageKey());
        }
        Optional<Refusal> missing = missingDetail(e);
        if (missing.isPresent()) {
            return missing;
        }
        LadderStatus st = s.status();
        return switch (e.kind()) {
            case APPROVED -> st != DRAFT ? refuse("ladder.refused.approvedTwice")
                    : readyForApproval(r).isEmpty() ? none()
                    : refuse("ladder.refused.incomplete", readyForApproval(r).size());
            case ISSUED -> st == DRAFT ? refuse("ladder.refused.issueBeforeApproval")
                    : st != APPROVED ? refuse("ladder.refused.issuedTwice") : none();
            case SERVED -> st == DRAFT || st == APPROVED ? refuse("ladder.refused.serveBeforeIssue")
                    : st != ISSUED ? refuse("ladder.refused.servedTwice")
                    : e.on().isBefore(s.issuedOn()) ? refuse("ladder.refused.beforeIssue", s.issuedOn()) : none();
            case REPLIED -> st == DRAFT || st == APPROVED || st == ISSUED ? refuse("ladder.refused.replyBeforeService")
                    : st == UNDER_REVIEW ? refuse("ladder.refused.replyDuringReview")
                    : s.repliedOn() != null ? refuse("ladder.refused.repliedTwice")
                    : st != SERVED ? refuse("ladder.refused.replyTooLate", st.messageKey()) : none();
            case OBJECTION_RAISED -> st == UNDER_REVIEW ? refuse("ladder.refused.objectionPending")
                    : st != SERVED ? refuse("ladder.refused.objectionNotNow")
                    : e.on().isAfter(s.objectionUntil()) ? refuse("ladder.refused.objectionLate", s.objectionUntil())
                    : none();
            case OBJECTION_REVIEWED -> st != UNDER_REVIEW ? refuse("ladder.refused.noObjection") : none();
            case RETURN_VISIT -> AFTER_SERVICE.contains(st) ? none()
                    : st == UNDER_REVIEW ? refuse("ladder.refused.visitDuringReview")
                    : refuse("ladder.refused.visitBeforeService");
            case RECTIFICATION_VERIFIED -> st == REPLIED || st == VERIFIED || st == ESCALATED ? none()
                    : st == SERVED && s.replyDueOn() != null && e.on().isAfter(s.replyDueOn()) ? none()
                    : st == SERVED ? refuse("ladder.refused.verifyBeforeDue", s.replyDueOn())
                    : st == UNDER_REVIEW ? refuse("ladder.refused.verifyDuringReview")
                    : refuse("ladder.refused.verifyBeforeService");
            case FILED -> st == DRAFT || st == APPROVED ? refuse("ladder.refused.fileBeforeIssue")
                    : s.filedOn() != null ? refuse("ladder.refused.filedTwice", s.filedOn()) : none();
            case CLOSED -> st == UNDER_REVIEW ? refuse("ladder.refused.closeWithObjection")
                    : st == REPLIED || st == VERIFIED || st == ESCALATED ? none()
                    : st == SERVED ? refuse("ladder.refused.closeBeforeReply")
                    : refuse("ladder.refused.closeNotIssued");
            case ESCALATED -> st == UNDER_REVIEW ? refuse("ladder.refused.escalateWithObjection")
                    : st == SERVED || st == REPLIED || st == VERIFIED ? none()
                    : st == ESCALATED ? refuse("ladder.refused.escalatedTwice")
                    : refuse("ladder.refused.escalateBeforeService");
            case LAWSUIT_FILED -> r.type() != RecommendationType.PUBLIC_INTEREST ? refuse("ladder.refused.lawsuitType")
                    : st == UNDER_REVIEW ? refuse("ladder.refused.lawsuitWithObjection")
                    : st == REPLIED || st == VERIFIED || st == ESCALATED ? none()
                    : st == SERVED && s.replyDueOn() != null && e.on().isAfter(s.replyDueOn()) ? none()
                    : st == SERVED ? refuse("ladder.refused.lawsuitBeforeDue", s.replyDueOn())
                    : refuse("ladder.refused.lawsuitBeforeService");
            case WITHDRAWN -> st == DRAFT ? refuse("ladder.refused.withdrawDraft")
                    : st == UNDER_REVIEW ? refuse("ladder.refused.withdrawDuringReview")
                    : st == ESCALATED ? refuse("ladder.refused.withdrawEscalated") : none();
        };
    }

    /** The details each kind of step cannot do without. */
    static Optional<Refusal> missingDetail(LadderEvent e) {
        boolean missing = switch (e.kind()) {
            case APPROVED -> e.approverKind() == null || e.person().isEmpty();
            case SERVED -> e.serviceMethod() == null;
            case REPLIED -> e.replyOutcome() == null;
            case OBJECTION_RAISED -> e.text().isEmpty();
            case OBJECTION_REVIEWED -> e.reviewResult() == null || e.text().isEmpty();
            case RETURN_VISIT -> e.visitMethod().isEmpty() || e.text().isEmpty();
            case RECTIFICATION_VERIFIED -> e.rectification() == null;
            case ESCALATED -> e.relatedId() == null;
            case WITHDRAWN -> e.text().isEmpty();
            case ISSUED, FILED, CLOSED, LAWSUIT_FILED -> false;
        };
        return missing ? refuse("ladder.refused.missing." + e.kind().name()) : none();
    }

    /**
     * What a draft still lacks before it can be approved: a title, a recipient, the facts, the violation (not for a
     * special report), at least one item, and the records it is about (an individual recommendation exactly one
     * case; a class-case one at least two cases or leads, or an earlier recommendation; a special report at least
     * one earlier document or record).
     */
    public static List<FieldProblem> readyForApproval(Recommendation r) {
        List<FieldProblem> problems = new java.util.ArrayList<>(RecommendationRules.check(r));
        if (r.facts().isEmpty()) {
            problems.add(new FieldProblem("facts", "common.validation.required"));
        }
        if (r.tier() != Tier.SPECIAL_REPORT && r.violation().isEmpty()) {
            problems.add(new FieldProblem("violation", "common.validation.required"));
        }
        if (r.items().isEmpty()) {
            problems.add(new FieldProblem("items", "ladder.validation.noItems"));
        }
        switch (r.tier()) {
            case INDIVIDUAL -> {
                if (r.matterIds().size() != 1) {
                    problems.add(new FieldProblem("links", "ladder.validation.individualOneCase"));
                }
            }
            case CLASS -> {
                if (r.links().size() < 2 && r.escalatesFrom().isEmpty()) {
                    problems.add(new FieldProblem("links", "ladder.validation.classSeveral"));
                }
            }
            case SPECIAL_REPORT -> {
                if (r.links().isEmpty() && r.escalatesFrom().isEmpty()) {
                    problems.add(new FieldProblem("escalatesFrom", "ladder.validation.reportBasis"));
                }
            }
        }
        return problems;
    }

    private static Optional<Refusal> refuse(String key, Object... args) {
        return Optional.of(new Refusal(key, args));
    }

    private static Optional<Refusal> none() {
        return Optional.empty();
    }
}
