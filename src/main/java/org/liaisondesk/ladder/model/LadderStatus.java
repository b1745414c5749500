package org.liaisondesk.ladder.model;

/** Where a recommendation stands, derived from its events by {@link LadderState}. Stored by name; shown through {@link #messageKey()}. */
public enum LadderStatus {
    DRAFT, APPROVED, ISSUED, SERVED, UNDER_REVIEW, REPLIED, VERIFIED, ESCALATED, CLOSED, WITHDRAWN, LAWSUIT_FILED;

    public String messageKey() {
        return "ladder.status." + name();
    }

    /** Nothing more is expected of a finished recommendation: no reply, no visit, no suggestion. */
    public boolean isFinished() {
        return this == CLOSED || this == WITHDRAWN || this == LAWSUIT_FILED;
    }

    /** Issued and not finished, not escalated: the recipient still owes something or the prosecutor must check. */
    public boolean isRunning() {
        return this == ISSUED || this == SERVED || this == UNDER_REVIEW || this == REPLIED || this == VERIFIED;
    }
}
