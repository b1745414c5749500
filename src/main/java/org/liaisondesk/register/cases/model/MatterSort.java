package org.liaisondesk.register.cases.model;

/** The columns the case list can be sorted by (always by the database). */
public enum MatterSort {
    ACCEPTED_ON, OFFICE_NUMBER, NAME, BUSINESS_LINE, FIELD, PROBLEM, PROSECUTOR, STATUS, LINKS
}
