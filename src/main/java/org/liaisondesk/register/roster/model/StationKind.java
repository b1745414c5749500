package org.liaisondesk.register.roster.model;

/** The kinds of liaison station seen in practice. */
public enum StationKind {
    VILLAGE, COMMUNITY, INDUSTRIAL_PARK, MOBILE, GOVERNANCE_CENTRE;

    public String messageKey() {
        return "roster.stationKind." + name();
    }
}
