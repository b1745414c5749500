package org.liaisondesk.desk.model;

/**
 * The sections of the desk (工作台), in the order they are shown. Stored nowhere; shown through
 * {@link #messageKey()} (the heading) and {@link #emptyKey()} (what an empty section says).
 */
public enum DeskSection {
    /** Recommendations served, not replied, the reply date passed. */
    REPLY_OVERDUE,
    /** Recommendations whose reply is due within the ladder's reminder lead time. */
    REPLY_DUE_SOON,
    /** Objections raised and not reviewed yet. */
    OBJECTION_WAITING,
    /** Return visits due within the lead time, or already late. */
    RETURN_VISIT_DUE,
    /** Petitions (信访) near or past their 15-day notice or 60-day result limit. */
    PETITION_DUE,
    /** Leads studied whose source has not been told what became of them (未反馈). */
    LEAD_NOT_TOLD;

    public String messageKey() {
        return "desk.section." + name();
    }

    public String emptyKey() {
        return "desk.empty." + name();
    }

    /** A section whose every item is already late. */
    public boolean late() {
        return this == REPLY_OVERDUE;
    }
}
