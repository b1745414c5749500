package org.liaisondesk.ladder.model;

/** What can happen to a recommendation, in the order of its life. Stored by name; shown through {@link #messageKey()}. */
public enum EventKind {
    APPROVED, ISSUED, SERVED, REPLIED, OBJECTION_RAISED, OBJECTION_REVIEWED, RETURN_VISIT, RECTIFICATION_VERIFIED, FILED, CLOSED, ESCALATED, LAWSUIT_FILED, WITHDRAWN;

    public String messageKey() {
        return "ladder.event." + name();
    }
}
