package org.liaisondesk.ladder.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated step in a recommendation's life. Which of the optional fields matter depends on the kind:
 * APPROVED: approverKind, person (who approved); SERVED: serviceMethod; REPLIED: replyOutcome, text (what the reply
 * says), causeAboveRecipient; OBJECTION_RAISED: text; OBJECTION_REVIEWED: reviewResult, text (reasons);
 * RETURN_VISIT: visitMethod, text (finding); RECTIFICATION_VERIFIED: rectification, sectorWide,
 * longTermMechanism, causeAboveRecipient; ESCALATED: relatedId (the later document); WITHDRAWN, CLOSED,
 * LAWSUIT_FILED, FILED: text. {@code id} is null until recorded.
 */
public record LadderEvent(
        Long id,
        Long recommendationId,
        EventKind kind,
        LocalDate on,
        ApproverKind approverKind,
        String person,
        ServiceMethod serviceMethod,
        ReplyOutcome replyOutcome,
        ReviewResult reviewResult,
        String visitMethod,
        Rectification rectification,
        boolean sectorWide,
        boolean longTermMechanism,
        boolean causeAboveRecipient,
        Long relatedId,
        String text) {

    public LadderEvent {
        Objects.requireNonNull(kind, "kind");
        person = person == null ? "" : person.strip();
        visitMethod = visitMethod == null ? "" : visitMethod.strip();
        text = text == null ? "" : text.strip();
    }

    public static Builder of(EventKind kind, LocalDate on) {
        return new Builder(kind, on);
    }

    public LadderEvent withIds(Long eventId, Long recommendation) {
        return new LadderEvent(eventId, recommendation, kind, on, approverKind, person, serviceMethod, replyOutcome,
                reviewResult, visitMethod, rectification, sectorWide, longTermMechanism, causeAboveRecipient,
                relatedId, text);
    }

    /** Builds an event of one kind; set only what that kind needs. */
    public static final class Builder {
        private final EventKind kind;
        private final LocalDate on;
        private ApproverKind approverKind;
        private String person = "";
        private ServiceMethod serviceMethod;
        private ReplyOutcome replyOutcome;
        private ReviewResult reviewResult;
        private String visitMethod = "";
        private Rectification rectification;
        private boolean sectorWide;
        private boolean longTermMechanism;
        private boolean causeAboveRecipient;
        private Long relatedId;
        private String text = "";

        private Builder(EventKind kind, LocalDate on) {
            this.kind = kind;
            this.on = on;
        }

        public Builder approverKind(ApproverKind value) { approverKind = value; return this; }
        public Builder person(String value) { person = value; return this; }
        public Builder serviceMethod(ServiceMethod value) { serviceMethod = value; return this; }
        public Builder replyOutcome(ReplyOutcome value) { replyOutcome = value; return this; }
        public Builder reviewResult(ReviewResult value) { reviewResult = value; return this; }
        public Builder visitMethod(String value) { visitMethod = value; return this; }
        public Builder rectification(Rectification value) { rectification = value; return this; }
        public Builder sectorWide(boolean value) { sectorWide = value; return this; }
        public Builder longTermMechanism(boolean value) { longTermMechanism = value; return this; }
        public Builder causeAboveRecipient(boolean value) { causeAboveRecipient = value; return this; }
        public Builder relatedId(Long value) { relatedId = value; return this; }
        public Builder text(String value) { text = value; return this; }

        public LadderEvent build() {
            return new LadderEvent(null, null, kind, on, approverKind, person, serviceMethod, replyOutcome,
                    reviewResult, visitMethod, rectification, sectorWide, longTermMechanism, causeAboveRecipient,
                    relatedId, text);
        }
    }
}
