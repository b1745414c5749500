package org.liaisondesk.register.leads.model;

/** The columns the lead list can be sorted by (always by the database). */
public enum LeadSort {
    RECEIVED, SOURCE, STATION, FIELD, PROBLEM, STARS, TRIAGE, FED_BACK
}
