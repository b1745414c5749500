package org.liaisondesk.register.cases.model;

/** The kinds of record a case can come from: a lead (线索) or a visit (接访). Stored by name in matter_link. */
public enum LinkKind {
    LEAD, VISIT;

    public String messageKey() {
        return "cases.linkKind." + name();
    }
}
