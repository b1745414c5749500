package org.liaisondesk.register.visits.model;

/**
 * How a visit was handled: 待处理, 当场答复, 一次性告知 (of the missing materials), 转办/移送, 立案.
 * Stored by name; shown through {@link #messageKey()}.
 */
public enum Handling {
    PENDING, ANSWERED_ON_SPOT, ONE_TIME_NOTICE, REFERRED, CASE_OPENED;

    public String messageKey() {
        return "visits.handling." + name();
    }
}
