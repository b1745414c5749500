package org.liaisondesk.ladder.model;

/** Who approved: the chief prosecutor (检察长) or the procuratorial committee (检察委员会). Stored by name; shown through {@link #messageKey()}. */
public enum ApproverKind {
    CHIEF, COMMITTEE;

    public String messageKey() {
        return "ladder.approver." + name();
    }
}
