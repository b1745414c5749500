package org.liaisondesk.ladder.model;

/** What the recipient's written reply said: 采纳, 部分采纳, 不采纳. Stored by name; shown through {@link #messageKey()}. */
public enum ReplyOutcome {
    ADOPTED, PARTLY, NOT_ADOPTED;

    public String messageKey() {
        return "ladder.reply." + name();
    }
}
