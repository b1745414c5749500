package org.liaisondesk.ladder.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a recommendation stands: its events folded in order. The service stores these values in the
 * recommendation's row after every event, so that lists, the desk and the suggestions can filter in SQL; this
 * class is the one place that says what each event does to them.
 *
 * @param objectionUntil        the last day an objection can be raised (null before service)
 * @param objectionRejected     an objection was reviewed and rejected
 * @param returnVisitDueOn      when the next return visit is due (null when none is expected)
 */
public record LadderState(
        LadderStatus status,
        LocalDate approvedOn,
        LocalDate issuedOn,
        LocalDate servedOn,
        LocalDate replyDueOn,
        LocalDate objectionUntil,
        LocalDate repliedOn,
        ReplyOutcome replyOutcome,
        boolean objectionRejected,
        Rectification rectification,
        boolean sectorWide,
        boolean longTermMechanism,
        boolean causeAboveRecipient,
        LocalDate returnVisitDueOn,
        LocalDate lastReturnVisitOn,
        LocalDate filedOn,
        LocalDate lastEventOn) {

    public static final LadderState DRAFT = new LadderState(LadderStatus.DRAFT, null, null, null, null, null, null,
            null, false, null, false, false, false, null, null, null, null);

    /** Folds the events in their order; assumes each was accepted by {@link LadderRules} when recorded. */
    public static LadderState fold(Recommendation r, List<LadderEvent> events, LadderTerms terms) {
        LadderState s = DRAFT;
        for (LadderEvent e : events) {
            s = s.apply(r, e, terms);
        }
        return s;
    }

    /** The reply is overdue on {@code today}: served, not replied, and the due date has passed. */
    public boolean replyOverdue(LocalDate today) {
        return replyDueOn != null && repliedOn == null && today.isAfter(replyDueOn)
                && (status == LadderStatus.SERVED || status == LadderStatus.UNDER_REVIEW);
    }

    /** The state after one more event. */
    public LadderState apply(Recommendation r, LadderEvent e, LadderTerms terms) {
        Builder b = new Builder(this);
        b.lastEventOn = e.on();
        switch (e.kind()) {
            case APPROVED -> {
                b.status = LadderStatus.APPROVED;
                b.approvedOn = e.on();
            }
            case ISSUED -> {
                b.status = LadderStatus.ISSUED;
                b.issuedOn = e.on();
            }
            case SERVED -> {
                b.status = LadderStatus.SERVED;
                b.servedOn = e.on();
                b.replyDueOn = terms.replyDue(e.on(), r.urgent());
                b.objectionUntil = terms.objectionUntil(e.on(), r.objectionDays(), r.urgent());
            }
            case OBJECTION_RAISED -> b.status = LadderStatus.UNDER_REVIEW;
            case OBJECTION_REVIEWED -> {
                if (e.reviewResult() == ReviewResult.WITHDRAW) {
                    b.status = LadderStatus.WITHDRAWN;
                    b.returnVisitDueOn = null;
                } else {
                    b.status = LadderStatus.SERVED;
                    b.objectionRejected = b.objectionRejected || e.reviewResult() == ReviewResult.REJECTED;
                }
            }
            case REPLIED -> {
                b.status = LadderStatus.REPLIED;
                b.repliedOn = e.on();
                b.replyOutcome = e.replyOutcome();
                b.causeAboveRecipient = b.causeAboveRecipient || e.causeAboveRecipient();
                b.returnVisitDueOn = e.replyOutcome() == ReplyOutcome.NOT_ADOPTED ? null : terms.returnVisitDue(e.on());
            }
            case RETURN_VISIT -> {
                b.lastReturnVisitOn = e.on();
                b.returnVisitDueOn = null;
            }
            case RECTIFICATION_VERIFIED -> {
                if (status != LadderStatus.ESCALATED) {
                    b.status = LadderStatus.VERIFIED;
                }
                b.rectification = e.rectification();
                b.sectorWide = e.sectorWide();
                b.longTermMechanism = e.longTermMechanism();
                b.causeAboveRecipient = b.causeAboveRecipient || e.causeAboveRecipient();
                b.returnVisitDueOn = e.rectification() == Rectification.PARTIAL ? terms.returnVisitDue(e.on()) : null;
            }
            case FILED -> b.filedOn = e.on();
            case ESCALATED -> {
                b.status = LadderStatus.ESCALATED;
                b.returnVisitDueOn = null;
            }
            case CLOSED -> {
                b.status = LadderStatus.CLOSED;
                b.returnVisitDueOn = null;
            }
            case LAWSUIT_FILED -> {
                b.status = LadderStatus.LAWSUIT_FILED;
                b.returnVisitDueOn = null;
            }
            case WITHDRAWN -> {
                b.status = LadderStatus.WITHDRAWN;
                b.returnVisitDueOn = null;
            }
        }
        return b.build();
    }

    private static final class Builder {
        LadderStatus status;
        LocalDate approvedOn;
        LocalDate issuedOn;
        LocalDate servedOn;
        LocalDate replyDueOn;
        LocalDate objectionUntil;
        LocalDate repliedOn;
        ReplyOutcome replyOutcome;
        boolean objectionRejected;
        Rectification rectification;
        boolean sectorWide;
        boolean longTermMechanism;
        boolean causeAboveRecipient;
        LocalDate returnVisitDueOn;
        LocalDate lastReturnVisitOn;
        LocalDate filedOn;
        LocalDate lastEventOn;

        Builder(LadderState s) {
            status = s.status;
            approvedOn = s.approvedOn;
            issuedOn = s.issuedOn;
            servedOn = s.servedOn;
            replyDueOn = s.replyDueOn;
            objectionUntil = s.objectionUntil;
            repliedOn = s.repliedOn;
            replyOutcome = s.replyOutcome;
            objectionRejected = s.objectionRejected;
            rectification = s.rectification;
            sectorWide = s.sectorWide;
            longTermMechanism = s.longTermMechanism;
            causeAboveRecipient = s.causeAboveRecipient;
            returnVisitDueOn = s.returnVisitDueOn;
            lastReturnVisitOn = s.lastReturnVisitOn;
            filedOn = s.filedOn;
            lastEventOn = s.lastEventOn;
        }

        LadderState build() {
            return new LadderState(status, approvedOn, issuedOn, servedOn, replyDueOn, objectionUntil, repliedOn,
                    replyOutcome, objectionRejected, rectification, sectorWide, longTermMechanism,
                    causeAboveRecipient, returnVisitDueOn, lastReturnVisitOn, filedOn, lastEventOn);
        }
    }
}
