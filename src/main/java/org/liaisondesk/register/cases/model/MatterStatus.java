package org.liaisondesk.register.cases.model;

/** 办理中, 中止, 办结. Stored by name; shown through {@link #messageKey()}. */
public enum MatterStatus {
    OPEN, SUSPENDED, CONCLUDED;

    public String messageKey() {
        return "cases.status." + name();
    }
}
