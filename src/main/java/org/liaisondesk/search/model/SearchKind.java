package org.liaisondesk.search.model;

/** The kinds of record the global search looks through. */
public enum SearchKind {
    VISIT, LEAD, MATTER, WORK, LIAISON, RECIPIENT, RECOMMENDATION;

    public String messageKey() {
        return "search.kind." + name();
    }
}
