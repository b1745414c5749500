package org.liaisondesk.ladder.model;

/** Why a document escalates from an earlier one. Stored by name; shown through {@link #messageKey()}. */
public enum EscalationReason {
    NOT_REPLIED, NOT_ADOPTED, NOT_RECTIFIED, OBJECTION_REJECTED, CAUSE_ABOVE_RECIPIENT;

    public String messageKey() {
        return "ladder.escalationReason." + name();
    }
}
