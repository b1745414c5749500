package org.liaisondesk.register.visits.model;

/** Which visits a list shows by their handling state. */
public enum StatusFilter {
    /** Everything in the register. */
    ALL,
    /** Not concluded yet (待办). */
    OPEN,
    /** Concluded (已办结). */
    CONCLUDED,
    /** Open with a deadline within the reminder lead time, or already passed. */
    DUE,
    /** Open with a deadline already passed (逾期). */
    OVERDUE;

    public String messageKey() {
        return "visits.status." + name();
    }
}
