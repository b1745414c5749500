package org.liaisondesk.register.leads.model;

/**
 * What became of a lead after it was studied (研判): 待研判, 初查, 立案, 移送 (to whom), 存查, 不予处理 (why).
 * Stored by name; shown through {@link #messageKey()}.
 */
public enum Triage {
    PENDING, PRELIMINARY_INQUIRY, CASE_OPENED, REFERRED, FILED, NO_ACTION;

    public String messageKey() {
        return "leads.triage." + name();
    }

    /** True once the lead was studied: from then on the source is owed an answer (反馈). */
    public boolean decided() {
        return this != PENDING;
    }
}
