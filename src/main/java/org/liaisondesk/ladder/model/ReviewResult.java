package org.liaisondesk.ladder.model;

/** The review (复核) of an objection: upheld and the recommendation amended, upheld and withdrawn, or rejected. Stored by name; shown through {@link #messageKey()}. */
public enum ReviewResult {
    AMEND, WITHDRAW, REJECTED;

    public String messageKey() {
        return "ladder.review." + name();
    }
}
