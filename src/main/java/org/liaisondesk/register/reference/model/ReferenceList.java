package org.liaisondesk.register.reference.model;

/** The editable reference lists: the ten businesses (十大业务) and the roles of liaisons and volunteers. */
public enum ReferenceList {
    BUSINESS, LIAISON_ROLE;

    public String messageKey() {
        return "reference.list." + name();
    }
}
