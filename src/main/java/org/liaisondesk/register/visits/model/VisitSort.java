package org.liaisondesk.register.visits.model;

/** The columns the visit list can be sorted by (always by the database). */
public enum VisitSort {
    DATE, STATION, PROSECUTOR, FORM, CATEGORY, HANDLING, NEXT_DUE
}
